import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../../playground/logic/examples'
import { createRedactor } from './redact'

describe('createRedactor', () => {
  it('masks registered secrets wherever they appear, also URL-encoded', () => {
    const r = createRedactor()
    r.protect(EXAMPLE.appSecret)
    r.protect('a+b/c=secret')
    const text = `x ${EXAMPLE.appSecret} y ${encodeURIComponent('a+b/c=secret')} z a+b/c=secret`
    const out = r.redact(text)
    expect(out).not.toContain(EXAMPLE.appSecret)
    expect(out).not.toContain('a+b/c=secret')
    expect(out).not.toContain(encodeURIComponent('a+b/c=secret'))
    expect(out).toContain('******')
  })

  it('leaves text alone when nothing is registered, and ignores too-short values', () => {
    const r = createRedactor()
    r.protect('')
    r.protect(undefined)
    r.protect('ab')
    expect(r.redact('ab cd')).toBe('ab cd')
  })
})
