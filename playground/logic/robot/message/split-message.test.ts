import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMissingMentions, buildMessage, MAX_BODY_BYTES } from './build'
import { splitDraft } from './split-message'

const body = (p: { type: string; content?: string; text?: string }) => (p.type === 'text' ? p.content! : p.text!)
const withoutHeader = (s: string) => s.slice(s.indexOf('\n') + 1)

describe('splitDraft', () => {
  it('never sends a short line as a part of its own when a long line follows it', () => {
    const text = `跟投日报\n${'长'.repeat(15_000)}`
    const parts = splitDraft({ type: 'text', content: text }, ['跟投'])
    // 45 000 bytes of body fit in 3 parts of 20 000; a part holding only the first line would make 4.
    expect(parts).toHaveLength(3)
    expect(withoutHeader(body(parts[0]!))).toMatch(/^跟投日报\n长/)
    expect(parts.map((p) => withoutHeader(body(p))).join('')).toBe(text)
    parts.forEach((p) => expect(buildMessage(p, { keywords: ['跟投'] }).bytes).toBeLessThanOrEqual(MAX_BODY_BYTES))
  })

  it('leaves a message that fits alone', () => {
    const draft = { type: 'text' as const, content: '跟投：今日报表已生成' }
    expect(splitDraft(draft, ['跟投'])).toEqual([draft])
  })

  it('cuts at line boundaries into numbered parts within the limit, losing nothing', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `- 项目 ${i}：跟投金额 ${i * 1000} 元`).join('\n')
    const parts = splitDraft({ type: 'markdown', title: '跟投日报', text }, ['跟投'])
    expect(parts.length).toBeGreaterThan(2)
    parts.forEach((p, i) => {
      expect(p.type).toBe('markdown')
      expect((p as { title: string }).title).toBe(`跟投日报（${i + 1}/${parts.length}）`)
      expect(buildMessage(p, { keywords: ['跟投'] }).bytes).toBeLessThanOrEqual(MAX_BODY_BYTES)
    })
    expect(parts.map((p) => withoutHeader(body(p))).join('\n')).toBe(text)
  })

  it('puts the keyword into a part that lacks it, and @ only on the last part', () => {
    const text = '跟投\n' + '数据行\n'.repeat(8000)
    const parts = splitDraft({ type: 'text', content: text, at: { atMobiles: ['13800000000'] } }, ['跟投'])
    expect(parts.length).toBeGreaterThan(1)
    for (const p of parts) {
      const built = buildMessage(addMissingMentions(p), { keywords: ['跟投'] })
      expect(built.findings.filter((f) => f.level === 'error')).toEqual([])
      expect(built.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES)
    }
    expect(parts.slice(0, -1).every((p) => !('at' in p))).toBe(true)
    expect(parts.at(-1)).toHaveProperty('at')
    expect(body(parts[1]!).startsWith('跟投（2/')).toBe(true)
  })

  it('cuts a single line longer than the limit between characters (emoji kept whole)', () => {
    const text = '😀长"\\'.repeat(9000)
    const parts = splitDraft({ type: 'text', content: text })
    expect(parts.length).toBeGreaterThan(1)
    for (const p of parts) expect(buildMessage(p).bytes).toBeLessThanOrEqual(MAX_BODY_BYTES)
    expect(parts.map((p) => withoutHeader(body(p))).join('')).toBe(text)
  })

  it('any text: every part fits a small limit and the text comes back whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        const parts = splitDraft({ type: 'text', content: text }, [], 1000)
        if (parts.length === 1) return
        for (const p of parts) expect(buildMessage(p).bytes).toBeLessThanOrEqual(1000)
        const lines = parts.map((p) => withoutHeader(body(p)))
        expect(lines.join('\n').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''))
      }),
      { numRuns: 100 },
    )
  })
})
