/** The Lighthouse table for the README, and the README splice between its markers. */
import { CATEGORIES, TIMINGS, type Category, type MedianSummary } from './summary'

const TIMING_AUDITS = new Set<string>(Object.values(TIMINGS))

export const START = '<!-- lighthouse:start -->'
export const END = '<!-- lighthouse:end -->'

const CATEGORY_NAMES: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
}

export interface PageResult {
  /** Site-relative path, '' for the home page. */
  path: string
  label: string
  summary: MedianSummary
  /** The plain VitePress yardstick: shown in the table, not explained below it. */
  reference?: boolean
}

export interface ReportMeta {
  date: string
  lighthouse: string
  chromium: string
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`)

export function formatLighthouseReport(results: PageResult[], meta: ReportMeta, notes: Record<string, string>): string {
  const header = ['Page', ...CATEGORIES.map((c) => CATEGORY_NAMES[c]), 'FCP', 'LCP', 'TBT', 'CLS', 'SI']
  const rows = results.map(({ path, label, summary: s, reference }) => [
    reference ? `*${label}* (\`/${path}\`)` : `${label} (\`/${path}\`)`,
    ...CATEGORIES.map((c) => String(s.scores[c])),
    ms(s.timings.fcp),
    ms(s.timings.lcp),
    // TBT swings with the host's load: show the spread of the runs too.
    s.runs > 1 ? `${Math.round(s.timings.tbt)} ms (${Math.round(s.ranges.tbt[0])}–${Math.round(s.ranges.tbt[1])})` : ms(s.timings.tbt),
    s.timings.cls.toFixed(3),
    ms(s.timings.si),
  ])
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
  // Per page: which audits cost points; below, once per audit, why they stay.
  const below: string[] = []
  const explained = new Map<string, string>()
  for (const { label, summary, reference } of results) {
    if (reference) continue
    for (const category of CATEGORIES) {
      if (summary.scores[category] >= 100) continue
      const lost = summary.lost.filter((l) => l.category === category)
      const items = lost.map((l) => {
        explained.set(l.audit, notes[l.audit] ?? 'not explained yet.')
        const seen = summary.lostIn[`${l.category}/${l.audit}`] ?? 0
        // Timings: the medians are in the table; one run's value here would contradict them.
        const detail = TIMING_AUDITS.has(l.audit) ? '' : ` ${l.detail}`
        return `\`${l.audit}\`${detail} (in ${seen} of ${summary.runs} runs)`
      })
      if (!items.length) {
        items.push('no single audit; the score is the weighted sum of the timings above')
        explained.set(`${category}-timings`, notes[`${category}-timings`] ?? 'not explained yet.')
      }
      below.push(`- **${label}, ${CATEGORY_NAMES[category]} ${summary.scores[category]}**: ${items.join(', ')}.`)
    }
  }
  const why = [...explained].map(([audit, note]) => `- \`${audit}\`: ${note}`)
  const indexes = results.map((r) => r.summary.benchmarkIndex).filter((b): b is number => b !== null)
  const host = indexes.length ? ` Host CPU: Lighthouse benchmark index ${Math.min(...indexes)}–${Math.max(...indexes)} (timings grow on slower hosts).` : ''
  const runs = Math.max(...results.map((r) => r.summary.runs))
  const pages = results.filter((r) => !r.reference)
  return [
    `Lighthouse ${meta.lighthouse}, mobile settings (emulated Moto G Power, simulated slow 4G: 150 ms RTT, 1.6 Mbit/s; 4× CPU slowdown), ` +
      `${meta.chromium}; the built site with base \`/gt-faq/\` on the local static server with gzip, as GitHub Pages serves it; ` +
      `median of ${runs} run${runs === 1 ? '' : 's'} per page, per column.${host} ` +
      `Measured ${meta.date} with \`npm run lighthouse\`.` +
      (pages.length < results.length
        ? ' The row in italics is plain VitePress 1.6.4 with the same theme (scripts/size/reference), measured in the same run as the yardstick, in turns with the pages (plain, each page, then again), so that what else the machine does falls on all alike.'
        : ''),
    '',
    table,
    '',
    below.length
      ? 'What keeps a score below 100:\n\n' + below.join('\n') + '\n\nWhy it stays:\n\n' + why.join('\n')
      : `All four scores are 100 on all ${pages.length} pages.`,
  ].join('\n')
}

/** README with `content` between the markers; throws when the markers are missing. */
export function spliceReadme(readme: string, content: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README has no ${START} … ${END} section`)
  return readme.slice(0, start + START.length) + '\n' + content.trim() + '\n' + readme.slice(end)
}
