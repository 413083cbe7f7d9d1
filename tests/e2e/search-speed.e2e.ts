/**
 * What a reader waits for the first search, on a slow phone network (issue 22). The search index
 * has no size cap any more (scripts/size/budget.ts): this is what holds it. The page is open and
 * hydrated (a reader reads before searching); then the network is throttled as Lighthouse's mobile
 * profile is (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, through CDP
 * Network.emulateNetworkConditions, which adds the round trip to each request). The reader presses
 * the search button and types a question: with a Chinese input method the question arrives as one
 * commit, here TYPING_MS after the box is there (eight characters picked from an IME take a person
 * longer than that). What the reader waits for is the time from that commit to the first result,
 * on the page's own clock; VitePress's own 200 ms pause after typing counts. The time from the press
 * is printed too. Served gzipped, as GitHub Pages serves it.
 * Measured 2026-12-03 on the shared 2-core machine under load, the query typed at once: the site
 * before issue 22 (59.3 KB index) 1.10–1.56 s from the press, with issue 22 (62.4 KB) 1.17–1.60 s:
 * the box's code and then the index (~90 KB at 1.6 Mbit/s, two round trips), then the 200 ms. An
 * index so large that it is still arriving a second after the reader has typed fails here.
 */
import type { Browser, CDPSession } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { startGzipProxy, type GzipProxy } from '../../scripts/lighthouse/gzip-proxy'
import { PHONE, site, waitForHydration } from './support/site'

/** Lighthouse's mobile throttling (simulated slow 4G), in CDP's units: ms and bytes per second. */
export const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}
const LIMIT_MS = 1000
/** How long after the box opens the question is committed (see above). */
const TYPING_MS = 1000
/** Fresh visits timed; the best counts, so a busy test machine does not fail a site that is fast. */
const TRIES = 3
/** A question an admin asks (the question index), answered by this site. */
const QUERY = '额度用完了怎么办'

let browser: Browser
let proxy: GzipProxy
beforeAll(async () => {
  browser = await launchChromium()
  proxy = await startGzipProxy(site.origin)
})
afterAll(async () => {
  await browser?.close()
  await proxy?.close()
})

interface Timed {
  /** From the committed question to the first result: what the reader waits for. */
  ms: number
  /** From the press on the search button to the first result. */
  fromPress: number
  /** Bytes of the search index as it came over the network (gzip), 0 if it was not fetched. */
  indexBytes: number
  results: number
}

async function firstSearch(): Promise<Timed> {
  const context = await browser.newContext({ locale: 'zh-CN', ...PHONE })
  try {
    const page = await context.newPage()
    await page.goto(proxy.origin + site.base)
    await waitForHydration(page)
    const indexFetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('@localSearchIndex'))
          .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
      )
    expect(await indexFetched(), 'the index must not load before the first search').toBe(0)
    const cdp: CDPSession = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK)
    // The page's own clock, from the reader's press on the search button (not the test driver's
    // overhead): the press is recorded in the page, the answer read as soon as it shows.
    await page.evaluate(() => {
      const w = window as unknown as { pressedAt?: number; typedAt?: number; answeredAt?: number }
      document.addEventListener('pointerdown', () => (w.pressedAt ??= performance.now()), { capture: true, once: true })
      document.addEventListener('input', () => (w.typedAt ??= performance.now()), { capture: true, once: true })
      new MutationObserver((_, observer) => {
        if (document.querySelector('#localsearch-list li[role=option]')) {
          w.answeredAt = performance.now()
          observer.disconnect()
        }
      }).observe(document.body, { childList: true, subtree: true })
    })
    // On a phone the search button is the nav's icon; VitePress opens the box on it.
    await page.locator('#local-search button').first().click()
    const input = page.locator('#localsearch-input')
    await input.waitFor()
    await page.waitForTimeout(TYPING_MS)
    await input.fill(QUERY)
    await page.locator('#localsearch-list li[role=option]').first().waitFor({ timeout: 15_000 })
    const [ms, fromPress] = await page.evaluate(() => {
      const w = window as unknown as { pressedAt?: number; typedAt?: number; answeredAt?: number }
      const answered = w.answeredAt ?? Infinity
      return [Math.round(answered - (w.typedAt ?? 0)), Math.round(answered - (w.pressedAt ?? 0))]
    })
    return { ms, fromPress, indexBytes: await indexFetched(), results: await page.locator('#localsearch-list li[role=option]').count() }
  } finally {
    await context.close()
  }
}

describe('the first search on a slow phone network', () => {
  it(`answers within ${LIMIT_MS} ms of the typed question (Lighthouse mobile network, gzip)`, { timeout: 120_000 }, async () => {
    const runs: Timed[] = []
    for (let i = 0; i < TRIES; i++) runs.push(await firstSearch())
    console.log(
      `first search, throttled: ${runs.map((r) => `${r.ms} ms after typing (${r.fromPress} ms after the press)`).join(', ')}; index ${(runs[0]!.indexBytes / 1024).toFixed(1)} KB over the network`,
    )
    for (const r of runs) {
      expect(r.results).toBeGreaterThan(0)
      expect(r.indexBytes, 'the first search downloads the index').toBeGreaterThan(0)
    }
    expect(Math.min(...runs.map((r) => r.ms))).toBeLessThanOrEqual(LIMIT_MS)
  })
})
