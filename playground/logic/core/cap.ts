import type { Finding } from './findings'

/**
 * A pasted list of 10 000 duplicate IPs should not produce 10 000 messages: keep the first few
 * findings of each code and sum up the rest in one finding of the same level.
 */
export function capFindings(findings: readonly Finding[], perCode = 3): Finding[] {
  const seen = new Map<string, number>()
  const out: Finding[] = []
  for (const f of findings) {
    const n = (seen.get(f.code) ?? 0) + 1
    seen.set(f.code, n)
    if (n <= perCode) out.push(f)
  }
  for (const [code, n] of seen) {
    if (n > perCode) {
      const level = findings.find((f) => f.code === code)?.level ?? 'warning'
      out.push({ level, code: `${code}.more`, message: `另有 ${n - perCode} 处同类问题（与上面相同），请一并检查。` })
    }
  }
  return out
}
