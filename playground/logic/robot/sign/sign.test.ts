import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sign, signBase64 } from './sign'

// A3, A4: a public Swift test (PushSigningAndResponseTests) made with the docs' Python sample
// (https://open.dingtalk.com/document/dingstart/customize-robot-security-settings).
// C1: computed by us (not independent) on the inputs of the 免登 vector B2 below,
// from github.com/francistm/dingtalk-sdk spec/dingtalk_spec.rb.
const VECTORS = [
  {
    id: 'A3',
    timestamp: '1577262236757',
    secret: 'this is secret',
    base64: 'hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=',
    encoded: 'hmPWwU%2B7lVdm3ZZz0r9tSfx0L4Q26jWOZr9%2BGs6EZQM%3D',
  },
  {
    id: 'A4',
    timestamp: '1700000000000',
    secret: 'SEC1234567890abcdef',
    base64: 'RqBq3E1RTBDv3n2QBCh4adZ2WHk9mVklyUoDBLxarjI=',
    encoded: 'RqBq3E1RTBDv3n2QBCh4adZ2WHk9mVklyUoDBLxarjI%3D',
  },
  {
    id: 'C1',
    timestamp: '1546084445901',
    secret: 'testappSecret',
    base64: 'fYP0TV8RJULxGabs59wSO94FZbNekbH7ebQJu2oy+/0=',
    encoded: 'fYP0TV8RJULxGabs59wSO94FZbNekbH7ebQJu2oy%2B%2F0%3D',
  },
]

const nodeSign = (secret: string, timestamp: string) =>
  createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64')

describe('sign', () => {
  it.each(VECTORS)('matches the published vector $id', ({ timestamp, secret, base64, encoded }) => {
    expect(signBase64(secret, timestamp)).toBe(base64)
    expect(sign(secret, timestamp)).toBe(encoded)
    expect(sign(secret, Number(timestamp))).toBe(encoded)
  })

  it('is not the login-free (免登) signature on the same inputs (vector B2)', () => {
    expect(signBase64('testappSecret', '1546084445901')).not.toBe('HCbG3xNE3vzhO+u7qCUL1jS5hsu2n5r2cFhnTrtyDAE=')
  })

  it('equals Node crypto for random secrets and timestamps, any unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat({ max: 9_999_999_999_999 }), (secret, ts) => {
        expect(signBase64(secret, ts)).toBe(nodeSign(secret, String(ts)))
        expect(sign(secret, String(ts))).toBe(encodeURIComponent(nodeSign(secret, String(ts))))
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('equals Node crypto on lone surrogates (both replace them by U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }), (secret) => {
        expect(signBase64(secret, '1700000000000')).toBe(nodeSign(secret, '1700000000000'))
      }),
    )
  }, 60_000)

  it('signs a 100 KB secret like Node', () => {
    const big = 'SEC' + '密'.repeat(34_000)
    expect(signBase64(big, 1)).toBe(nodeSign(big, '1'))
  })
})
