import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  beijingTime,
  CALLBACK_DOCS_EXAMPLE,
  checkCallbackKey,
  checkCallbackSign,
  checkCallbackTimestamp,
  constantTimeEqual,
  describeAge,
  verifyCallback,
} from './verify-callback'

// Real inputs first. DingTalk's example request header and the key of its Java sample
// (https://open.dingtalk.com/document/development/receive-message: "timestamp": "1577262236757",
// appSecret = "this is a secret"); DingTalk prints no sign. The sign is the one of a public Rust test
// of an inbound robot callback ("calculated independently with Python hmac/hashlib"), kept with the
// CLI's vectors as B1 (scripts/cli/testing/sign-vectors.ts); Node's crypto agrees below.
const DOCS = { timestamp: '1577262236757', key: 'this is a secret', sign: 'DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=' }
// The same recipe with the 加签 sample's key "this is secret"
// (https://open.dingtalk.com/document/dingstart/customize-robot-security-settings), from a public
// Swift test (A3 in sign-vectors.ts); has two "+".
const ROBOT = { timestamp: '1577262236757', key: 'this is secret', sign: 'hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=' }

// Invented cases below this line: made up for the test, nothing to do with DingTalk.
const KEY = 'dingexampleAppSecret-0123456789abcdefghijklmnopqrstuvwxyzABCDEF'
const NOW = Date.parse('2026-11-24T14:00:00Z')
const nodeSign = (key: string, ts: string) => createHmac('sha256', key).update(`${ts}\n${key}`, 'utf8').digest('base64')
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code)

describe('the published examples', () => {
  it('DingTalk’s callback example: right key and algorithm, long expired (2019)', () => {
    expect(nodeSign(DOCS.key, DOCS.timestamp)).toBe(DOCS.sign)
    const { verdict } = verifyCallback(DOCS, NOW)
    expect(verdict).toMatchObject({ reason: 'expired', valid: false, signMatches: true, expected: DOCS.sign, time: '2019-12-25 16:23:56' })
    expect(verdict!.headline).toContain('密钥和算法都对')
    expect(verdict!.headline).toContain('天')
  })

  it('is valid at its own time, and within an hour either side, not beyond', () => {
    const at = Number(DOCS.timestamp)
    expect(verifyCallback(DOCS, at).verdict!.reason).toBe('ok')
    expect(verifyCallback(DOCS, at + 3_600_000).verdict!.reason).toBe('ok')
    expect(verifyCallback(DOCS, at + 3_600_001).verdict!.reason).toBe('expired')
    expect(verifyCallback(DOCS, at - 3_600_000).verdict!.reason).toBe('ok')
    expect(verifyCallback(DOCS, at - 3_600_001).verdict!.reason).toBe('future')
  })

  it('the 加签 sample key, as given, URL-encoded and form-decoded', () => {
    const at = Number(ROBOT.timestamp)
    for (const sign of [ROBOT.sign, encodeURIComponent(ROBOT.sign), ROBOT.sign.replace(/\+/g, ' ')]) {
      expect(verifyCallback({ ...ROBOT, sign }, at).verdict!.reason, sign).toBe('ok')
    }
    expect(codes(checkCallbackSign(encodeURIComponent(ROBOT.sign)))).toEqual(['callbackSign.urlEncoded'])
    expect(codes(checkCallbackSign(ROBOT.sign.replace(/\+/g, ' ')))).toEqual(['callbackSign.space'])
  })

  it('the example the widget fills in is the docs’ one', () => expect(CALLBACK_DOCS_EXAMPLE).toEqual(DOCS))
})

