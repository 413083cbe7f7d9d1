/** Shared helpers for the browser tests: the built site's pages and a page with error capture. */
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { inject } from 'vitest'

export const site = {
  get url() {
    return inject('siteUrl')
  },
  get origin() {
    return inject('siteOrigin')
  },
  get base() {
    return inject('siteBase')
  },
  get dist() {
    return inject('siteDist')
  },
}

/** Site-relative paths of every built page ('' for the home page, 'app/' for a folder index). */
export function builtPages(dist = site.dist): string[] {
  const pages: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'assets') walk(full)
      } else if (entry.name.endsWith('.html') && entry.name !== '404.html') {
        const rel = relative(dist, full).split('\\').join('/')
        pages.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel.slice(0, -'.html'.length))
      }
    }
  }
  walk(dist)
  return pages.sort()
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
}
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 860 } }

export interface WatchedPage {
  page: Page
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[]
  close(): Promise<void>
}

/** A new context and page that records console errors and page errors. */
export async function openWatched(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
  })
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
  return { page, errors, close: () => context.close() }
}

/**
 * Waits until Vue has hydrated the page (it marks the root element with __vue_app__) and the
 * page's widgets are there (reachWidgets). Tests of what happens before, use waitForVue.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await waitForVue(page)
  await reachWidgets(page)
}

/** Waits until Vue has hydrated the page, nothing more: a guide page's widget is not mounted yet. */
export async function waitForVue(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__))
}

/**
 * A guide page's widget mounts when the reader comes near it (.vitepress/theme/lazy-widget.ts):
 * scroll to each one as a reader would, wait until it is there, and go back to where the page was.
 */
export async function reachWidgets(page: Page): Promise<void> {
  const places = page.locator('.lazy-widget')
  const count = await places.count()
  if (!count) return
  const y = await page.evaluate(() => window.scrollY)
  for (let i = 0; i < count; i++) {
    await places.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }))
    await places.nth(i).locator(':scope > *').first().waitFor({ state: 'attached' })
  }
  await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y)
}
