import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../examples'
import { worstLevel } from '../core/findings'
import { validateRobotIps } from './security/ips'
import { validateRobotKeywords } from './security/keywords'
import { validateRobotSecret } from './security/secret'
import { sign } from './sign/sign'
import { SIGNATURE_WINDOW_MS } from './clock/window'
import { signAt, signingTarget, signWebhook } from './sign/signed-url'
import { validateRobotTimestamp } from './sign/timestamp'
import fc from 'fast-check'
import { parseWebhook, validateRobotWebhook, validateRobotWebhookOf } from './webhook/webhook'

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code)
const NOW = 1_700_000_000_000

describe('parseWebhook', () => {
  it('accepts the full example URL', () => {
    expect(parseWebhook(EXAMPLE.robotWebhook)).toEqual({ accessToken: EXAMPLE.robotAccessToken, url: EXAMPLE.robotWebhook, carriesSignature: false, findings: [] })
  })
  it('turns a bare token (with or without access_token=) into the full URL', () => {
    for (const raw of [EXAMPLE.robotAccessToken, `access_token=${EXAMPLE.robotAccessToken}`, ` ${EXAMPLE.robotAccessToken}\n`]) {
      const r = parseWebhook(raw)
      expect(r.url).toBe(EXAMPLE.robotWebhook)
      expect(r.accessToken).toBe(EXAMPLE.robotAccessToken)
      expect(worstLevel(r.findings)).not.toBe('error')
    }
  })
  it('adds a missing https://', () => {
    const r = parseWebhook(EXAMPLE.robotWebhook.replace('https://', ''))
    expect(r.url).toBe(EXAMPLE.robotWebhook)
    expect(codes(r)).toEqual(['robotWebhook.addedScheme'])
  })
  it('only warns about a token of unexpected shape (64 hex is observed, not documented)', () => {
    const r = parseWebhook(`${EXAMPLE.robotWebhook}0`)
    expect(r.url).not.toBeNull()
    expect(r.findings).toMatchObject([{ level: 'warning', code: 'robotWebhook.tokenShape' }])
  })
  it('refuses the SEC secret pasted as the Webhook, bare or as access_token (issue 13)', () => {
    for (const raw of [EXAMPLE.robotSecret, `access_token=${EXAMPLE.robotSecret}`, `https://oapi.dingtalk.com/robot/send?access_token=${EXAMPLE.robotSecret}`]) {
      const r = parseWebhook(raw)
      expect(codes(r)).toEqual(['robotWebhook.isSecret'])
      expect(r.url).toBeNull()
    }
  })
  it('rejects other hosts, other paths, a missing token and non-URLs', () => {
    expect(codes(parseWebhook(EXAMPLE.robotWebhook.replace('oapi.dingtalk.com', 'api.dingtalk.com')))).toEqual(['robotWebhook.host'])
    expect(codes(parseWebhook(EXAMPLE.robotWebhook.replace('/robot/send', '/robot/sendBySession')))).toEqual(['robotWebhook.path'])
    expect(codes(parseWebhook('https://oapi.dingtalk.com/robot/send'))).toEqual(['robotWebhook.noToken'])
    expect(codes(parseWebhook('https://oapi.dingtalk.com/robot/send?access_token='))).toEqual(['robotWebhook.emptyToken'])
    expect(codes(parseWebhook('ftp://oapi.dingtalk.com/robot/send?access_token=1'))).toEqual(['robotWebhook.scheme'])
    expect(codes(parseWebhook('gt.example.com/robot'))).toEqual(['robotWebhook.notUrl'])
    expect(codes(parseWebhook(''))).toEqual(['robotWebhook.empty'])
    expect(parseWebhook('').url).toBeNull()
  })
  it('says whether the pasted URL already carries a (soon stale) signature; the field warns about it', () => {
    const stale = `${EXAMPLE.robotWebhook}&timestamp=1&sign=abc`
    expect(parseWebhook(stale)).toMatchObject({ carriesSignature: true, findings: [] })
    expect(parseWebhook(`${EXAMPLE.robotWebhook}&sign=abc`).carriesSignature).toBe(true)
    expect(codes(validateRobotWebhook(stale))).toEqual(['robotWebhook.hasSignature'])
    expect(validateRobotWebhook(stale).findings[0]?.field).toBe('robotWebhook')
  })
  it('validateRobotWebhook returns the full URL as the value', () => {
    expect(validateRobotWebhook(EXAMPLE.robotAccessToken)).toEqual({ value: EXAMPLE.robotWebhook, findings: [] })
  })
})

