import { fileURLToPath } from 'node:url'
import { defineConfig, type HeadConfig } from 'vitepress'
import { consolePreferenceScript } from '../theme/console-preference'
import { withLastUpdatedText } from '../theme/beijing-time'
import { publishCli } from './publish-cli'
import { recordSiteBase, resolveSiteUrl, siteBase, siteOrigin, sitemapItemsUnder } from './site-url'
import { editLinkFor } from './edit-link'
import { removeEmptyIconsCss, usesIcons, withoutIconsLink } from './vp-icons'
import { cliReferencePlugin } from './cli-reference'
import { deferredSectionsPlugin } from './deferred-sections'
import { toolsDescription, TOOLS_PAGE } from './tools-description'
import { localSearchOptions, searchPagesPlugin } from './search'
import { searchBoxAliases } from './search-box'
import { bundleRecord } from './bundle-record'
import { plainStylesheetLinks, widgetCssWithWidgets, withWidgetStylesheets } from './widget-css'
import { SITE_DESCRIPTION, SITE_TITLE } from './zh'
import { appearance } from './appearance'

const editLink = editLinkFor(process.env)

/** Head tags of every page that do not depend on the base path. */
const head: HeadConfig[] = [
  ['meta', { name: 'theme-color', content: '#1677ff' }],
  ['meta', { property: 'og:type', content: 'website' }],
  ['meta', { property: 'og:locale', content: 'zh_CN' }],
  ['meta', { property: 'og:site_name', content: SITE_TITLE }],
  // Which console's figures to show (新版 / 旧版 / both), set before the first paint.
  ['script', {}, consolePreferenceScript()],
]

// No `base` here: the site builds for any base, given as `vitepress build --base /gt-faq/` (the
// deploy workflow) or build()'s option (scripts/lib/build-site.ts); ./site-url.ts reads it back.
export const shared = defineConfig({
  srcDir: 'docs',
  // Pieces that pages include with <!--@include: …-->, not pages themselves.
  srcExclude: ['parts/**'],
  cleanUrls: true,
  lastUpdated: true,
  // Light/dark as VitePress's, without restyling the whole page twice at load (./appearance.ts).
  appearance,
  sitemap: {
    hostname: `${siteOrigin(process.env)}/`,
    transformItems: (items) => sitemapItemsUnder(siteBase(), items),
  },
  head,
  // No render-blocking request for an empty vp-icons.css (./vp-icons.ts); stylesheet links that
  // Vite's preload helper recognises, so a widget's import does not link them twice (./widget-css.ts).
  transformHtml(html, _file, { siteConfig, pageData }) {
    const linked = withWidgetStylesheets(html, pageData.relativePath, siteConfig.outDir, siteConfig.site.base)
    return plainStylesheetLinks(usesIcons(siteConfig.site.themeConfig) ? linked : withoutIconsLink(linked))
  },
  async buildEnd(siteConfig) {
    if (!usesIcons(siteConfig.site.themeConfig)) removeEmptyIconsCss(siteConfig.outDir)
    // The single-file command line, published beside the pages (./publish-cli.ts).
    await publishCli(siteConfig)
  },
  // The 工具箱's description names every tool of the registry (./tools-description.ts).
  // 最后更新于, in Beijing time, written here so that no page's JavaScript formats it (../theme/beijing-time.ts).
  transformPageData(pageData) {
    if (pageData.relativePath === TOOLS_PAGE) pageData.description = toolsDescription()
    withLastUpdatedText(pageData)
  },
  // Head tags that carry the base path, which VitePress does not add to `head` itself.
  transformHead({ pageData, siteConfig }) {
    const { base } = siteConfig.site
    const siteUrl = resolveSiteUrl(base, process.env)
    const url = siteUrl + pageData.relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
    const title = pageData.title ? `${pageData.title} | ${SITE_TITLE}` : SITE_TITLE
    return [
      ['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }],
      ['meta', { property: 'og:image', content: `${siteUrl}og-image.png` }],
      ['meta', { property: 'og:title', content: title }],
      ['meta', { property: 'og:description', content: pageData.description || SITE_DESCRIPTION }],
      ['meta', { property: 'og:url', content: url }],
    ]
  },
  themeConfig: {
    logo: { src: '/logo.svg', alt: '' },
    ...(editLink ? { editLink } : {}),
    search: { provider: 'local', options: localSearchOptions(siteBase) },
  },
  markdown: {
    codeCopyButtonTitle: '复制代码',
    // docs/questions.md: the question index and the glossary, from playground/logic/search;
    // docs/cli.md: each command's reference, from the CLI's command registry (./cli-reference.ts).
    config: (md) => {
      searchPagesPlugin(md)
      cliReferencePlugin(md)
      // Sections below the first screen laid out when reached (./deferred-sections.ts).
      deferredSectionsPlugin(md)
    },
  },
  vite: {
    // What `npm run size` measures: the client build's chunks, imports and modules (./bundle-record.ts);
    // the base VitePress resolved, for head tags, sitemap and search (./site-url.ts); widget CSS
    // with the widgets (./widget-css.ts).
    plugins: [recordSiteBase, bundleRecord(), widgetCssWithWidgets()],
    resolve: {
      // Default-theme components replaced, the way VitePress documents ("Overriding Internal
      // Components"): the search box, with suggestions when nothing matches (./search-box.ts);
      // the home layout with a <main> landmark; a 404 page that offers search, 工具箱 and 故障排查.
      alias: [
        ...searchBoxAliases,
        { find: /^.*\/VPHome\.vue$/, replacement: themeFile('overrides/HomeWithMain.vue') },
        { find: /^.*\/NotFound\.vue$/, replacement: themeFile('overrides/NotFoundPage.vue') },
        // 最后更新于 in Beijing time at build time, no Intl in the browser (issue 24)
        { find: /^.*\/VPDocFooterLastUpdated\.vue$/, replacement: themeFile('overrides/LastUpdatedStatic.vue') },
      ],
    },
  },
})

function themeFile(path: string): string {
  return fileURLToPath(new URL(`../theme/${path}`, import.meta.url))
}