describe('verdicts (invented key)', () => {
  const ts = String(NOW - 5 * 60_000)
  const good = nodeSign(KEY, ts)

  it('ok, mismatch for another key or an altered sign, mismatch before expiry', () => {
    expect(verifyCallback({ timestamp: ts, sign: good, key: KEY }, NOW).verdict).toMatchObject({ reason: 'ok', valid: true, advice: [] })
    const wrongKey = verifyCallback({ timestamp: ts, sign: good, key: KEY + 'x' }, NOW).verdict!
    expect(wrongKey).toMatchObject({ reason: 'mismatch', signMatches: false, expected: nodeSign(KEY + 'x', ts) })
    expect(wrongKey.headline).toContain('不一致')
    const altered = good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11)
    expect(verifyCallback({ timestamp: ts, sign: altered, key: KEY }, NOW).verdict!.reason).toBe('mismatch')
    const old = String(NOW - 3 * 3_600_000)
    expect(verifyCallback({ timestamp: old, sign: good, key: KEY }, NOW).verdict!.reason).toBe('mismatch')
    expect(verifyCallback({ timestamp: old, sign: nodeSign(KEY, old), key: KEY }, NOW).verdict!.headline).toContain('3 小时')
    const later = String(NOW + 2 * 3_600_000)
    expect(verifyCallback({ timestamp: later, sign: nodeSign(KEY, later), key: KEY }, NOW).verdict!.reason).toBe('future')
  })

  it('no verdict without a usable key, timestamp, sign or clock', () => {
    expect(verifyCallback({ timestamp: ts, sign: good, key: '' }, NOW).verdict).toBeNull()
    expect(verifyCallback({ timestamp: '', sign: good, key: KEY }, NOW).verdict).toBeNull()
    expect(verifyCallback({ timestamp: ts, sign: '  ', key: KEY }, NOW).verdict).toBeNull()
    expect(verifyCallback({ timestamp: ts, sign: good, key: KEY }, 0).verdict).toBeNull()
    expect(verifyCallback({ timestamp: ts, sign: good, key: KEY }, Number.NaN).verdict).toBeNull()
  })

  it('a sign of the wrong shape is an error at the field and a mismatch', () => {
    const r = verifyCallback({ timestamp: ts, sign: 'abc', key: KEY }, NOW)
    expect(codes(r.sign)).toEqual(['callbackSign.shape'])
    expect(r.sign.findings[0]!.message).toContain('3 个字符')
    expect(r.verdict!.reason).toBe('mismatch')
  })

  it('uses the comparison it is given', () => {
    expect(verifyCallback({ timestamp: ts, sign: good, key: KEY }, NOW, () => false).verdict!.reason).toBe('mismatch')
  })
})

describe('a sign form-decoded ("+" became a space), invented keys', () => {
  const ts = String(NOW - 60_000)
  /** The first invented key whose sign begins with `prefix` (deterministic: the same key every run). */
  const keyWhoseSignStarts = (prefix: string) => {
    for (let i = 0; ; i++) if (nodeSign(`${KEY}-${i}`, ts).startsWith(prefix)) return `${KEY}-${i}`
  }

  it('is ok also when the sign begins with "+", which form decoding then trimming had removed', () => {
    for (const prefix of ['+', '++']) {
      const key = keyWhoseSignStarts(prefix)
      const formDecoded = nodeSign(key, ts).replace(/\+/g, ' ')
      expect(formDecoded.startsWith(' '.repeat(prefix.length))).toBe(true)
      const r = verifyCallback({ timestamp: ts, sign: formDecoded, key }, NOW)
      expect(r.sign.value).toBe(nodeSign(key, ts))
      expect(codes(r.sign)).toContain('callbackSign.space')
      // The spaces were the sign's own "+": nothing else was trimmed, so no “trimmed” note; a real extra space still gets it.
      expect(codes(r.sign)).not.toContain('normalize.trim')
      expect(codes(checkCallbackSign(`${formDecoded} `))).toContain('normalize.trim')
      expect(r.verdict!.reason).toBe('ok')
    }
  })

  it('agrees with Node on any key and any sign, the "+" as spaces', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).filter((k) => k.trim() === k && !/\s/.test(k) && !k.startsWith('http')), (key) => {
        const sign = nodeSign(key, ts)
        expect(verifyCallback({ timestamp: ts, sign: sign.replace(/\+/g, ' '), key }, NOW).verdict!.reason).toBe('ok')
      }),
      { numRuns: 2000 },
    )
  })

  it('does not turn spaces pasted before a whole sign into "+"', () => {
    const sign = nodeSign(KEY, ts)
    const r = checkCallbackSign(`   ${sign}`)
    expect(r.value).toBe(sign)
    expect(codes(r)).not.toContain('callbackSign.space')
  })
})

