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

  it.each([
    ['机器人签名不对', 'troubleshooting#sign-not-match'],
    ['@人不生效', 'robot/messages#at-rules'],
    ['corpid在哪里', 'app/credentials#corpid-在开放平台首页'],
  ])('answers the question %s with its section among the first three', async (query, expected) => {
    const { page, errors, close } = await openWatched(browser)
    const results = (await search(page, query)).map(decodeURIComponent)
    expect(results.slice(0, 3), results.join('\n')).toContain(`${site.base}${expected}`)
    expect(errors).toEqual([])
    await close()
  })

  it('says so in Chinese when nothing matches, and offers questions and pages that help', async () => {
    const { page, errors, close } = await openWatched(browser)
    await page.goto(site.url)
    await waitForHydration(page)
    await page.locator('#local-search button').first().click()
    await page.locator('#localsearch-input').fill('锟斤拷烫烫烫')
    const box = page.locator('.VPLocalSearchBox')
    await expect.poll(() => box.innerText()).toContain('没有找到相关结果')
    const help = box.locator('.no-result-help')
    await help.waitFor()
    // Nothing in common with any question: the first question of each step.
    expect(await help.locator('.questions a').count()).toBeGreaterThanOrEqual(3)
    const pages = await help.locator('.more a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))
    expect(pages).toEqual([`${site.base}troubleshooting`, `${site.base}tools`, `${site.base}questions`])

    // Sharing characters with questions (签), still no result: the closest questions.
    await page.locator('#localsearch-input').fill('锟斤拷签')
    await expect.poll(() => help.locator('.lead').innerText()).toContain('可能和你要找的有关')
    const first = help.locator('.questions a').first()
    expect(await first.innerText()).toContain('签')

    // A suggestion opens its section and closes the search box.
    const href = await first.getAttribute('href')
    await first.click()
    await page.waitForURL((url) => decodeURIComponent(url.pathname + url.hash) === decodeURIComponent(href ?? ''))
    await expect.poll(() => page.locator('.VPLocalSearchBox').count()).toBe(0)
    expect(errors).toEqual([])
    await close()
  })

  it('leaves the suggestions out while a query finds something', async () => {
    const { page, close } = await openWatched(browser)
    await search(page, '加签')
    expect(await page.locator('.no-result-help').count()).toBe(0)
    await close()
  })
})
