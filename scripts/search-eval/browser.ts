import type { Page } from 'playwright-core'
import type { EvalCase } from './cases'
import { rankOf, type EvalResult } from './score'

/** Result links of the open search box, as site paths (base removed, anchors decoded). */
async function resultLinks(page: Page, base: string): Promise<string[]> {
  const hrefs = await page.$$eval('#localsearch-list li[role=option] a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash))
  return hrefs.map((h) => {
    const decoded = decodeURIComponent(h)
    return decoded.startsWith(base) ? `/${decoded.slice(base.length)}` : decoded
  })
}

/**
 * Types each query into the site's own search box (opened once on `url`) and records the
 * results it shows. A query's results are read once the box has settled: VitePress searches
 * 200 ms after the last keystroke, so the list is read when it stays the same for 300 ms.
 */
export async function typeQueries(page: Page, url: string, base: string, cases: EvalCase[]): Promise<EvalResult[]> {
  await page.goto(url)
  await page.waitForFunction(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__))
  await page.locator('#local-search button').first().click()
  const input = page.locator('#localsearch-input')
  await input.waitFor()
  const out: EvalResult[] = []
  for (const c of cases) {
    await input.fill('')
    await input.fill(c.q)
    let last = ''
    let stableSince = Date.now()
    const started = Date.now()
    await page.waitForTimeout(250)
    while (Date.now() - started < 10_000) {
      const now = JSON.stringify(await resultLinks(page, base))
      const empty = await page.locator('.VPLocalSearchBox .no-results').count()
      if (now !== last) {
        last = now
        stableSince = Date.now()
      } else if (Date.now() - stableSince >= 300 && (now !== '[]' || empty > 0)) {
        break
      }
      await page.waitForTimeout(50)
    }
    const results = JSON.parse(last || '[]') as string[]
    out.push({ ...c, results, rank: rankOf(results, c.link) })
  }
  return out
}
