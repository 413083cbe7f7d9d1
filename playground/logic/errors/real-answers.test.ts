/**
 * The rate on real answers: what people pasted into public issue threads, logs and pages, each with
 * its source and the cause the thread found (testdata/real-answers.json). Invented examples live in
 * testdata/invented-answers.json and are not counted.
 */
import { describe, expect, it } from 'vitest'
import { diagnose, ERROR_CATALOG } from './catalog'
import { officialTable } from './official-shards'
import invented from './testdata/invented-answers.json'
import real from './testdata/real-answers.json'

interface Case {
  source: string
  text: string
  id: string
  cause: string
  errcode?: number | string
}

const REAL = real as Case[]
const INVENTED = invented as Case[]
const ids = new Set(ERROR_CATALOG.map((e) => e.id))

async function right(c: Case): Promise<{ ok: boolean; got: string }> {
  const d = await diagnose(c.text, officialTable)
  const codeOk = c.errcode === undefined || String(d.errcode).toLowerCase() === String(c.errcode).toLowerCase()
  return { ok: d.matched && d.id === c.id && codeOk, got: `${d.id} (errcode ${d.errcode})` }
}

describe('real answers (testdata/real-answers.json)', () => {
  it('holds at least 80 answers, each with its source, the cause and an expected entry that exists', () => {
    expect(REAL.length).toBeGreaterThanOrEqual(80)
    for (const c of REAL) {
      expect(c.source, c.text).toMatch(/^https:\/\/|^public repository file/)
      expect(c.text.trim().length).toBeGreaterThan(0)
      expect(c.cause.length).toBeGreaterThan(0)
      expect(c.id.startsWith('official:') || ids.has(c.id), c.id).toBe(true)
    }
  })

  it('diagnoses at least 90 % of them right (entry and errcode)', async () => {
    const misses: string[] = []
    for (const c of REAL) {
      const r = await right(c)
      if (!r.ok) misses.push(`${c.source}\n    expected ${c.id} (errcode ${c.errcode ?? 'any'}), got ${r.got}`)
    }
    const rate = (REAL.length - misses.length) / REAL.length
    console.log(`real answers diagnosed right: ${REAL.length - misses.length} of ${REAL.length} (${(rate * 100).toFixed(1)} %)`)
    if (misses.length) console.log('misses:\n  ' + misses.join('\n  '))
    expect(rate).toBeGreaterThanOrEqual(0.9)
  })
})

describe('invented answers (testdata/invented-answers.json, not counted)', () => {
  it.each(INVENTED.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const r = await right(c)
    expect(r.got).toBe(r.ok ? r.got : `${c.id} (errcode ${c.errcode ?? 'any'})`)
  })
})
