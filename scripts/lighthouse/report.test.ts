import { describe, expect, it } from 'vitest'
import { END, formatLighthouseReport, spliceReadme, START } from './report'
import type { MedianSummary } from './summary'

function summary(scores: [number, number, number, number], lost: MedianSummary['lost'] = []): MedianSummary {
  const [performance, accessibility, bestPractices, seo] = scores
  return {
    scores: { performance, accessibility, 'best-practices': bestPractices, seo },
    timings: { fcp: 912.4, lcp: 1530, tbt: 12, cls: 0.0012, si: 1100 },
    lost,
    runs: 3,
    ranges: { fcp: [900, 950], lcp: [1500, 1600], tbt: [0, 1818], cls: [0, 0.01], si: [1000, 1200] },
    lostIn: Object.fromEntries(lost.map((l) => [`${l.category}/${l.audit}`, 2])),
    benchmarkIndex: 600,
  }
}

const META = { date: '2026-11-24', lighthouse: '12.8.2', chromium: 'Chromium 156' }

describe('formatLighthouseReport', () => {
  it('makes one row per page with the four scores and the timings', () => {
    const text = formatLighthouseReport([{ path: '', label: '首页', summary: summary([100, 100, 100, 100]) }], META, {})
    expect(text).toContain('| Page | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | SI |')
    expect(text).toContain('| 首页 (`/`) | 100 | 100 | 100 | 100 | 912 ms | 1.5 s | 12 ms (0–1818) | 0.001 | 1.1 s |')
    expect(text).toContain('All four scores are 100 on all 1 pages.')
    expect(text).toContain('Lighthouse 12.8.2')
    expect(text).toContain('median of 3 runs per page')
    expect(text).toContain('benchmark index 600–600')
  })

  it('says what keeps a score below 100, with the reason from the notes or a flag when there is none', () => {
    const lost = [
      { category: 'seo' as const, audit: 'robots-txt', title: 'robots.txt is not valid', detail: '1 error' },
      { category: 'best-practices' as const, audit: 'mystery', title: 'Something', detail: 'score 0' },
    ]
    const text = formatLighthouseReport(
      [{ path: 'tools', label: '工具箱', summary: summary([100, 100, 96, 92], lost) }],
      META,
      { 'robots-txt': 'GitHub Pages serves the origin root, not ours.' },
    )
    expect(text).toContain('- **工具箱, SEO 92**: `robots-txt` 1 error (in 2 of 3 runs).')
    expect(text).toContain('- **工具箱, Best practices 96**: `mystery` score 0 (in 2 of 3 runs).')
    expect(text).toContain('- `robots-txt`: GitHub Pages serves the origin root, not ours.')
    expect(text).toContain('- `mystery`: not explained yet.')
    expect(text).not.toContain('All four scores are 100')
  })

  it('explains a performance score below 100 that no single audit causes', () => {
    const text = formatLighthouseReport([{ path: '', label: '首页', summary: summary([98, 100, 100, 100]) }], META, {
      'performance-timings': 'Simulated slow 4G.',
    })
    expect(text).toContain('**首页, Performance 98**: no single audit; the score is the weighted sum of the timings above.')
    expect(text).toContain('- `performance-timings`: Simulated slow 4G.')
  })
  it('shows the plain VitePress yardstick in italics and does not explain its scores', () => {
    const text = formatLighthouseReport(
      [
        { path: '', label: '首页', summary: summary([100, 100, 100, 100]) },
        { path: 'guide', label: 'plain VitePress', summary: summary([95, 100, 100, 100]), reference: true },
      ],
      META,
      {},
    )
    expect(text).toContain('| *plain VitePress* (`/guide`) | 95 |')
    expect(text).not.toContain('Performance 95**')
    expect(text).toContain('All four scores are 100 on all 1 pages.')
    expect(text).toContain('The row in italics is plain VitePress')
  })
})

it('explains an audit once however many pages it affects', () => {
  const lost = [{ category: 'performance' as const, audit: 'total-blocking-time', title: 'Total Blocking Time', detail: '600 ms' }]
  // The median TBT is in the table (12 ms here); the list does not repeat one run's value.
  const text = formatLighthouseReport(
    [
      { path: '', label: '首页', summary: summary([90, 100, 100, 100], lost) },
      { path: 'tools', label: '工具箱', summary: summary([85, 100, 100, 100], lost) },
    ],
    META,
    { 'total-blocking-time': 'Hydration.' },
  )
  expect(text.match(/Hydration\./g)).toHaveLength(1)
  expect(text).toContain('- **工具箱, Performance 85**: `total-blocking-time` (in 2 of 3 runs).')
  expect(text).not.toContain('600 ms')
})

describe('spliceReadme', () => {
  const readme = `# Title\n\n${START}\nold table\n${END}\n\n## After\n`

  it('replaces only what is between the markers', () => {
    const next = spliceReadme(readme, 'new table')
    expect(next).toBe(`# Title\n\n${START}\nnew table\n${END}\n\n## After\n`)
    expect(spliceReadme(next, 'new table')).toBe(next)
  })

  it('refuses a README without the markers', () => {
    expect(() => spliceReadme('# Title\n', 'x')).toThrow(/lighthouse:start/)
  })
})
