/**
 * The numbers we keep from a Lighthouse result (LHR): the four category scores, the main
 * timings, and the audits that cost points. Pure, so it is tested on small fake results.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

export const TIMINGS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const
export type Timing = keyof typeof TIMINGS

/** The part of Lighthouse's result type we read. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>
  environment?: { benchmarkIndex?: number }
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string } | undefined>
}

export interface LostPoints {
  category: Category
  audit: string
  title: string
  detail: string
}

export interface RunSummary {
  /** 0–100 each. */
  scores: Record<Category, number>
  /** Milliseconds, except CLS (unitless). */
  timings: Record<Timing, number>
  /** Weighted audits that did not pass. */
  lost: LostPoints[]
  /** Lighthouse's measure of the host's CPU speed (higher is faster); the timings scale with it. */
  benchmarkIndex: number | null
}

export function summarize(lhr: LhrLike): RunSummary {
  const scores = {} as Record<Category, number>
  const lost: LostPoints[] = []
  for (const category of CATEGORIES) {
    const c = lhr.categories[category]
    if (!c || c.score === null) throw new Error(`Lighthouse gave no ${category} score`)
    scores[category] = Math.round(c.score * 100)
    for (const ref of c.auditRefs) {
      const audit = lhr.audits[ref.id]
      if (!audit || ref.weight <= 0 || audit.score === null || audit.score >= 1) continue
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual' || audit.scoreDisplayMode === 'informative') continue
      lost.push({ category, audit: ref.id, title: audit.title, detail: audit.displayValue ?? `score ${Math.round(audit.score * 100)}` })
    }
  }
  const timings = {} as Record<Timing, number>
  for (const [key, id] of Object.entries(TIMINGS) as [Timing, string][]) {
    const value = lhr.audits[id]?.numericValue
    if (value === undefined) throw new Error(`Lighthouse gave no ${id}`)
    timings[key] = value
  }
  return { scores, timings, lost, benchmarkIndex: lhr.environment?.benchmarkIndex ?? null }
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface MedianSummary extends RunSummary {
  runs: number
  /** Lowest and highest value of each timing over the runs. */
  ranges: Record<Timing, [number, number]>
  /** How many of the runs lost points on each audit. */
  lostIn: Record<string, number>
}

/** Per-column medians over several runs of one page; lost points from any run, with how often. */
export function medianOf(runs: RunSummary[]): MedianSummary {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>
  const timings = Object.fromEntries(
    (Object.keys(TIMINGS) as Timing[]).map((t) => [t, median(runs.map((r) => r.timings[t]))]),
  ) as Record<Timing, number>
  const ranges = Object.fromEntries(
    (Object.keys(TIMINGS) as Timing[]).map((t) => {
      const values = runs.map((r) => r.timings[t])
      return [t, [Math.min(...values), Math.max(...values)]]
    }),
  ) as Record<Timing, [number, number]>
  const lost = new Map<string, LostPoints>()
  const lostIn: Record<string, number> = {}
  for (const run of runs) {
    for (const l of run.lost) {
      const key = `${l.category}/${l.audit}`
      if (!lost.has(key)) lost.set(key, l)
      lostIn[key] = (lostIn[key] ?? 0) + 1
    }
  }
  const indexes = runs.map((r) => r.benchmarkIndex).filter((b): b is number => b !== null)
  const benchmarkIndex = indexes.length ? median(indexes) : null
  return { scores, timings, lost: [...lost.values()], runs: runs.length, ranges, lostIn, benchmarkIndex }
}
