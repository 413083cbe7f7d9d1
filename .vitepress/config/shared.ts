import { defineConfig, type HeadConfig } from 'vitepress'
import { tokenize } from '../search/tokenize'
import { publishCli } from './publish-cli'
import { resolveBase, resolveSiteUrl } from './site-url'
import { SITE_DESCRIPTION, SITE_TITLE, searchTranslations } from './zh'

const base = resolveBase(process.argv, process.env)
const siteUrl = resolveSiteUrl(base, process.env)
const repository = process.env.GITHUB_REPOSITORY || 'your-org/gt-faq'

/** Head tags that must carry the base path, which VitePress does not add to `head` itself. */
function headFor(siteBase: string): HeadConfig[] {
  return [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${siteBase}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#1677ff' }],
    ['meta', { property: 'og:type', content: 'website' }],
    ['meta', { property: 'og:locale', content: 'zh_CN' }],
    ['meta', { property: 'og:site_name', content: SITE_TITLE }],
    ['meta', { property: 'og:image', content: `${resolveSiteUrl(siteBase, process.env)}og-image.png` }],
  ]
}

export const shared = defineConfig({
  base,
  srcDir: 'docs',
  cleanUrls: true,
  lastUpdated: true,
  sitemap: { hostname: siteUrl },
  head: headFor(base),
  buildEnd: publishCli,
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
    editLink: {
      pattern: `https://github.com/${repository}/edit/main/docs/:path`,
      text: '在 GitHub 上编辑此页',
    },
    search: {
      provider: 'local',
      options: {
        miniSearch: {
          options: { tokenize },
          searchOptions: { combineWith: 'AND' },
        },
        locales: { root: { translations: searchTranslations } },
      },
    },
  },
  markdown: {
    codeCopyButtonTitle: '复制代码',
  },
})
