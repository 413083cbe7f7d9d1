/**
 * Today's console (新版) drawn beside the FAQ's (旧版) on every step page, and the reader's
 * choice between them: made once with the switch, followed by every page (client-side
 * navigation and full loads), kept across a reload, set before the first paint.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guide } from '../../.vitepress/config/sidebar'
import { CONSOLE_STORAGE_KEY } from '../../.vitepress/theme/console-preference'
import { launchChromium } from '../../scripts/lib/browser'
import { EXAMPLE } from '../../playground/logic/examples'
import { unexpectedCredentials } from '../content/identifiers'
import { DESKTOP, openWatched, PHONE, site, waitForHydration } from './support/site'

/** The step pages: the numbered entries of the guide's 钉钉应用接口配置 section ("1. 新建网页应用"…). */
const STEP_PAGES = guide
  .find((s) => s.link === '/app/')!
  .items.filter((i) => /^\d+\. /.test(i.text))
  .map((i) => i.link.slice(1))
/** Every drawing of today's console, one file each. */
const NEW_FIGURES = readdirSync(new URL('../../docs/parts/console/', import.meta.url))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

interface Shown {
  old: number
  new: number
  oldVisible: number
  newVisible: number
  figures: string[]
}
/** How many figures of each console the page has and shows. */
function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0
    const olds = [...document.querySelectorAll('.vp-doc .console-old')]
    const news = [...document.querySelectorAll('.vp-doc .console-new')]
    return {
      old: olds.length,
      new: news.length,
      oldVisible: olds.filter(visible).length,
      newVisible: news.filter(visible).length,
      figures: news.map((f) => f.getAttribute('data-console-figure') ?? '?'),
    }
  })
}

async function open(path: string, options: BrowserContextOptions = DESKTOP, stored?: string) {
  const w = await openWatched(browser, options)
  if (stored) await w.page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [CONSOLE_STORAGE_KEY, stored])
  await w.page.goto(site.url + path)
  await waitForHydration(w.page)
  return w
}

