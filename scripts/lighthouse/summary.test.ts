import { describe, expect, it } from 'vitest'
import { median, medianOf, summarize, type LhrLike } from './summary'

function lhr(scores: [number, number, number, number], timings: number[], failing: { id: string; category: string; score: number; weight?: number; mode?: string }[] = []): LhrLike {
  const cats = ['performance', 'accessibility', 'best-practices', 'seo']
  const audits: LhrLike['audits'] = {}
  const ids = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
  ids.forEach((id, i) => (audits[id] = { id, title: id, score: 1, scoreDisplayMode: 'numeric', numericValue: timings[i] }))
  for (const f of failing) audits[f.id] = { id: f.id, title: `Title of ${f.id}`, score: f.score, scoreDisplayMode: f.mode ?? 'binary', displayValue: f.id === 'x' ? '3 items' : undefined }
  const categories: LhrLike['categories'] = {}
  cats.forEach((c, i) => {
    categories[c] = {
      score: scores[i]! / 100,
      auditRefs: [
        ...(c === 'performance' ? ids.map((id) => ({ id, weight: 10 })) : []),
        ...failing.filter((f) => f.category === c).map((f) => ({ id: f.id, weight: f.weight ?? 1 })),
      ],
    }
  })
  return { categories, audits }
}

describe('summarize', () => {
  it('reads the four scores (0–100) and the five timings', () => {
    const s = summarize(lhr([98, 100, 96, 100], [900, 1200, 30, 0.01, 1000]))
    expect(s.scores).toEqual({ performance: 98, accessibility: 100, 'best-practices': 96, seo: 100 })
    expect(s.timings).toEqual({ fcp: 900, lcp: 1200, tbt: 30, cls: 0.01, si: 1000 })
    expect(s.lost).toEqual([])
  })

  it('lists the weighted audits that lose points, and skips weightless or not applicable ones', () => {
    const s = summarize(
      lhr([100, 100, 96, 92], [1, 1, 1, 1, 1], [
        { id: 'errors-in-console', category: 'best-practices', score: 0 },
        { id: 'x', category: 'seo', score: 0.5 },
        { id: 'weightless', category: 'seo', score: 0, weight: 0 },
        { id: 'na', category: 'seo', score: 0, mode: 'notApplicable' },
      ]),
    )
    expect(s.lost).toEqual([
      { category: 'best-practices', audit: 'errors-in-console', title: 'Title of errors-in-console', detail: 'score 0' },
      { category: 'seo', audit: 'x', title: 'Title of x', detail: '3 items' },
    ])
  })

  it('refuses a result without a score', () => {
    const broken = lhr([100, 100, 100, 100], [1, 1, 1, 1, 1])
    broken.categories.seo!.score = null
    expect(() => summarize(broken)).toThrow(/seo/)
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([1200, 900, 5000])).toBe(1200)
    expect(median([1, 2, 3, 4])).toBe(2.5)
    expect(() => median([])).toThrow()
  })
})

describe('medianOf', () => {
  it('takes each column’s median over the runs and counts how often an audit failed', () => {
    const runs = [
      summarize(lhr([90, 100, 100, 100], [800, 1500, 10, 0, 900])),
      summarize(lhr([99, 100, 96, 100], [700, 1100, 0, 0, 800], [{ id: 'errors-in-console', category: 'best-practices', score: 0 }])),
      summarize(lhr([97, 100, 100, 100], [750, 1200, 40, 0.02, 1000])),
    ]
    const m = medianOf(runs)
    expect(m.scores).toEqual({ performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 })
    expect(m.timings).toEqual({ fcp: 750, lcp: 1200, tbt: 10, cls: 0, si: 900 })
    expect(m.runs).toBe(3)
    expect(m.ranges.tbt).toEqual([0, 40])
    expect(m.ranges.lcp).toEqual([1100, 1500])
    expect(m.lost.map((l) => l.audit)).toEqual(['errors-in-console'])
    expect(m.lostIn['best-practices/errors-in-console']).toBe(1)
  })
})
