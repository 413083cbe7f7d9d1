/**
 * Renders docs/public/og-image.png (1200×630, the Open Graph size) from our own HTML with
 * Debian's Chromium. Run again after changing the logo or the title: npx tsx scripts/make-og-image.ts
 */
import { readFileSync } from 'node:fs'
import { launchChromium } from './lib/browser'

const logo = readFileSync('docs/public/logo.svg', 'utf8')
const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; align-items: center; gap: 56px; padding: 0 96px;
    box-sizing: border-box; font-family: 'Noto Sans CJK SC', sans-serif; color: #0b1f3a;
    background: linear-gradient(135deg, #e6f0ff 0%, #ffffff 55%, #e6fffb 100%); }
  .logo svg { width: 220px; height: 220px; }
  h1 { font-size: 72px; margin: 0 0 16px; color: #0958d9; }
  h2 { font-size: 44px; margin: 0 0 28px; font-weight: 500; }
  p { font-size: 26px; margin: 0; color: #3c4a5e; white-space: nowrap; }
</style><body><div class="logo">${logo}</div><div>
  <h1>事业合伙系统</h1><h2>钉钉接入常见问题</h2>
  <p>应用接口配置 · 凭证交接 · 群消息机器人 · 浏览器内工具</p></div></body></html>`

const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
await page.setContent(html)
await page.screenshot({ path: 'docs/public/og-image.png' })
await browser.close()
console.log('wrote docs/public/og-image.png')