describe('the console figures', () => {
  it('are on every step page, both consoles, with one switch; every drawing of today\'s console is used', async () => {
    expect(STEP_PAGES).toEqual(['app/create', 'app/basic-info', 'app/dev-info', 'app/permissions', 'app/publish', 'app/credentials'])
    expect(NEW_FIGURES.length).toBeGreaterThanOrEqual(8)
    const used = new Set<string>()
    const w = await open(STEP_PAGES[0]!)
    for (const path of STEP_PAGES) {
      await w.page.goto(site.url + path)
      await waitForHydration(w.page)
      const s = await shown(w.page)
      // Nothing chosen yet: both consoles on the page, today's shown (issue 24: the other costs no layout).
      expect(s.old, path).toBeGreaterThanOrEqual(1)
      expect(s.new, path).toBeGreaterThanOrEqual(1)
      expect([s.oldVisible, s.newVisible], path).toEqual([0, s.new])
      expect(await w.page.locator('fieldset.console-switch').count(), path).toBe(1)
      // An include that VitePress cannot find stays an HTML comment: no figure, no error.
      expect(await w.page.locator('.vp-doc').innerHTML(), path).not.toContain('@include')
      s.figures.forEach((f) => used.add(f))
    }
    expect([...used].sort()).toEqual([...NEW_FIGURES].sort())
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('of today\'s console show only made-up values, and the hand-over ones', async () => {
    const w = await open('app/credentials')
    const text = await w.page.locator('[data-console-figure="credentials"]').innerText()
    expect(text).toContain(EXAMPLE.appKey)
    expect(text).toContain(EXAMPLE.agentId)
    expect(text).not.toContain(EXAMPLE.appSecret)
    for (const path of STEP_PAGES) {
      await w.page.goto(site.url + path)
      const texts = await w.page.locator('.console-new').allInnerTexts()
      expect(unexpectedCredentials(texts.join('\n')), path).toEqual([])
      expect(texts.join('\n'), path).toMatch(/未确认/) // what DingTalk's documentation leaves open is marked
    }
    await w.close()
  })

  it('put the menu on the left on a desktop and one line of where-am-I on a phone', async () => {
    for (const [device, options, side, crumb] of [
      ['desktop', DESKTOP, true, false],
      ['phone', PHONE, false, true],
    ] as const) {
      const w = await open('app/dev-info', options)
      const figure = w.page.locator('[data-console-figure="security"]')
      expect(await figure.locator('.mock-side').isVisible(), device).toBe(side)
      expect(await figure.locator('.mock-crumb').isVisible(), device).toBe(crumb)
      await w.close()
    }
  })
})

describe('the reader\'s choice of console', () => {
  it('is made once and every page follows: client-side navigation, full loads, reloads', async () => {
    const w = await open('app/create')
    const { page } = w
    const newer = page.getByRole('radio', { name: '今天的新版' })
    const older = page.getByRole('radio', { name: '常见问题里的旧版' })
    const both = page.getByRole('radio', { name: '两版都看' })
    expect(await newer.isChecked()).toBe(true)
    let s = await shown(page)
    expect([s.oldVisible, s.newVisible]).toEqual([0, s.new])

    await both.check()
    s = await shown(page)
    expect([s.oldVisible, s.newVisible]).toEqual([s.old, s.new])
    await expect.poll(() => page.locator('.console-switch-status[aria-live="polite"]').innerText()).toBe('新旧两版控制台的示意图都已显示。')
    expect(await page.evaluate((k) => localStorage.getItem(k), CONSOLE_STORAGE_KEY)).toBe('both')

    await newer.check()
    s = await shown(page)
    expect([s.oldVisible, s.newVisible]).toEqual([0, s.new])
    await expect.poll(() => page.locator('.console-switch-status[aria-live="polite"]').innerText()).toBe('已只显示今天的新版控制台的示意图。')
    expect(await page.evaluate((k) => localStorage.getItem(k), CONSOLE_STORAGE_KEY)).toBe('new')

    // Client-side navigation through the sidebar: the next page is rendered by Vue, not loaded.
    await page.locator('.VPSidebar').getByRole('link', { name: '2. 填写基本信息' }).click()
    await page.waitForURL(/\/app\/basic-info$/)
    await expect.poll(async () => (await shown(page)).newVisible).toBeGreaterThan(0)
    s = await shown(page)
    expect([s.oldVisible, s.newVisible]).toEqual([0, s.new])
    await expect.poll(() => page.getByRole('radio', { name: '今天的新版' }).isChecked()).toBe(true)
    expect(await page.getByRole('radio', { name: '两版都看' }).isChecked()).toBe(false)

    // A reload keeps it.
    await page.reload()
    await waitForHydration(page)
    s = await shown(page)
    expect([s.oldVisible, s.newVisible]).toEqual([0, s.new])
    expect(await page.getByRole('radio', { name: '今天的新版' }).isChecked()).toBe(true)

    // With the keyboard: the arrow key moves to the next choice, the old console.
    await page.getByRole('radio', { name: '今天的新版' }).focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.getByRole('radio', { name: '常见问题里的旧版' }).isChecked()).toBe(true)
    s = await shown(page)
    expect([s.oldVisible, s.newVisible]).toEqual([s.old, 0])

    // A full load of another page follows too.
    await page.goto(site.url + 'app/publish')
    await waitForHydration(page)
    s = await shown(page)
    expect([s.oldVisible, s.newVisible]).toEqual([s.old, 0])
    expect(await older.isChecked()).toBe(true)

    await both.check()
    s = await shown(page)
    expect([s.oldVisible, s.newVisible]).toEqual([s.old, s.new])
    expect(w.errors).toEqual([])
    await w.close()
  })

  it.each(['new', 'old'] as const)('"%s" shows only that console on every step page', async (stored) => {
    const w = await open(STEP_PAGES[0]!, DESKTOP, stored)
    for (const path of STEP_PAGES) {
      await w.page.goto(site.url + path)
      await waitForHydration(w.page)
      const s = await shown(w.page)
      if (stored === 'new') expect([s.oldVisible, s.newVisible], path).toEqual([0, s.new])
      else expect([s.oldVisible, s.newVisible], path).toEqual([s.old, 0])
      expect(s.new + s.old, path).toBeGreaterThan(1)
    }
    await w.close()
  })

  it('is applied before the first paint: a classic script in <head>, run before the body is parsed', () => {
    for (const path of STEP_PAGES) {
      const html = readFileSync(join(site.dist, `${path}.html`), 'utf8')
      const script = html.indexOf(CONSOLE_STORAGE_KEY)
      expect(script, path).toBeGreaterThan(0)
      expect(script, path).toBeLessThan(html.indexOf('</head>'))
      expect(html.slice(html.lastIndexOf('<script', script), script), path).not.toMatch(/type="module"|defer|async/)
    }
  })
})