describe('validateRobotSecret', () => {
  it('accepts the example', () => expect(validateRobotSecret(EXAMPLE.robotSecret).findings).toEqual([]))
  it('requires the SEC prefix, upper case', () => {
    expect(codes(validateRobotSecret(EXAMPLE.robotSecret.slice(3)))).toEqual(['robotSecret.prefix'])
    expect(validateRobotSecret(EXAMPLE.robotSecret.slice(3)).findings[0]?.message).toContain('access_token')
    expect(codes(validateRobotSecret(`sec${EXAMPLE.robotSecret.slice(3)}`))).toEqual(['robotSecret.prefixCase'])
    expect(codes(validateRobotSecret(EXAMPLE.robotWebhook))).toEqual(['robotSecret.isWebhook'])
    expect(codes(validateRobotSecret(''))).toEqual(['robotSecret.empty'])
  })
  it('only warns about an unusual length (67 characters is observed, not documented)', () => {
    expect(validateRobotSecret('SEC1234567890abcdef').findings).toMatchObject([{ level: 'warning', code: 'robotSecret.length' }])
  })
})

describe('signWebhook', () => {
  it('appends timestamp and sign, and expires one hour later', () => {
    const { result, findings } = signWebhook(EXAMPLE.robotWebhook, EXAMPLE.robotSecret, NOW)
    expect(findings).toEqual([])
    const expected = sign(EXAMPLE.robotSecret, String(NOW))
    expect(result).toEqual({
      url: `${EXAMPLE.robotWebhook}&timestamp=${NOW}&sign=${expected}`,
      timestamp: String(NOW),
      sign: expected,
      expiresAt: NOW + SIGNATURE_WINDOW_MS,
    })
    expect(SIGNATURE_WINDOW_MS).toBe(3_600_000)
  })
  it('signs with the trimmed secret (a trailing space breaks the HMAC)', () => {
    const { result } = signWebhook(EXAMPLE.robotWebhook, ` ${EXAMPLE.robotSecret} `, NOW)
    expect(result?.sign).toBe(sign(EXAMPLE.robotSecret, String(NOW)))
  })
  it('keeps other parameters and replaces a stale timestamp/sign', () => {
    const stale = `${EXAMPLE.robotWebhook}&timestamp=1600000000000&foo=a%20b&sign=old%2B`
    const { result, findings } = signWebhook(stale, EXAMPLE.robotSecret, NOW)
    expect(result?.url).toBe(`${EXAMPLE.robotWebhook}&foo=a%20b&timestamp=${NOW}&sign=${sign(EXAMPLE.robotSecret, String(NOW))}`)
    expect(codes({ findings })).toEqual(['signWebhook.replaced'])
  })
  it('works from a bare token', () => {
    expect(signWebhook(EXAMPLE.robotAccessToken, EXAMPLE.robotSecret, NOW).result?.url.startsWith(EXAMPLE.robotWebhook)).toBe(true)
  })
  it('refuses seconds, a missing secret or a bad webhook, saying why', () => {
    expect(signWebhook(EXAMPLE.robotWebhook, EXAMPLE.robotSecret, 1_700_000_000)).toMatchObject({ result: null, findings: [{ code: 'signWebhook.seconds' }] })
    expect(signWebhook(EXAMPLE.robotWebhook, '', NOW)).toMatchObject({ result: null, findings: [{ code: 'robotSecret.empty' }] })
    expect(signWebhook('', EXAMPLE.robotSecret, NOW)).toMatchObject({ result: null, findings: [{ code: 'robotWebhook.empty' }] })
    expect(signWebhook(EXAMPLE.robotWebhook, EXAMPLE.robotSecret, Number.NaN)).toMatchObject({ result: null, findings: [{ code: 'signWebhook.badTime' }] })
  })
})

describe('validateRobotTimestamp', () => {
  it('accepts milliseconds within the hour', () => expect(validateRobotTimestamp(String(NOW - 1000), NOW).findings).toEqual([]))
  it('catches a 10-digit seconds timestamp', () => {
    expect(codes(validateRobotTimestamp('1700000000', NOW))).toEqual(['robotTimestamp.seconds'])
  })
  it('catches expired and future timestamps', () => {
    expect(codes(validateRobotTimestamp(String(NOW - SIGNATURE_WINDOW_MS - 1), NOW))).toEqual(['robotTimestamp.expired'])
    expect(codes(validateRobotTimestamp(String(NOW + SIGNATURE_WINDOW_MS + 1), NOW))).toEqual(['robotTimestamp.future'])
  })
})

describe('validateRobotKeywords', () => {
  it('accepts the example and an empty list', () => {
    expect(validateRobotKeywords(EXAMPLE.robotKeywords)).toEqual({ value: '跟投', findings: [] })
    expect(validateRobotKeywords('')).toEqual({ value: '', findings: [] })
  })
  it('splits on commas (English or Chinese), 、 and lines; keeps full-width text', () => {
    expect(validateRobotKeywords('跟投，告警、Ｂuild\n发布').value).toBe('跟投,告警,Ｂuild,发布')
  })
  it('allows 10, rejects 11, removes duplicates', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `词${i}`).join(',')
    expect(validateRobotKeywords(ten).findings).toEqual([])
    expect(codes(validateRobotKeywords(`${ten},词10`))).toEqual(['robotKeywords.tooMany'])
    expect(validateRobotKeywords('跟投,跟投')).toMatchObject({ value: '跟投', findings: [{ code: 'robotKeywords.duplicate' }] })
  })
})

