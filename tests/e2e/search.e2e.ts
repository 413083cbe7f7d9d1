import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { openWatched, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Types a query into the local search box of the built site and returns the result links. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(site.url)
  await waitForHydration(page)
  await page.locator('#local-search button').first().click()
  const input = page.locator('#localsearch-input')
  await input.fill(query)
  await page.locator('#localsearch-list li[role=option]').first().waitFor({ timeout: 15_000 })
  return page.$$eval('#localsearch-list li[role=option] a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash))
}

describe('Chinese search on the built site', () => {
  it.each([
    ['通讯录', 'app/permissions'],
    ['通配符', 'app/dev-info'],
    ['斜杠', 'app/dev-info'],
  ])('finds the mid-sentence word %s on %s', async (query, expected) => {
    const { page, errors, close } = await openWatched(browser)
    const results = await search(page, query)
    expect(results.some((r) => r.startsWith(`${site.base}${expected}`)), results.join('\n')).toBe(true)
    expect(errors).toEqual([])
    await close()
  })

  it('finds mixed Chinese and Latin text', async () => {
    const { page, close } = await openWatched(browser)
    const results = await search(page, 'AppKey')
    expect(results.length).toBeGreaterThan(0)
    await close()
  })

  it('says so in Chinese when nothing matches', async () => {
    const { page, close } = await openWatched(browser)
    await page.goto(site.url)
    await waitForHydration(page)
    await page.locator('#local-search button').first().click()
    await page.locator('#localsearch-input').fill('完全不存在的词语组合锟斤拷')
    await expect.poll(() => page.locator('.VPLocalSearchBox').innerText()).toContain('没有找到相关结果')
    await close()
  })
})
