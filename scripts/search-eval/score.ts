import type { EvalCase } from './cases'

/** The results one query got (site paths with anchors, base removed, decoded) and where the answer ranked. */
export interface EvalResult extends EvalCase {
  results: string[]
  /** 1-based rank of the answer among the results, 0 when absent. */
  rank: number
}

/**
 * Whether a result opens the answer: the same page and the same section. A link without an
 * anchor asks for the page, so any section of it counts.
 */
export function opensAnswer(result: string, link: string): boolean {
  const [resultPage, resultAnchor = ''] = result.split('#')
  const [linkPage, linkAnchor] = link.split('#')
  if (resultPage !== linkPage) return false
  return linkAnchor === undefined || resultAnchor === linkAnchor
}

export function rankOf(results: string[], link: string): number {
  return results.findIndex((r) => opensAnswer(r, link)) + 1
}

export interface EvalSummary {
  total: number
  top1: number
  top3: number
  byKind: Record<EvalCase['kind'], { total: number; top1: number; top3: number }>
  misses: EvalResult[]
}

export function summarise(results: EvalResult[]): EvalSummary {
  const byKind = { index: { total: 0, top1: 0, top3: 0 }, real: { total: 0, top1: 0, top3: 0 }, invented: { total: 0, top1: 0, top3: 0 } }
  for (const r of results) {
    const k = byKind[r.kind]
    k.total++
    if (r.rank === 1) k.top1++
    if (r.rank >= 1 && r.rank <= 3) k.top3++
  }
  return {
    total: results.length,
    top1: results.filter((r) => r.rank === 1).length,
    top3: results.filter((r) => r.rank >= 1 && r.rank <= 3).length,
    byKind,
    misses: results.filter((r) => r.rank !== 1),
  }
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)} %`

export function formatSummary(s: EvalSummary): string {
  const lines = [
    `search eval: ${s.total} queries typed into the site's search box`,
    `  top-1 ${s.top1}/${s.total} (${pct(s.top1, s.total)}), top-3 ${s.top3}/${s.total} (${pct(s.top3, s.total)})`,
  ]
  for (const [kind, k] of Object.entries(s.byKind)) {
    lines.push(`  ${kind.padEnd(8)} top-1 ${k.top1}/${k.total} (${pct(k.top1, k.total)}), top-3 ${k.top3}/${k.total} (${pct(k.top3, k.total)})`)
  }
  const outOfTop3 = s.misses.filter((m) => m.rank === 0 || m.rank > 3)
  const notFirst = s.misses.filter((m) => m.rank >= 2 && m.rank <= 3)
  if (outOfTop3.length) {
    lines.push('', `not in the first three (${outOfTop3.length}):`)
    for (const m of outOfTop3) lines.push(`  ✗ ${m.q}  [${m.kind}]  want ${m.link}${m.rank ? ` (rank ${m.rank})` : ''}\n      got ${m.results.slice(0, 3).join(' | ') || '(nothing)'}`)
  }
  if (notFirst.length) {
    lines.push('', `second or third (${notFirst.length}):`)
    for (const m of notFirst) lines.push(`  · ${m.q}  [${m.kind}]  rank ${m.rank}, first ${m.results[0]}`)
  }
  return lines.join('\n')
}
