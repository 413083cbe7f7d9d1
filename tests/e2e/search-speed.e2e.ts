/**
 * What a reader waits for the first search, on a slow phone network (issue 22). The search index
 * has no size cap any more (scripts/size/budget.ts): this is what holds it. The page is open and
 * hydrated (a reader reads before searching); then the network is throttled as Lighthouse's mobile
 * profile is (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, through CDP
 * Network.emulateNetworkConditions, which adds the round trip to each request), and the page's clock
 * runs from the press on the search button until the first result is shown, the query typed as soon
 * as the box is there: the search box's code and then the index come over that network, and
 * VitePress's own 200 ms pause after typing is counted too. Served gzipped, as GitHub Pages serves it.
 * Measured 2026-12-03 on the shared 2-core machine (load 11), runs alternating: the site before
 * issue 22 (59.3 KB index) 1.10–1.56 s, this branch (62.4 KB) 1.17–1.60 s: neither within 1 s. The
 * box's code and the index come one after the other (~90 KB at 1.6 Mbit/s, two round trips), then
 * the 200 ms; starting the index on the press, beside the box's code, gave 1.09–1.3 s but cost the
 * theme chunk 288 bytes the 2 KB page budget has no room for (issue 22's report).
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
  ms: number
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
      const w = window as unknown as { pressedAt?: number; answeredAt?: number }
      document.addEventListener('pointerdown', () => (w.pressedAt ??= performance.now()), { capture: true, once: true })
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
    await input.fill(QUERY)
    await page.locator('#localsearch-list li[role=option]').first().waitFor({ timeout: 15_000 })
    const ms = await page.evaluate(() => {
      const w = window as unknown as { pressedAt?: number; answeredAt?: number }
      return Math.round((w.answeredAt ?? Infinity) - (w.pressedAt ?? 0))
    })
    return { ms, indexBytes: await indexFetched(), results: await page.locator('#localsearch-list li[role=option]').count() }
  } finally {
    await context.close()
  }
}

describe('the first search on a slow phone network', () => {
  it(`answers within ${LIMIT_MS} ms (Lighthouse mobile network, gzip)`, { timeout: 120_000 }, async () => {
    const runs: Timed[] = []
    for (let i = 0; i < TRIES; i++) runs.push(await firstSearch())
    console.log(
      `first search, throttled: ${runs.map((r) => `${r.ms} ms`).join(', ')}; index ${(runs[0]!.indexBytes / 1024).toFixed(1)} KB over the network`,
    )
    for (const r of runs) {
      expect(r.results).toBeGreaterThan(0)
      expect(r.indexBytes, 'the first search downloads the index').toBeGreaterThan(0)
    }
    expect(Math.min(...runs.map((r) => r.ms))).toBeLessThanOrEqual(LIMIT_MS)
  })
})
