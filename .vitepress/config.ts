import { defineConfig } from 'vitepress'
import { shared } from './config/shared'
import { zh } from './config/zh'

export default defineConfig({
  ...shared,
  ...zh,
  themeConfig: { ...shared.themeConfig, ...zh.themeConfig },
})
