import { describe, expect, it } from 'vitest'
import { buildMessage, MAX_BODY_BYTES } from './build'
import { msgUuidKeeper, uuidFromBytes } from './msg-uuid'

describe('msgUuid in the editor (issue 20)', () => {
  it('is a v4 UUID from random bytes', () => {
    expect(uuidFromBytes(new Uint8Array(16).fill(255))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
  it('stays the same for the same message and changes with the message', () => {
    let n = 0
    const keeper = msgUuidKeeper(() => `id-${++n}`)
    expect(keeper.current('a')).toBe('id-1')
    expect(keeper.current('a')).toBe('id-1')
    expect(keeper.current('b')).toBe('id-2')
  })
  it('goes into the body and counts against the size limit', () => {
    const plain = buildMessage({ type: 'text', content: 'x' })
    const withId = buildMessage({ type: 'text', content: 'x' }, { msgUuid: 'abc' })
    expect(withId.body).toEqual({ ...plain.body, msgUuid: 'abc' })
    expect(withId.bytes).toBe(plain.bytes + ',"msgUuid":"abc"'.length)
    const near = 'x'.repeat(MAX_BODY_BYTES - plain.bytes)
    expect(buildMessage({ type: 'text', content: near }).findings).toEqual([])
    expect(buildMessage({ type: 'text', content: near }, { msgUuid: 'abc' }).findings.map((f) => f.code)).toEqual(['message.tooLarge'])
  })
})
