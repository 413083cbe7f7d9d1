import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { typeQueries } from '../../scripts/search-eval/browser'
import { evalCases } from '../../scripts/search-eval/cases'
import { formatSummary, summarise } from '../../scripts/search-eval/score'
import { site } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

// The floor of issue 10 on the list npm run search:eval types: the question index plus the
// other phrasings. A change that makes the search answer fewer questions fails here.
describe('the search box answers the questions admins type', () => {
  it('puts the answer first for at least 85 % and among the first three for at least 95 %', { timeout: 900_000 }, async () => {
    const page = await browser.newPage({ locale: 'zh-CN' })
    const results = await typeQueries(page, site.url, site.base, evalCases())
    await page.close()
    const summary = summarise(results)
    console.log(formatSummary(summary))
    expect(summary.total).toBeGreaterThanOrEqual(87 + 40)
    expect(summary.top3 / summary.total).toBeGreaterThanOrEqual(0.95)
    expect(summary.top1 / summary.total).toBeGreaterThanOrEqual(0.85)
  })
})
