/**
 * npm run lighthouse — Lighthouse (mobile settings) on four pages of a fresh build served
 * under /gt-faq/ (static server + gzip, like GitHub Pages) and on plain VitePress, in turns
 * (plain, the four pages, then again), median of 5 runs each, a table of the four scores and
 * the main timings.
 * Writes the table into README.md between <!-- lighthouse:start --> and <!-- lighthouse:end -->.
 * Slow (about ten minutes), so not part of `npm test`.
 *
 *   npm run lighthouse                       build, measure, print, update README
 *   npm run lighthouse -- --dist /tmp/x      measure an existing build (base /gt-faq/)
 *   npm run lighthouse -- --runs 1 --no-readme
 *   npm run lighthouse -- --json raw.json    also keep Lighthouse's raw results
 *   npm run lighthouse -- --from raw.json    only rewrite the table from kept results (e.g. after editing the notes)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import lighthouse from 'lighthouse'
import { findChromium } from './lib/browser'
import { buildSite } from './lib/build-site'
import { startStaticSite } from './lib/static-server'
import { launchDebuggableChrome } from './lighthouse/chrome'
import { startGzipProxy } from './lighthouse/gzip-proxy'
import { WHY_NOT_MENDED } from './lighthouse/notes'
import { formatLighthouseReport, spliceReadme, type PageResult } from './lighthouse/report'
import { medianOf, summarize, type LhrLike } from './lighthouse/summary'

const BASE = '/gt-faq/'
const PAGES = [
  { path: '', label: '首页' },
  { path: 'app/dev-info', label: '配置开发信息' },
  { path: 'robot/', label: '群机器人' },
  { path: 'tools', label: '工具箱' },
]

/** Plain VitePress (scripts/size/reference), measured in the same run as the yardstick. */
const REFERENCE = { root: fileURLToPath(new URL('./size/reference/', import.meta.url)), path: 'guide', label: 'plain VitePress' }

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'no-readme': { type: 'boolean', default: false },
    json: { type: 'string' },
    from: { type: 'string' },
  },
})
const runs = Math.max(1, Number(values.runs) || 5)
const work = mkdtempSync(join(tmpdir(), 'gt-faq-lh-'))

/** Lighthouse results per page label, as kept by --json. */
type RawResults = Record<string, LhrLike[]>

async function measure(): Promise<{ raw: RawResults; chromePath: string }> {
  const dist = values.dist ? resolve(values.dist) : join(work, 'site')
  if (!values.dist) await buildSite({ outDir: dist, base: BASE })
  const referenceDist = join(work, 'reference')
  await buildSite({ root: REFERENCE.root, outDir: referenceDist, base: BASE })

  const chrome = await launchDebuggableChrome()
  const raw: RawResults = {}
  const servers: { close(): Promise<void> }[] = []
  try {
    // Every page and plain VitePress each on its own server (GitHub Pages sends text gzipped, the
    // test server does not: lighthouse/gzip-proxy.ts), all started before the first run.
    const targets: { path: string; label: string; origin: string }[] = []
    for (const { path, label, dist: root } of [...PAGES.map((p) => ({ ...p, dist })), { ...REFERENCE, dist: referenceDist }]) {
      const site = await startStaticSite(root, BASE)
      servers.push(site)
      const proxy = await startGzipProxy(site.origin)
      servers.push(proxy)
      targets.push({ path, label, origin: proxy.origin })
    }
    // In turns (plain, page, page, …, then again), not all of one page's runs together: what the
    // machine does meanwhile (another build, a test run) then falls on every page alike, plain included.
    for (let i = 0; i < runs; i++) {
      for (const { path, label, origin } of [targets.at(-1)!, ...targets.slice(0, -1)]) {
        const result = await lighthouse(origin + BASE + path, { port: chrome.port, logLevel: 'error', output: 'json' })
        if (!result) throw new Error(`Lighthouse returned nothing for /${path}`)
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on /${path}: ${result.lhr.runtimeError.message}`)
        const lhr = result.lhr as unknown as LhrLike
        ;(raw[label] ??= []).push(lhr)
        const summary = summarize(lhr)
        console.log(`round ${i + 1}: ${label} /${path}: ${Object.values(summary.scores).join(' / ')}, benchmark index ${summary.benchmarkIndex}`)
      }
    }
  } finally {
    for (const server of servers.reverse()) await server.close()
    await chrome.close()
  }
  return { raw, chromePath: chrome.path }
}

try {
  const { raw, chromePath } = values.from
    ? { raw: JSON.parse(readFileSync(values.from, 'utf8')) as RawResults, chromePath: findChromium() ?? 'chromium' }
    : await measure()
  const results: PageResult[] = [...PAGES, REFERENCE].flatMap(({ path, label }) =>
    raw[label]?.length ? [{ path, label, summary: medianOf(raw[label]!.map(summarize)), reference: label === REFERENCE.label }] : [],
  )
  const version = JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version
  const chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  const report = formatLighthouseReport(results, { date: new Date().toISOString().slice(0, 10), lighthouse: version, chromium }, WHY_NOT_MENDED)
  console.log('\n' + report + '\n')
  if (values.json && !values.from) writeFileSync(values.json, JSON.stringify(raw))
  if (!values['no-readme']) {
    const readme = new URL('../README.md', import.meta.url)
    writeFileSync(readme, spliceReadme(readFileSync(readme, 'utf8'), report))
    console.log('README.md updated between <!-- lighthouse:start --> and <!-- lighthouse:end -->.')
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
