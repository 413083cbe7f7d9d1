import { fileURLToPath } from 'node:url'
import { defineConfig, type HeadConfig } from 'vitepress'
import { consolePreferenceScript } from '../theme/console-preference'
import { publishCli } from './publish-cli'
import { resolveBase, resolveSiteUrl } from './site-url'
import { editLinkFor } from './edit-link'
import { removeEmptyIconsCss, usesIcons, withoutIconsLink } from './vp-icons'
import { localSearchOptions, searchPagesPlugin } from './search'
import { searchBoxAliases } from './search-box'
import { bundleRecord } from './bundle-record'
import { SITE_DESCRIPTION, SITE_TITLE } from './zh'

const base = resolveBase(process.argv, process.env)
const siteUrl = resolveSiteUrl(base, process.env)
const editLink = editLinkFor(process.env)

/** Head tags that must carry the base path, which VitePress does not add to `head` itself. */
function headFor(siteBase: string): HeadConfig[] {
  return [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${siteBase}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#1677ff' }],
    ['meta', { property: 'og:type', content: 'website' }],
    ['meta', { property: 'og:locale', content: 'zh_CN' }],
    ['meta', { property: 'og:site_name', content: SITE_TITLE }],
    ['meta', { property: 'og:image', content: `${resolveSiteUrl(siteBase, process.env)}og-image.png` }],
    // Which console's figures to show (新版 / 旧版 / both), set before the first paint.
    ['script', {}, consolePreferenceScript()],
  ]
}

export const shared = defineConfig({
  base,
  srcDir: 'docs',
  // Pieces that pages include with <!--@include: …-->, not pages themselves.
  srcExclude: ['parts/**'],
  cleanUrls: true,
  lastUpdated: true,
  sitemap: { hostname: siteUrl },
  head: headFor(base),
  // No render-blocking request for an empty vp-icons.css (./vp-icons.ts).
  transformHtml(html, _file, { siteConfig }) {
    return usesIcons(siteConfig.site.themeConfig) ? html : withoutIconsLink(html)
  },
  async buildEnd(siteConfig) {
    if (!usesIcons(siteConfig.site.themeConfig)) removeEmptyIconsCss(siteConfig.outDir)
    // The single-file command line, published beside the pages (./publish-cli.ts).
    await publishCli(siteConfig)
  },
  transformHead({ pageData, siteConfig }) {
    const url = resolveSiteUrl(siteConfig.site.base, process.env) + pageData.relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
    const title = pageData.title ? `${pageData.title} | ${SITE_TITLE}` : SITE_TITLE
    return [
      ['meta', { property: 'og:title', content: title }],
      ['meta', { property: 'og:description', content: pageData.description || SITE_DESCRIPTION }],
      ['meta', { property: 'og:url', content: url }],
    ]
  },
  themeConfig: {
    logo: { src: '/logo.svg', alt: '' },
    ...(editLink ? { editLink } : {}),
    search: { provider: 'local', options: localSearchOptions(base) },
  },
  markdown: {
    codeCopyButtonTitle: '复制代码',
    // docs/questions.md: the question index and the glossary, from playground/logic/search.
    config: (md) => searchPagesPlugin(md),
  },
  vite: {
    // What `npm run size` measures: the client build's chunks, imports and modules (./bundle-record.ts).
    plugins: [bundleRecord()],
    resolve: {
      // Default-theme components replaced, the way VitePress documents ("Overriding Internal
      // Components"): the search box, with suggestions when nothing matches (./search-box.ts);
      // the home layout with a <main> landmark; a 404 page that offers search, 工具箱 and 故障排查.
      alias: [
        ...searchBoxAliases,
        { find: /^.*\/VPHome\.vue$/, replacement: themeFile('overrides/HomeWithMain.vue') },
        { find: /^.*\/NotFound\.vue$/, replacement: themeFile('overrides/NotFoundPage.vue') },
      ],
    },
  },
})

function themeFile(path: string): string {
  return fileURLToPath(new URL(`../theme/${path}`, import.meta.url))
}
