import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { guideLinks } from '../../.vitepress/config/sidebar'
import { builtPages, openWatched, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the built site under a sub-path', () => {
  it('has a page for every entry of the sidebar', () => {
    const pages = new Set(builtPages())
    for (const link of guideLinks()) expect(pages, link).toContain(link.replace(/^\//, ''))
  })

  it('answers 200 on every page and hydrates without console errors', async () => {
    const pages = builtPages()
    expect(pages.length).toBeGreaterThanOrEqual(10)
    const { page, errors, close } = await openWatched(browser)
    for (const path of pages) {
      const response = await page.goto(site.url + path)
      expect(response?.status(), path).toBe(200)
      await waitForHydration(page)
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    }
    expect(errors).toEqual([])
    await close()
  })

  it('resolves every internal link and asset (crawl)', async () => {
    const { page, close } = await openWatched(browser)
    const seen = new Set<string>()
    const queue = [site.url]
    const broken: string[] = []
    while (queue.length) {
      const url = queue.shift()!
      if (seen.has(url)) continue
      seen.add(url)
      const response = await page.request.get(url, { maxRedirects: 0 })
      if (response.status() !== 200) {
        broken.push(`${response.status()} ${url}`)
        continue
      }
      if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue
      await page.goto(url)
      const refs = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
        els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src),
      )
      for (const ref of refs) {
        const target = new URL(ref, url)
        target.hash = ''
        if (target.origin !== site.origin) continue
        if (!target.pathname.startsWith(site.base)) {
          broken.push(`outside base: ${target.href} (on ${url})`)
          continue
        }
        queue.push(target.href)
      }
    }
    expect(broken).toEqual([])
    expect(seen.size).toBeGreaterThan(15)
    await close()
  })

  it('shows the Chinese 404 page for an unknown URL', async () => {
    const { page, close } = await openWatched(browser)
    const response = await page.goto(site.url + 'no/such/page')
    expect(response?.status()).toBe(404)
    await waitForHydration(page)
    await expect.poll(() => page.locator('.NotFound').innerText()).toContain('页面未找到')
    await expect.poll(() => page.locator('.NotFound a', { hasText: '返回首页' }).getAttribute('href')).toBe(site.base)
    await close()
  })

  it('carries the base path in the favicon, logo, sitemap and Open Graph tags', async () => {
    const { page, close } = await openWatched(browser)
    await page.goto(site.url)
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe(`${site.base}favicon.svg`)
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('钉钉')
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain('事业合伙系统')
    const underBase = (path: string) => new RegExp(`^https?://[^/]+${site.base}${path}$`)
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(underBase('og-image\\.png'))
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toMatch(underBase(''))
    for (const file of ['favicon.svg', 'logo.svg', 'og-image.png']) {
      expect((await page.request.get(`${site.url}${file}`)).status(), file).toBe(200)
    }
    const sitemap = await (await page.request.get(`${site.url}sitemap.xml`)).text()
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^/<]+${site.base}app/permissions</loc>`))
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^/<]+${site.base}</loc>`))
    await close()
  })

  it('speaks Chinese in the theme: outline, footer navigation, dark-mode switch', async () => {
    const { page, close } = await openWatched(browser)
    await page.goto(site.url + 'app/dev-info')
    await waitForHydration(page)
    const text = await page.locator('body').innerText()
    expect(text).toContain('下一页')
    expect(text).toContain('上一页')
    const switchTitle = await page.locator('.VPSwitchAppearance').first().getAttribute('title')
    expect(switchTitle).toMatch(/切换到(深|浅)色模式/)
    await close()
  })
})
