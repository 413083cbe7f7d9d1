import { describe, expect, it } from 'vitest'
import { allQuestions } from '../../playground/logic/search/questions'
import { inventedPhrasings, realPhrasings } from '../../playground/logic/search/phrasings'
import { evalCases } from './cases'
import { opensAnswer, rankOf, summarise } from './score'

describe('search evaluation scoring', () => {
  it('counts a result when it opens the answer’s section, or any section of a page asked for whole', () => {
    expect(opensAnswer('/robot/messages#人', '/robot/messages#人')).toBe(true)
    expect(opensAnswer('/robot/messages#发送限制', '/robot/messages#人')).toBe(false)
    expect(opensAnswer('/troubleshooting#err-40089', '/troubleshooting')).toBe(true)
    expect(opensAnswer('/tools#选择工具', '/troubleshooting')).toBe(false)
    expect(rankOf(['/a#x', '/b#y'], '/b#y')).toBe(2)
    expect(rankOf(['/a#x'], '/b#y')).toBe(0)
  })

  it('summarises top-1 and top-3 per kind', () => {
    const s = summarise([
      { q: 'a', link: '/a', kind: 'index', results: ['/a#1'], rank: 1 },
      { q: 'b', link: '/b', kind: 'real', results: ['/x', '/y', '/b'], rank: 3 },
      { q: 'c', link: '/c', kind: 'invented', results: [], rank: 0 },
    ])
    expect([s.total, s.top1, s.top3]).toEqual([3, 1, 2])
    expect(s.byKind.real).toEqual({ total: 1, top1: 0, top3: 1 })
    expect(s.misses.map((m) => m.q)).toEqual(['b', 'c'])
  })
})

describe('the evaluation list', () => {
  it('holds the question index (at least 80) and at least 40 other phrasings, real ones with a source', () => {
    expect(allQuestions().length).toBeGreaterThanOrEqual(80)
    expect(realPhrasings.length + inventedPhrasings.length).toBeGreaterThanOrEqual(40)
    for (const p of realPhrasings) expect(p.source, p.q).toMatch(/^https?:\/\//)
    for (const p of inventedPhrasings) expect(p.source, p.q).toBeUndefined()
    for (const q of allQuestions()) expect(q.source, q.q).toMatch(/^https?:\/\//)
  })

  it('has no phrasing that is on the question page word for word, and no query twice', () => {
    const index = new Set(allQuestions().map((q) => q.q))
    for (const p of [...realPhrasings, ...inventedPhrasings]) expect(index.has(p.q), p.q).toBe(false)
    const all = evalCases().map((c) => c.q)
    expect(new Set(all).size).toBe(all.length)
  })

  it('links every query to a site path with a heading anchor (or a whole page)', () => {
    for (const c of evalCases()) expect(c.link, c.q).toMatch(/^\/[a-z/-]*(#[^\s#]+)?$/)
  })
})
