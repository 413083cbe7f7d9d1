import { describe, expect, it } from 'vitest'
import { capFindings } from './cap'
import { error, warning } from './findings'
import { nonPublicRange, parseIp } from './ipv4'
import { splitCommaList } from './list'
import { splitList, splitPieces } from './split-list'
import { normalizeInput } from './normalize'
import { charCount, preview, toWellFormed, utf8Bytes } from './text'

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code)

describe('normalizeInput', () => {
  it('leaves a clean value alone', () => expect(normalizeInput('abc')).toEqual({ value: 'abc', findings: [] }))
  it('reports each kind of change once', () => {
    expect(codes(normalizeInput('\u200Ba\u200Bb'))).toEqual(['normalize.zeroWidth'])
    expect(normalizeInput('a\u00A0b').value).toBe('ab')
    expect(normalizeInput('ＡＢＣ１２３！').value).toBe('ABC123!')
    expect(normalizeInput('\u3000x\u3000').value).toBe('x')
    expect(codes(normalizeInput(' x '))).toEqual(['normalize.trim'])
  })
  it('free text keeps full-width punctuation and turns NBSP into a space', () => {
    expect(normalizeInput('跟投（测试），好', { freeText: true })).toEqual({ value: '跟投（测试），好', findings: [] })
    expect(normalizeInput('a\u00A0b', { freeText: true }).value).toBe('a b')
  })
  it('accepts a non-string at run time', () => expect(normalizeInput(undefined as unknown as string).value).toBe(''))
})

describe('text helpers', () => {
  it('toWellFormed replaces only lone surrogates', () => {
    expect(toWellFormed('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀')
    expect(toWellFormed('\uD83D')).toBe('\uFFFD')
  })
  it('counts characters and UTF-8 bytes like Node', () => {
    for (const s of ['', 'a', '跟投', '😀', 'a\uD800', '\uDC00\uD800']) {
      expect(utf8Bytes(s)).toBe(Buffer.byteLength(s, 'utf8'))
    }
    expect(charCount('跟😀a')).toBe(3)
  })
  it('preview shortens long values', () => expect(preview('x'.repeat(100), 5)).toBe('“xxxxx…”'))
  it('splitList keeps spaces inside items when spaces do not separate (keywords)', () =>
    expect(splitList(' 告警 通知 ，部署\n 上线；', { spaces: false })).toEqual(['告警 通知', '部署', '上线']))
  it('splitPieces keeps the empty piece between two commas, so callers can say so', () =>
    expect(splitPieces('a,,b')).toEqual(['a', '', 'b']))
  it('splitList splits on English and Chinese separators', () => expect(splitList('a,b，c、d;e；f g\nh')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']))
})

describe('splitCommaList', () => {
  it('English commas: no findings', () => expect(splitCommaList('a,b')).toEqual({ items: ['a', 'b'], findings: [] }))
  it('says what it fixed', () => {
    expect(codes(splitCommaList('a，b'))).toEqual(['list.chineseComma'])
    expect(codes(splitCommaList('a b'))).toEqual(['list.separator'])
    expect(codes(splitCommaList('a,,b,'))).toEqual(['list.emptyItem'])
  })
})

describe('parseIp', () => {
  it('reads addresses, wildcards and prefixes', () => {
    expect(parseIp('203.0.113.10')).toEqual({ kind: 'ipv4', octets: [203, 0, 113, 10], prefix: null, leadingZero: false })
    expect(parseIp('198.51.100.*')).toMatchObject({ kind: 'ipv4', octets: [198, 51, 100, '*'] })
    expect(parseIp('198.51.100.0/24')).toMatchObject({ prefix: 24 })
    expect(parseIp('203.0.113.010')).toMatchObject({ leadingZero: true })
  })
  it('tells IPv6 and invalid forms apart', () => {
    expect(parseIp('::1').kind).toBe('ipv6')
    expect(parseIp('2001:db8::/32').kind).toBe('ipv6')
    expect(parseIp('1.2.3.4/40').kind).toBe('invalid')
    expect(parseIp('1.2.3.4:80').kind).toBe('invalid')
    expect(parseIp('a.b.c.d').kind).toBe('invalid')
  })
  it('classifies non-public ranges', () => {
    expect(nonPublicRange([127, 0, 0, 1])).toBe('本机回环地址')
    expect(nonPublicRange([172, 31, 0, 1])).toBe('局域网（私有）地址')
    expect(nonPublicRange([172, 32, 0, 1])).toBeNull()
    expect(nonPublicRange([100, 64, 0, 1])).toContain('CGNAT')
    expect(nonPublicRange([203, 0, 113, 1])).toBeNull()
  })
})

describe('capFindings', () => {
  it('keeps three per code and sums up the rest at the same level', () => {
    const many = Array.from({ length: 10 }, () => error('x', '错'))
    const capped = capFindings([...many, warning('y', '警')])
    expect(capped.map((f) => f.code)).toEqual(['x', 'x', 'x', 'y', 'x.more'])
    expect(capped[4]).toMatchObject({ level: 'error' })
    expect(capped[4]?.message).toContain('7')
  })
})