describe('bad input: a Chinese answer, never a crash', () => {
  it('timestamp: seconds, full width, spaces, letters, wrong length', () => {
    expect(codes(checkCallbackTimestamp('1577262236'))).toEqual(['robotTimestamp.seconds'])
    expect(checkCallbackTimestamp('1577262236').findings[0]!.message).toContain('毫秒')
    const full = checkCallbackTimestamp('１５７７２６２２３６７５７')
    expect(full.value).toBe(DOCS.timestamp)
    expect(full.findings.every((f) => f.level === 'warning')).toBe(true)
    expect(checkCallbackTimestamp('  1577262236757\n').value).toBe(DOCS.timestamp)
    expect(codes(checkCallbackTimestamp('abc'))).toEqual(['robotTimestamp.notNumber'])
    expect(codes(checkCallbackTimestamp('15772622367570'))).toEqual(['robotTimestamp.length'])
    expect(checkCallbackTimestamp('').findings[0]!.message).toContain('请求头')
  })

  it('sign: spaces around and inside, line breaks, encoded twice, broken %', () => {
    expect(checkCallbackSign(`  ${DOCS.sign} `).value).toBe(DOCS.sign)
    expect(checkCallbackSign(DOCS.sign.slice(0, 20) + '\n' + DOCS.sign.slice(20)).value).toBe(DOCS.sign)
    expect(checkCallbackSign(encodeURIComponent(encodeURIComponent(ROBOT.sign))).value).toBe(ROBOT.sign)
    expect(codes(checkCallbackSign('%E0%A4%A'))).toContain('callbackSign.shape')
    expect(codes(checkCallbackSign(''))).toEqual(['callbackSign.empty'])
    expect(checkCallbackSign('ab🙂'.repeat(20)).findings.at(-1)!.message).toContain('其他字符')
    expect(checkCallbackSign(DOCS.sign.slice(0, -1) + 'A').findings.at(-1)!.message).toContain('结尾不是一个 =')
  })

  it('key: empty and a webhook are errors; an AppSecret is fine; a SEC key keeps the shape warnings', () => {
    expect(codes(checkCallbackKey(' '))).toEqual(['normalize.trim', 'callbackKey.empty'])
    expect(codes(checkCallbackKey('https://oapi.dingtalk.com/robot/send?access_token=abc'))).toEqual(['callbackKey.isWebhook'])
    expect(checkCallbackKey(KEY).findings).toEqual([])
    expect(checkCallbackKey('SECfedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210').findings).toEqual([])
    expect(codes(checkCallbackKey('SEC123'))).toEqual(['robotSecret.length'])
    expect(codes(checkCallbackKey('this is a secret'))).toEqual(['callbackKey.space'])
    expect(checkCallbackKey('this is a secret').findings[0]!.level).toBe('warning')
  })

  it('100 KB pastes answer in linear time', () => {
    const huge = ['a'.repeat(100_000), '%2B'.repeat(40_000), ' '.repeat(100_000) + 'x', '1'.repeat(100_000), '\u200B'.repeat(100_000)]
    const started = performance.now()
    for (const value of huge) {
      const r = verifyCallback({ timestamp: value, sign: value, key: value }, NOW)
      for (const f of [...r.timestamp.findings, ...r.sign.findings, ...r.key.findings]) expect(f.message).toMatch(/[\u4e00-\u9fff]/)
      expect(verifyCallback({ timestamp: DOCS.timestamp, sign: value, key: DOCS.key }, NOW).verdict?.reason ?? 'none').not.toBe('ok')
    }
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('any string: findings in Chinese, never a throw, never the key in a message', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ minLength: 8 }), (timestamp, sign, key) => {
        const r = verifyCallback({ timestamp, sign, key }, NOW)
        for (const f of [...r.timestamp.findings, ...r.sign.findings, ...r.key.findings]) {
          expect(f.message).toMatch(/[\u4e00-\u9fff]/)
          if (key.trim().length >= 8) expect(f.message).not.toContain(key.trim())
        }
      }),
    )
  })
})

describe('helpers', () => {
  it('constantTimeEqual', () => {
    expect(constantTimeEqual(DOCS.sign, DOCS.sign)).toBe(true)
    expect(constantTimeEqual(DOCS.sign.slice(0, -1), DOCS.sign)).toBe(false)
    expect(constantTimeEqual(DOCS.sign + 'A', DOCS.sign)).toBe(false)
    expect(constantTimeEqual('', '')).toBe(true)
    expect(constantTimeEqual('a', 'b')).toBe(false)
  })
  it('beijingTime and describeAge', () => {
    expect(beijingTime(0)).toBe('1970-01-01 08:00:00')
    expect(beijingTime(Number.NaN)).toBe('')
    expect(describeAge(-90 * 60_000)).toBe('90 分钟')
    expect(describeAge(5 * 3_600_000)).toBe('5 小时')
    expect(describeAge(3 * 86_400_000)).toBe('3 天')
  })
})
