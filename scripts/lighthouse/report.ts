/** The Lighthouse table for the README, and the README splice between its markers. */
import { CATEGORIES, type Category, type MedianSummary } from './summary'

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
}

export interface ReportMeta {
  date: string
  lighthouse: string
  chromium: string
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`)

export function formatLighthouseReport(results: PageResult[], meta: ReportMeta, notes: Record<string, string>): string {
  const header = ['Page', ...CATEGORIES.map((c) => CATEGORY_NAMES[c]), 'FCP', 'LCP', 'TBT', 'CLS', 'SI']
  const rows = results.map(({ path, label, summary: s }) => [
    `${label} (\`/${path}\`)`,
    ...CATEGORIES.map((c) => String(s.scores[c])),
    ms(s.timings.fcp),
    ms(s.timings.lcp),
    ms(s.timings.tbt),
    s.timings.cls.toFixed(3),
    ms(s.timings.si),
  ])
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
  const below: string[] = []
  for (const { path, label, summary } of results) {
    for (const category of CATEGORIES) {
      if (summary.scores[category] >= 100) continue
      const lost = summary.lost.filter((l) => l.category === category)
      const lines = lost.map((l) => {
        const seen = summary.lostIn[`${l.category}/${l.audit}`] ?? 0
        const why = notes[l.audit] ?? 'not explained yet.'
        return `  - \`${l.audit}\` (${l.title}; ${l.detail}; in ${seen} of ${summary.runs} runs): ${why}`
      })
      if (!lines.length) lines.push(`  - no single audit fails: the score is the weighted sum of the timings above. ${notes[`${category}-timings`] ?? ''}`.trimEnd())
      below.push(`- **${label}, ${CATEGORY_NAMES[category]} ${summary.scores[category]}**:\n${lines.join('\n')}`)
    }
  }
  return [
    `Lighthouse ${meta.lighthouse}, mobile settings (emulated Moto G Power, simulated slow 4G and 4× CPU slowdown), ` +
      `${meta.chromium}, built site with base \`/gt-faq/\` on the local static server; median of 3 runs per page. ` +
      `Measured ${meta.date} with \`npm run lighthouse\`.`,
    '',
    table,
    '',
    below.length ? 'What keeps a score below 100, and why it stays:\n\n' + below.join('\n') : 'All four scores are 100 on all four pages.',
  ].join('\n')
}

/** README with `content` between the markers; throws when the markers are missing. */
export function spliceReadme(readme: string, content: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README has no ${START} … ${END} section`)
  return readme.slice(0, start + START.length) + '\n' + content.trim() + '\n' + readme.slice(end)
}
