/**
 * Issue 25: the @ lists survive any paste. A 32,000-character entry made the old RegExp too large
 * (the editor disappeared), 16,000 numbers took seconds, `139-1234-5678` passed without a word,
 * and invalid entries went into the body.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../../examples'
import { renderPlain } from '../preview/render-inline'
import { renderDingTalkMarkdown } from '../preview/render-markdown'
import { addMissingMentions, buildMessage } from './index'
import { findMentions, MAX_MENTION_LENGTH } from './mention-scan'

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code)
/** CPU milliseconds spent so far: wall time on two shared cores measures the queue, not the code. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

describe('@ entries of any size', () => {
  const huge = '1'.repeat(40_000)
  it('a 40,000-character entry is answered, kept out of the body, and the preview still renders', () => {
    for (const at of [{ atMobiles: [huge] }, { atUserIds: [huge] }, { atUserIds: ['a'.repeat(200_000)] }]) {
      const r = buildMessage({ type: 'text', content: `通知 @${huge}`, at })
      expect(r.body.at).toBeUndefined()
      expect(r.findings.some((f) => f.level === 'error')).toBe(true)
      expect(() => renderPlain(`@${huge}`, { mentions: [huge] })).not.toThrow()
      expect(() => renderDingTalkMarkdown(`@${huge}`, { mentions: [huge] })).not.toThrow()
    }
  })
  it('16,000 numbers and a 200 KB text take well under a second', () => {
    const mobiles = Array.from({ length: 16_000 }, (_, i) => `138${String(i).padStart(8, '0')}`)
    const text = `@${EXAMPLE.mobile} `.repeat(200_000 / 13)
    const started = cpuMs()
    const r = buildMessage({ type: 'markdown', title: 't', text, at: { atMobiles: mobiles } })
    addMissingMentions({ type: 'text', content: text, at: { atMobiles: mobiles } })
    renderPlain(text, { mentions: mobiles })
    expect(cpuMs() - started).toBeLessThan(1500)
    // One line per kind of problem, not one per number.
    expect(r.findings.length).toBeLessThan(10)
  })
  it('a text of 200,000 @ signs against long names stays fast', () => {
    const names = Array.from({ length: MAX_MENTION_LENGTH }, (_, i) => 'x'.repeat(i + 1))
    const started = cpuMs()
    findMentions('@x'.repeat(100_000), names)
    findMentions('@'.repeat(200_000), names)
    findMentions(`@${'x'.repeat(200_000)}`, names)
    expect(cpuMs() - started).toBeLessThan(1500)
  })
})

describe('mobiles written with separators, and invalid entries', () => {
  it('139-1234-5678 is used as 13912345678, with a warning; the text must @ the plain number', () => {
    const r = buildMessage({ type: 'text', content: '请看 @13912345678', at: { atMobiles: ['139-1234-5678'] } })
    expect(r.body.at).toEqual({ atMobiles: ['13912345678'], isAtAll: false })
    expect(codes(r)).toEqual(['message.at.mobileCleaned'])
    expect(r.findings[0]!.level).toBe('warning')
    const missing = buildMessage({ type: 'text', content: '请看', at: { atMobiles: ['139-1234-5678'] } })
    expect(addMissingMentions({ type: 'text', content: '请看', at: { atMobiles: ['139-1234-5678'] } })).toMatchObject({ content: '请看 @13912345678' })
    expect(codes(missing)).toContain('message.at.notInText')
  })
  it('an @ typed in front of a mobile or userId is dropped with a warning', () => {
    const r = buildMessage({ type: 'text', content: `@${EXAMPLE.mobile} @user1`, at: { atMobiles: [`@${EXAMPLE.mobile}`], atUserIds: ['@user1'] } })
    expect(r.body.at).toEqual({ atMobiles: [EXAMPLE.mobile], atUserIds: ['user1'], isAtAll: false })
    expect(codes(r).sort()).toEqual(['message.at.mobileCleaned', 'message.at.userIdCleaned'])
  })
  it('entries that are certainly wrong are errors and stay out of the JSON', () => {
    const r = buildMessage({ type: 'text', content: `@abc @${EXAMPLE.mobile}`, at: { atMobiles: ['abc', '12345', EXAMPLE.mobile], atUserIds: ['a@b'] } })
    expect(r.body.at).toEqual({ atMobiles: [EXAMPLE.mobile], isAtAll: false })
    expect(JSON.stringify(r.body.at)).not.toMatch(/abc|12345"|a@b/)
    expect(codes(r).sort()).toEqual(['message.at.notMobile', 'message.at.notUserId'])
  })
  it('a real international mobile is never rejected', () => {
    expect(codes(buildMessage({ type: 'text', content: '@+85291234567', at: { atMobiles: ['+852 9123 4567'] } }))).toEqual(['message.at.mobileCleaned'])
  })
})

describe('findMentions', () => {
  // The old check, as a reference for short names: `@who` not followed by a word character.
  const reference = (text: string, who: string) => new RegExp(`@${who.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z_])`).test(text)
  it('agrees with the old regular expression on names it can search', () => {
    const char = fc.constantFrom('@', '1', '3', 'a', '_', ' ', '-', '张', '，')
    const str = (max: number) => fc.array(char, { maxLength: max }).map((a) => a.join(''))
    fc.assert(
      fc.property(str(30), fc.array(str(4).filter((w) => w !== '' && !w.includes('@')), { maxLength: 4 }), (text, names) => {
        const found = new Set(findMentions(text, names).map((m) => m.who))
        // A name found is mentioned; a name mentioned whose every occurrence is not shadowed by a longer one is found.
        for (const who of found) expect(reference(text, who)).toBe(true)
        for (const who of names) if (reference(text, who) && !names.some((o) => o.length > who.length && o.startsWith(who))) expect(found.has(who)).toBe(true)
      }),
    )
  })
})
