// Plain VitePress, the yardstick of `npm run size`: the default theme without fonts (as the
// site uses), local search, no custom code. Keep it plain; only VitePress upgrades change it.
import { defineConfig } from 'vitepress'
import { bundleRecord } from '../../../../.vitepress/config/bundle-record'

export default defineConfig({
  lang: 'zh-CN',
  title: '参考站点',
  description: '用来比较体积的原样 VitePress 站点',
  cleanUrls: true,
  themeConfig: {
    nav: [{ text: '指南', link: '/guide' }],
    sidebar: [{ text: '指南', items: [{ text: '指南', link: '/guide' }, { text: '另一页', link: '/other' }] }],
    search: { provider: 'local' },
  },
  // The same record of the build as the site's, so both are measured the same way.
  vite: { plugins: [bundleRecord()] },
})
