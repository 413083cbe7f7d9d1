/**
 * npm run size — the JavaScript each page of the built site loads, against budgets (issue 7).
 *
 *   npm run size                               build the site and a plain VitePress reference, measure, compare
 *   npm run size -- --dist /tmp/x --base /gt-faq/   measure an existing build instead of building the site
 *   npm run size -- --previous FILE            where the last passing run's chunks are kept (default node_modules/.cache/gt-faq-size/)
 *
 * Per page: the gzip JavaScript of a first visit (entry script, its static imports, modulepreloads
 * and theirs) and, separately, the widget code the page imports lazily; the imports and the modules
 * of each chunk come from the bundler's record of the build (.vitepress/config/bundle-record.ts),
 * which the reference gets too. Also reported: the CSS each page links, and each page's headroom to
 * the budgets' targets and ceilings (size/budget.ts LIMITS). Fails (exit 1) when
 * - a page, widgets aside, loads more than the ceiling (2.5 KB) above plain VitePress built the same way now;
 * - a page pulls in more than the ceiling (20 KB) of widget code in one load, or loads another page's widget code;
 * - a chunk holds crypto-js beyond HMAC-SHA256 + Base64, or dingtalk-jsapi runs without a dynamic import.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { normaliseBase } from '../.vitepress/config/site-url'
import { buildSite } from './lib/build-site'
import { BUDGET, checkLibraries, checkStylesheetsLinked, checkPageSizes, checkSearchIndex, checkWidgetsStayOnTheirPages, formatHeadroom, headroom, plainBaseline, searchIndexReport, type Violation } from './size/budget'
import { chunkMoves, formatMoves } from './size/chunk-diff'
import { measureBuild, pageAccount } from './size/dist'
import { DEFAULT_PREVIOUS, readPrevious, writePrevious } from './size/previous'
import { formatSizeTable } from './size/table'

const REFERENCE_ROOT = fileURLToPath(new URL('./size/reference/', import.meta.url))

const { values } = parseArgs({
  options: { dist: { type: 'string' }, base: { type: 'string' }, previous: { type: 'string' } },
})
const base = normaliseBase(values.base ?? process.env.E2E_BASE ?? '/gt-faq/')
const work = mkdtempSync(join(tmpdir(), 'gt-faq-size-'))

try {
  const dist = values.dist ? resolve(values.dist) : join(work, 'site')
  if (!values.dist) await buildSite({ outDir: dist, base })
  const referenceDist = join(work, 'reference')
  await buildSite({ root: REFERENCE_ROOT, outDir: referenceDist, base })

  const reference = measureBuild(referenceDist, base)
  const plain = plainBaseline(reference.pages.map((p) => p.size))
  const site = measureBuild(dist, base)
  const graphs = site.pages.map(({ page, graph }) => ({ page, graph }))
  const violations: Violation[] = [
    ...checkPageSizes(site.pages.map((p) => p.size), plain, BUDGET),
    ...checkWidgetsStayOnTheirPages(graphs, site.modulesOf),
    ...checkLibraries(site.chunks, graphs),
    ...checkStylesheetsLinked(site.pages.map((p) => ({ page: p.page, ...p.stylesheets }))),
  ]
  // The search index a first search downloads: reported with its bytes per page; its wait is tested in the browser (issue 22).
  const searchIndexes = [...site.siteLazy]
    .filter((file) => site.nameOf(file).startsWith('@localSearchIndex'))
    .map((file) => ({ file: site.nameOf(file), bytes: site.sizeOf(file) }))
  violations.push(...checkSearchIndex(searchIndexes))
  const failedPages = new Set(violations.map((v) => v.page))
  const rows = site.pages.map(({ page, graph, size, css, elements }) => ({
    size,
    css,
    elements,
    failed: failedPages.has(page),
    widgetFiles: [...graph.widgets].map((file) => ({ file, bytes: site.sizeOf(file), preloaded: graph.firstVisit.has(file) })),
  }))
  const siteLazy = { files: [...site.siteLazy].map((file) => ({ file, bytes: site.sizeOf(file) })) }

  // Render-blocking CSS, reported: the heaviest page here and in plain VitePress.
  const css = { site: Math.max(...site.pages.map((p) => p.css)), plain: Math.max(...reference.pages.map((p) => p.css)) }
  const plainShared = new Map([...reference.shared].map((f) => [reference.nameOf(f), reference.sizeOf(f)]))
  const shared = [...site.shared].map((f) => ({ name: site.nameOf(f), site: site.sizeOf(f), plain: plainShared.get(site.nameOf(f)) ?? null }))
  const plainElements = reference.pages.find((p) => p.page === '/guide')?.elements
  console.log('\n' + formatSizeTable(rows, plain, BUDGET, siteLazy, css, shared, plainElements) + '\n')
  for (const line of searchIndexReport(searchIndexes, site.pages.length)) console.log(line + '\n')
  const room = headroom(site.pages.map((p) => p.size), plain)
  console.log(`Headroom (gzip; target: where the site means to stay, ceiling: where this check fails):\n\n${formatHeadroom(room)}\n`)
  const overTarget = room.filter((r) => r.toTarget < 0)
  if (overTarget.length) console.log(`Above a target (not failing): ${overTarget.map((r) => `${r.page} ${r.budget}`).join(', ')}.\n`)

  const previousFile = resolve(values.previous ?? DEFAULT_PREVIOUS)
  const accounts = site.pages.map((p) => pageAccount(site, p))
  if (violations.length) {
    console.error(`✗ ${violations.length} size budget violation(s):`)
    for (const v of violations) console.error(`  - [${v.rule}]${v.page ? ` ${v.page}` : ''}: ${v.message}`)
    // What moved: each failing page's chunks against the last passing run, and its first visit against plain VitePress.
    const previous = readPrevious(previousFile)
    const plainPage = reference.pages.reduce((a, b) => (b.size.withoutWidgets > a.size.withoutWidgets ? b : a))
    const plainAccount = pageAccount(reference, plainPage)
    console.error('\nWhat moved (chunks new or larger, and the modules that grew in them):')
    for (const account of accounts.filter((a) => failedPages.has(a.page))) {
      const before = previous?.find((p) => p.page === account.page)
      if (before) console.error(formatMoves(account.page, `the last passing run (${previousFile})`, chunkMoves(account, before)).join('\n'))
      else console.error(`  ${account.page}: no earlier passing run of this page to compare with (${previousFile}).`)
      if (!violations.some((v) => v.page === account.page && v.rule === 'over-plain')) continue
      const withoutWidgets = { page: account.page, chunks: account.chunks.filter((c) => !c.widget) }
      console.error(formatMoves(account.page, `plain VitePress (${plainPage.page}), widgets aside`, chunkMoves(withoutWidgets, plainAccount)).join('\n'))
    }
    process.exitCode = 1
  } else {
    writePrevious(previousFile, accounts)
    console.log(`✓ size budgets hold (chunks kept in ${previousFile} for the next run's comparison)`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
