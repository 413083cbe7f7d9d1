/** The size report as a plain-text table (monospace; also valid Markdown). */
import { kb, type PageSize, type SizeBudget } from './budget'

export interface WidgetFile {
  file: string
  bytes: number
  preloaded: boolean
}

export interface SizeRow {
  size: PageSize
  /** Gzip bytes of the stylesheets the page links in its head (reported, not budgeted). */
  css: number
  widgetFiles: WidgetFile[]
  /** Did this page break a budget? */
  failed: boolean
  /** Elements in the page's HTML (reported, no budget). */
  elements?: number
}

function signedKb(bytes: number): string {
  if (Math.abs(bytes) < 52) return '±0.0 KB' // rounds to 0.0 either way
  return (bytes >= 0 ? '+' : '−') + kb(Math.abs(bytes))
}

function renderTable(header: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ') + ' |'
  const rule = '|' + widths.map((w, i) => (rightAligned.has(i) ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|'
  return [line(header), rule, ...rows.map(line)].join('\n')
}

/** Chunks the app or theme imports lazily on every page (local search, DingTalk-only helpers). */
export interface SiteLazy {
  files: { file: string; bytes: number }[]
}

const shortName = (file: string) => file.replace(/^.*\//, '')

/** A shard of DingTalk's error-code table (playground/logic/errors/official/): widget data, one loaded per lookup. */
export const isErrcodeShard = (file: string): boolean => /(?:^|\/)dingtalk-errcodes-\d+\.[\w-]+\.m?js$/.test(file)

/**
 * The error-code table in one line instead of a chunk list: which pages can load it, how many shards,
 * their total and the largest (a lookup loads one shard, on demand; part of "widgets, all" above).
 */
function errcodeTableLine(rows: SizeRow[]): string | null {
  const shards = new Map<string, number>()
  const pages: string[] = []
  for (const r of rows) {
    const own = r.widgetFiles.filter((w) => isErrcodeShard(w.file))
    if (own.length) pages.push(r.size.page)
    for (const w of own) shards.set(w.file, w.bytes)
  }
  if (shards.size === 0) return null
  const sizes = [...shards.values()]
  const total = sizes.reduce((a, b) => a + b, 0)
  return (
    `DingTalk's error-code table (one shard loaded per lookup, only when a diagnosis needs it), on ${pages.join(', ')}: ` +
    `${shards.size} shards, ${kb(total)} in all, largest ${kb(Math.max(...sizes))}.`
  )
}

/** Render-blocking CSS, the heaviest page here and in plain VitePress: for information, no budget. */
export interface CssSizes {
  site: number
  plain: number
}

/** The chunks every page loads (app, theme, framework), by name, here and in plain VitePress. */
export interface SharedChunk {
  name: string
  site: number
  plain: number | null
}

export function formatSizeTable(
  rows: SizeRow[],
  plain: number,
  budget: SizeBudget,
  siteLazy: SiteLazy,
  css?: CssSizes,
  shared: SharedChunk[] = [],
  plainElements?: number,
): string {
  const header = ['page', 'first visit', 'without widgets', 'vs plain', 'widgets, largest load', 'widgets, one visit', 'widgets, all', 'preloaded', 'budget']
  if (css) header.push('CSS', 'CSS vs plain')
  const withElements = plainElements !== undefined
  if (withElements) header.push('elements')
  const body = rows.map(({ size, css: cssBytes, failed, elements }) => [
    size.page,
    kb(size.firstVisit),
    kb(size.withoutWidgets),
    signedKb(size.withoutWidgets - plain),
    size.widgets ? kb(size.heaviestStep) : '–',
    size.widgets ? kb(size.heaviestVisit) : '–',
    size.widgets ? kb(size.widgets) : '–',
    size.widgets ? kb(size.preloadedWidgets) : '–',
    failed ? 'OVER' : 'ok',
    ...(css ? [kb(cssBytes), signedKb(cssBytes - css.plain)] : []),
    ...(withElements ? [String(elements ?? '–')] : []),
  ])
  const widgetLines = rows
    .filter((r) => r.widgetFiles.some((w) => !isErrcodeShard(w.file)))
    .map(
      (r) =>
        `  ${r.size.page}: ` +
        r.widgetFiles
          .filter((w) => !isErrcodeShard(w.file))
          .map((w) => `${shortName(w.file)} ${kb(w.bytes)}${w.preloaded ? ' (preloaded)' : ''}`)
          .join(', '),
    )
  const table = errcodeTableLine(rows)
  return [
    `JavaScript per page, gzip. Plain VitePress 1.6.4 reference (same theme, local search): ${kb(plain)}.`,
    `Budgets: without widgets at most plain + ${kb(budget.overPlain)}; widget code at most ${kb(budget.widgetsPerPage)} per load ` +
      `("largest load": what the page loads for its widgets when it opens, or what one part the reader opens later adds, e.g. a tab; budgeted. ` +
      `"one visit": the page's widgets plus the heaviest chain of parts opened on demand; "all": everything they can import; both reported).`,
    '',
    renderTable(header, body, new Set([1, 2, 3, 4, 5, 6, 7, 9, 10, header.length - 1])),
    '',
    ...(shared.length
      ? [
          'Shared by every page (a change here moves every row): ' +
            shared.map((c) => `${c.name} ${kb(c.site)}${c.plain === null ? ' (not in plain VitePress)' : ` (plain ${kb(c.plain)}, ${signedKb(c.site - c.plain)})`}`).join(', ') +
            '.',
        ]
      : []),
    widgetLines.length ? 'Widget chunks (imported lazily by the page):\n' + widgetLines.join('\n') : 'No page imports widget code yet.',
    ...(table ? [table] : []),
    siteLazy.files.length
      ? `Imported lazily by the app or theme on any page, when needed (not in the numbers above): ` +
        siteLazy.files.map((f) => `${shortName(f.file)} ${kb(f.bytes)}`).join(', ') + '.'
      : 'The app and theme import nothing lazily.',
    ...(css
      ? [
          `CSS a page loads before it paints (gzip of the stylesheets its head links: the theme's, plus its own widgets' on widget pages): ` +
            `${kb(css.site)} at most, plain VitePress ${kb(css.plain)}; reported, no budget.`,
        ]
      : []),
    ...(withElements
      ? [`Elements: how many the page's HTML holds, all laid out and styled before the reader can use the page (plain VitePress's /guide: ${plainElements}); reported, no budget; tests/e2e/load-cost.e2e.ts measures what they cost.`]
      : []),
  ].join('\n')
}
