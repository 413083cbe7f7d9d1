/**
 * Values typed into the 工具箱 survive leaving the page and coming back (issue 25), in the tab's
 * memory only: nothing lands in storage, cookies or the address.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { EXAMPLE } from '../../playground/logic/examples'
import { DESKTOP, openWatched, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the 工具箱 remembers what was typed while the tab is open', () => {
  it('keeps the hand-over values, the secret included, across a visit to another page', async () => {
    const { page, errors, close } = await openWatched(browser, DESKTOP)
    await page.goto(`${site.url}tools#credentials`)
    await waitForHydration(page)
    const card = page.locator('#tb-panel .wui-card:visible').first()
    await card.getByLabel('CorpId', { exact: true }).fill(EXAMPLE.corpId)
    await card.getByLabel('AppSecret（Client Secret）', { exact: true }).fill(EXAMPLE.appSecret)
    // Leave through the site's own navigation (no reload), then come back with the browser's Back.
    await page.locator('.VPNav a', { hasText: '前言' }).first().click()
    await page.waitForURL(/intro/)
    await page.goBack()
    await page.waitForURL(/tools/)
    const again = page.locator('#tb-panel .wui-card:visible').first()
    await expect.poll(() => again.getByLabel('CorpId', { exact: true }).inputValue()).toBe(EXAMPLE.corpId)
    expect(await again.getByLabel('AppSecret（Client Secret）', { exact: true }).inputValue()).toBe(EXAMPLE.appSecret)
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie + location.href)
    expect(stored).not.toContain(EXAMPLE.appSecret)
    expect(stored).not.toContain(EXAMPLE.corpId)
    expect(errors).toEqual([])
    await close()
  })
})
