/**
 * Issue 24: the 工具箱 is hydrated when the reader first does something, not at load
 * (.vitepress/theme/hydrate-when-used.ts). On a phone its tool's panel is below the first screen,
 * so at load nothing of the ToolBox runs; and nothing is lost: the first tap, click or key on it
 * does what it says (a tap before its code has arrived too), Tab reaches its tabs, scrolling to the panel finds the tool, a page left
 * alone gets its tool a few seconds after load, and nothing moves meanwhile.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { IDLE_AFTER_LOAD_MS } from '../../.vitepress/theme/hydrate-when-used'
import { openWatched, PHONE, site, waitForVue } from './support/site'
import { recordWidgetChunks } from './support/widget-chunks'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens the 工具箱 on a phone and records which tools' code is requested. */
async function openOnPhone(hash = '') {
  const w = await openWatched(browser, PHONE)
  const chunks = recordWidgetChunks(w.page)
  await w.page.goto(`${site.url}tools${hash}`, { waitUntil: 'load' })
  await waitForVue(w.page)
  return { ...w, chunks }
}

/** The server's placeholder is still in the panel: the ToolBox has not been hydrated. */
const unhydrated = (page: Page) => page.locator('#tb-panel .tb-loading', { hasText: '需要启用 JavaScript' }).count().then((n) => n === 1)
const selectedTab = (page: Page) => page.locator('[role=tab][aria-selected=true]').getAttribute('data-tool')
const card = (page: Page, title: string) => page.locator('#tb-panel .wui-card', { hasText: title })

describe('the 工具箱 on a phone, hydrated when first used', () => {
  it('runs none of its code at load: the tabs on the first screen, the panel below it untouched', async () => {
    const w = await openOnPhone()
    await w.page.waitForTimeout(1500)
    const where = await w.page.evaluate(() => ({
      tabs: document.querySelector('[role=tablist]')!.getBoundingClientRect().top,
      panel: document.getElementById('tb-panel')!.getBoundingClientRect().top,
      screen: innerHeight,
    }))
    expect(where.tabs, 'the tab list is on the first screen').toBeLessThan(where.screen)
    expect(where.panel, 'the panel is below it (else it is hydrated at once, as on a wide screen)').toBeGreaterThan(where.screen)
    expect(await unhydrated(w.page)).toBe(true)
    expect(w.chunks).toEqual([])
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('does what a first tap on a tab says: that tool, chosen and shown', async () => {
    const w = await openOnPhone()
    expect(await unhydrated(w.page)).toBe(true)
    await w.page.locator('[role=tab][data-tool="permissions"]').tap()
    await expect.poll(() => selectedTab(w.page)).toBe('permissions')
    await card(w.page, '权限清单').first().waitFor({ timeout: 10_000 })
    expect(new URL(w.page.url()).hash).toBe('#permissions')
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('does what a tap said while its code was still on the way: that tool, once', async () => {
    const w = await openWatched(browser, PHONE)
    let release!: () => void
    const arrived = new Promise<void>((r) => (release = r))
    // The ToolBox's chunk held back, as on a slow phone: the tap comes before Vue can start hydrating it.
    await w.page.route(/\/ToolBox\.[\w-]+\.js$/, async (route) => {
      await arrived
      await route.continue()
    })
    await w.page.goto(`${site.url}tools`, { waitUntil: 'domcontentloaded' })
    await waitForVue(w.page)
    await w.page.locator('[role=tab][data-tool="permissions"]').tap()
    await w.page.waitForTimeout(300)
    expect(await unhydrated(w.page), 'nothing could act on the tap yet').toBe(true)
    release()
    await expect.poll(() => selectedTab(w.page), { timeout: 10_000 }).toBe('permissions')
    await card(w.page, '权限清单').first().waitFor({ timeout: 10_000 })
    expect(new URL(w.page.url()).hash).toBe('#permissions')
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('handles the very event that hydrates it: a click with no touch or focus before it', async () => {
    const w = await openOnPhone()
    expect(await unhydrated(w.page)).toBe(true)
    // A click alone, as assistive technology may send it: it is the first event the page gets.
    await w.page.locator('[role=tab][data-tool="robot-signer"]').dispatchEvent('click')
    expect(await selectedTab(w.page)).toBe('robot-signer')
    await card(w.page, '机器人签名').waitFor({ timeout: 10_000 })
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('is reached by Tab, and its arrow keys work from the first one', async () => {
    const w = await openOnPhone()
    expect(await unhydrated(w.page)).toBe(true)
    let onTab = false
    for (let i = 0; i < 200 && !onTab; i++) {
      await w.page.keyboard.press('Tab')
      onTab = await w.page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')
    }
    expect(onTab).toBe(true)
    expect(await w.page.evaluate(() => (document.activeElement as HTMLElement).dataset.tool)).toBe('basic-info')
    await w.page.keyboard.press('ArrowRight')
    expect(await selectedTab(w.page)).toBe('dev-info')
    expect(await w.page.evaluate(() => (document.activeElement as HTMLElement).dataset.tool)).toBe('dev-info')
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('has its tool there when the reader scrolls to it', async () => {
    const w = await openOnPhone()
    expect(await unhydrated(w.page)).toBe(true)
    await w.page.mouse.move(200, 400)
    for (let i = 0; i < 10; i++) {
      await w.page.mouse.wheel(0, 200)
      await w.page.waitForTimeout(250)
    }
    await card(w.page, '检查基本信息').first().waitFor({ timeout: 5000 })
    expect(w.chunks).toEqual(['BasicInfoForm'])
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('opens the tool the address names, at once', async () => {
    const w = await openOnPhone('#callback-verify')
    await card(w.page, '回调验签').first().waitFor({ timeout: 10_000 })
    expect(await selectedTab(w.page)).toBe('callback-verify')
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('gets its first tool a few seconds after load when left alone, and nothing on the screen moves', async () => {
    const w = await openWatched(browser, PHONE)
    await w.page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { __shifts: number[] }).__shifts = [])
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[]) shifts.push(e.value)
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await w.page.goto(`${site.url}tools`, { waitUntil: 'load' })
    await waitForVue(w.page)
    expect(await unhydrated(w.page)).toBe(true)
    await card(w.page, '检查基本信息').first().waitFor({ state: 'attached', timeout: IDLE_AFTER_LOAD_MS + 5000 })
    await w.page.waitForTimeout(500)
    expect(await w.page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([])
    expect(w.errors).toEqual([])
    await w.close()
  })
})
