/**
 * The site around the pages (issue 13, "Site"): a 404 page that helps a lost reader on (search,
 * 工具箱, 故障排查, home), "最后更新于" in Chinese whatever the browser's language, the edit link
 * only when the repository is known, a `main` landmark on the home page, and no render-blocking
 * request for an empty vp-icons.css.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { builtPages, DESKTOP, openWatched, PHONE, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const htmlOf = (page: string) => readFileSync(join(site.dist, page === '' ? 'index.html' : page.endsWith('/') ? `${page}index.html` : `${page}.html`), 'utf8')

describe('the 404 page', () => {
  for (const [device, options] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`offers search, 工具箱, 故障排查 and the home page (${device})`, async () => {
      const { page, errors, close } = await openWatched(browser, options)
      const response = await page.goto(`${site.url}no-such-page`)
      expect(response?.status()).toBe(404)
      await waitForHydration(page)
      const main = page.getByRole('main')
      await main.getByRole('heading', { name: '页面未找到' }).waitFor()
      for (const [name, path] of [
        ['工具箱', 'tools'],
        ['故障排查', 'troubleshooting'],
        ['返回首页', ''],
      ]) {
        expect(await main.getByRole('link', { name, exact: true }).getAttribute('href'), name).toBe(`${site.base}${path}`)
      }
      await main.getByRole('button', { name: '搜索本站' }).click()
      const box = page.getByRole('searchbox').or(page.locator('.VPLocalSearchBox input')).first()
      await box.waitFor()
      await box.fill('加签')
      await page.locator('.VPLocalSearchBox .result').first().waitFor()
      // The only error allowed: the browser's note that the page itself answered 404.
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([])
      await close()
    })
  }
})

describe('最后更新于', () => {
  it('is written the Chinese way in a browser set to English', async () => {
    const { page, close } = await openWatched(browser, { ...DESKTOP, locale: 'en-US', timezoneId: 'America/New_York' })
    await page.goto(`${site.url}app/credentials`)
    await waitForHydration(page)
    const time = page.locator('.VPLastUpdated time')
    await expect.poll(() => time.innerText()).not.toBe('')
    const text = await time.innerText()
    expect(text).toMatch(/^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}$/)
    expect(text).not.toMatch(/AM|PM/)
    expect(await page.locator('.VPLastUpdated').innerText()).toMatch(/^最后更新于 \d/) // no ASCII colon after Chinese
    await close()
  })
  it('is in the static HTML, Beijing time, so the browser needs no Intl for it (issue 24)', () => {
    const html = htmlOf('app/credentials')
    const m = /<time datetime="([^"]+)"[^>]*>(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2})<\/time>/.exec(html)
    expect(m, 'a filled <time> in the built page').not.toBeNull()
    const beijing = new Date(Date.parse(m![1]!) + 8 * 3600_000).toISOString().slice(0, 16).replace(/-/g, '/').replace('T', ' ')
    expect(m![2]).toBe(beijing)
  })
})

describe('the edit link', () => {
  it('appears only when the build knew the repository (GITHUB_REPOSITORY)', () => {
    const html = htmlOf('app/credentials')
    const repository = process.env.GITHUB_REPOSITORY
    expect(html).not.toContain('your-org')
    if (repository) {
      expect(html).toContain(`/${repository}/edit/main/docs/app/credentials.md`)
    } else {
      expect(html).not.toContain('在 GitHub 上编辑此页')
      expect(html).not.toContain('/edit/main/docs/')
    }
  })
})

describe('landmarks', () => {
  it('gives the home page, a guide page and the 404 page one main landmark each', async () => {
    const { page, close } = await openWatched(browser)
    for (const path of ['', 'app/credentials', 'no-such-page']) {
      await page.goto(site.url + path)
      await waitForHydration(page)
      expect(await page.getByRole('main').count(), path || 'home').toBe(1)
    }
    // In the static HTML too (the 404 page is drawn in the browser).
    expect(htmlOf('')).toMatch(/<main class="VPHome/)
    await close()
  })
})

describe('vp-icons.css', () => {
  it('is neither linked from any page nor shipped (it would be empty)', () => {
    for (const page of [...builtPages(), '404']) {
      const html = page === '404' ? readFileSync(join(site.dist, '404.html'), 'utf8') : htmlOf(page)
      expect(html, page || 'home').not.toContain('vp-icons.css')
    }
    expect(existsSync(join(site.dist, 'vp-icons.css'))).toBe(false)
  })
})