describe('validateRobotIps', () => {
  it('accepts the example (an address and a CIDR range)', () => {
    expect(validateRobotIps(EXAMPLE.robotIps)).toEqual({ value: EXAMPLE.robotIps, findings: [] })
  })
  it('rejects IPv6 with the reason', () => {
    const r = validateRobotIps('2001:db8::1')
    expect(codes(r)).toEqual(['robotIps.ipv6'])
    expect(r.findings[0]?.message).toContain('IPv6')
  })
  it('rejects bad octets and prefixes', () => {
    expect(codes(validateRobotIps('203.0.113.256'))).toEqual(['robotIps.invalid'])
    expect(codes(validateRobotIps('203.0.113.0/33'))).toEqual(['robotIps.invalid'])
    expect(codes(validateRobotIps('203.0.113'))).toEqual(['robotIps.invalid'])
  })
  it('warns about private addresses, wildcards and duplicates', () => {
    expect(codes(validateRobotIps('192.168.1.10'))).toEqual(['robotIps.private'])
    expect(validateRobotIps('198.51.100.*').findings[0]?.message).toContain('198.51.100.0/24')
    expect(validateRobotIps('203.0.113.10，203.0.113.10')).toMatchObject({ value: '203.0.113.10', findings: [{ code: 'list.chineseComma' }, { code: 'robotIps.duplicate' }] })
  })
})

describe('parseWebhook: things that are neither a URL nor a token', () => {
  it.each(['oapi.dingtalk.com', '你好', 'gt.example.com', 'a b'])('%s', (raw) => {
    const r = parseWebhook(raw)
    expect(r.url).toBeNull()
    expect(worstLevel(r.findings)).toBe('error')
  })
})

describe('signingTarget and signAt', () => {
  it('checks once, then signs at any time as signWebhook does', () => {
    const { target, findings } = signingTarget(` ${EXAMPLE.robotAccessToken} `, ` ${EXAMPLE.robotSecret} `)
    expect(findings.filter((f) => f.level === 'error')).toEqual([])
    expect(target).toEqual({ url: EXAMPLE.robotWebhook, secret: EXAMPLE.robotSecret, carriesSignature: false })
    for (const at of [NOW, NOW + 1, NOW + SIGNATURE_WINDOW_MS]) {
      expect(signAt(target!, at)).toEqual(signWebhook(EXAMPLE.robotWebhook, EXAMPLE.robotSecret, at).result)
    }
  })
  it('says once that a carried signature is replaced, and replaces it at every signing', () => {
    const { target, findings } = signingTarget(`${EXAMPLE.robotWebhook}&timestamp=1&sign=old`, EXAMPLE.robotSecret)
    expect(target?.carriesSignature).toBe(true)
    expect(codes({ findings })).toEqual(['signWebhook.replaced'])
    const url = signAt(target!, NOW + 5).url
    expect(url).toBe(`${EXAMPLE.robotWebhook}&timestamp=${NOW + 5}&sign=${sign(EXAMPLE.robotSecret, String(NOW + 5))}`)
  })
  it('gives no target when the webhook or secret is wrong', () => {
    expect(signingTarget('', EXAMPLE.robotSecret)).toMatchObject({ target: null, findings: [{ code: 'robotWebhook.empty' }] })
    expect(signingTarget(EXAMPLE.robotWebhook, 'sec')).toMatchObject({ target: null })
  })
})

describe('validateRobotWebhookOf (the field check from a webhook already parsed)', () => {
  const samples = [
    '',
    '  ',
    EXAMPLE.robotWebhook,
    EXAMPLE.robotAccessToken,
    `access_token=${EXAMPLE.robotAccessToken}`,
    `${EXAMPLE.robotWebhook}&timestamp=1700000000000&sign=abc`,
    'https://example.com/robot/send?access_token=abc',
    'ｈｔｔｐｓ：//oapi.dingtalk.com/robot/send?access_token=ab cd',
    '钉钉机器人',
  ]
  it('says what validateRobotWebhook says, for the same field', () => {
    for (const raw of samples) expect(validateRobotWebhookOf(parseWebhook(raw), raw), raw).toEqual(validateRobotWebhook(raw))
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(validateRobotWebhookOf(parseWebhook(raw), raw)).toEqual(validateRobotWebhook(raw))
      }),
    )
  })
})
