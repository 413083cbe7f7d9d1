/**
 * npm run search:eval — how well the site's own search box answers the questions admins type.
 *
 *   npm run search:eval                                  build the site (base /gt-faq/), then type every query
 *   npm run search:eval -- --dist /tmp/site-10 --base /gt-faq/   use an existing build
 *   npm run search:eval -- --json                        also print every result as JSON lines
 *
 * The queries: the question index (playground/logic/search/questions.ts) and the other phrasings
 * (playground/logic/search/phrasings.ts), each with the section that answers it. Prints top-1 and
 * top-3 hit rates (overall and per kind) and every query whose answer is not first.
 * The floor (top-3 ≥ 95 %, top-1 ≥ 85 %) is asserted by tests/e2e/search-eval.e2e.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { normaliseBase } from '../.vitepress/config/site-url'
import { launchChromium } from './lib/browser'
import { buildSite } from './lib/build-site'
import { startStaticSite } from './lib/static-server'
import { typeQueries } from './search-eval/browser'
import { evalCases } from './search-eval/cases'
import { formatSummary, summarise } from './search-eval/score'

const { values } = parseArgs({
  options: { dist: { type: 'string' }, base: { type: 'string' }, json: { type: 'boolean' } },
})
const base = normaliseBase(values.base ?? process.env.E2E_BASE ?? '/gt-faq/')
const work = mkdtempSync(join(tmpdir(), 'gt-faq-search-eval-'))

try {
  const dist = values.dist ? resolve(values.dist) : join(work, 'site')
  if (!values.dist) await buildSite({ outDir: dist, base })
  const site = await startStaticSite(dist, base)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ locale: 'zh-CN' })
    const results = await typeQueries(page, site.url, base, evalCases())
    if (values.json) for (const r of results) console.log(JSON.stringify(r))
    console.log(formatSummary(summarise(results)))
  } finally {
    await browser.close()
    await site.close()
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
