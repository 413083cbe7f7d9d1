/**
 * Property tests across the whole of playground/logic/, each function imported from its own module:
 * any string in, a Chinese answer out, never a throw; normalisation is idempotent; real values
 * survive copy-paste noise; round trips hold.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateLogo } from './app/form/logo'
import { worstLevel } from './core/findings'
import { normalizeInput } from './core/normalize'
import { validateAgentId } from './app/credentials/agent-id'
import { validateAppKey } from './app/credentials/app-key'
import { validateCorpId } from './app/credentials/corp-id'
import { credentialsFromEnv, formatHandover, maskSecret, parseEnv } from './app/credentials/handover'
import { diagnoseCatalog as diagnose } from './errors/catalog-entries'
import { FIELD_LABELS, FIELD_NAMES, validateField } from './fields'
import { addMissingMentions, buildMessage, type MessageDraft } from './robot/message/build/index'
import { sign } from './robot/sign/sign'
import { signWebhook } from './robot/sign/signed-url'
import { validateRobotTimestamp } from './robot/sign/timestamp'
import { parseWebhook } from './robot/webhook/webhook'

// A few values seen in public code (as in credentials/credentials.test.ts): test files only.
const SAMPLES = {
  corpIds: ['ding88426d4c2c14a8d6', 'ding6ed55e00b5328f39', 'dingf7008cef3c792395f2c783f7214b6d69', 'dinge8a56572f80b02a8ffe93478753d9884'],
  appKeys: ['dingkpoy06sdbwe5etlc', 'dingl8blibdbipryih06', 'ding124swyq8wwkmsyhl', 'dingmf6cuictoilijt0g'],
  agentIds: ['36504082', '213066815', '1327331556', '2574805120'],
}

// Any code point (fast-check 4's replacement for fullUnicodeString), plus raw UTF-16 units so
// lone surrogates appear often, plus the characters copy-paste brings along.
const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) })
const noisy = fc.string({
  unit: fc.constantFrom(' ', '\u3000', '\u00A0', '\u200B', '\uFEFF', '，', '。', '\n', '\t', '😀', '跟', 'ａ', '１', '*', '.', '/', ':', '@', '|', '-', '~', '`', '$'),
})
const anyString = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }), loneSurrogates, noisy, fc.string())

// 100 KB inputs shaped to hit every regex and loop worst case.
const HUGE = [
  'a'.repeat(100_000),
  ' '.repeat(100_000) + 'x',
  '\u200B'.repeat(100_000),
  '，'.repeat(50_000),
  '😀'.repeat(25_000),
  '\uD800'.repeat(100_000),
  '1.'.repeat(50_000),
  '1.1.1.1,'.repeat(12_500),
  '|---'.repeat(25_000),
  ' '.repeat(50_000) + '|' + ' '.repeat(50_000),
  ' '.repeat(99_999) + '-',
  '~~'.repeat(50_000),
  '@'.repeat(100_000),
  '{"errcode":'.repeat(9_000),
  'https://oapi.dingtalk.com/robot/send?access_token=' + 'a&'.repeat(50_000),
  'ding' + 'x'.repeat(100_000),
  '$CORPID$'.repeat(12_500),
]

const isChinese = (s: string) => /[\u4e00-\u9fff]/.test(s)

function expectWellFormed(result: { value: unknown; findings: { level: string; code: string; message: string }[] }) {
  expect(typeof result.value).toBe('string')
  for (const f of result.findings) {
    expect(['error', 'warning']).toContain(f.level)
    expect(f.code).toMatch(/^[A-Za-z]/)
    expect(isChinese(f.message)).toBe(true)
    // Messages quote at most a short excerpt, never a whole 100 KB paste.
    expect(f.message.length).toBeLessThan(600)
  }
}

describe('every field validator', () => {
  it('has a Chinese label', () => {
    expect(FIELD_NAMES.length).toBeGreaterThan(0)
    for (const name of FIELD_NAMES) expect(FIELD_LABELS[name].length).toBeGreaterThan(0)
  })
  it('answers any string without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_NAMES), anyString, (name, raw) => {
        expectWellFormed(validateField(name, raw))
      }),
      { numRuns: 2000 },
    )
  }, 60_000)
  it.each(FIELD_NAMES)('%s answers 100 KB inputs quickly', (name) => {
    for (const raw of HUGE) {
      const start = performance.now()
      const result = validateField(name, raw)
      expect(performance.now() - start).toBeLessThan(1000)
      expectWellFormed(result)
      // Findings are summed up, not repeated 10 000 times.
      expect(result.findings.length).toBeLessThan(40)
    }
  }, 60_000)
  it('says something about an empty value or accepts it, never crashes', () => {
    for (const name of FIELD_NAMES) expectWellFormed(validateField(name, ''))
  })
})

describe('normalizeInput', () => {
  it('is idempotent and leaves nothing to fix', () => {
    fc.assert(
      fc.property(anyString, (raw) => {
        const once = normalizeInput(raw)
        const twice = normalizeInput(once.value)
        expect(twice).toEqual({ value: once.value, findings: [] })
        expect(once.value).not.toMatch(/[\u200B-\u200D\uFEFF\u00A0\uFF01-\uFF5E\u3000]/)
        expect(once.value).toBe(once.value.trim())
        expect(worstLevel(once.findings)).not.toBe('error')
      }),
      { numRuns: 1000 },
    )
  })
})

describe('real values survive copy-paste noise without an error', () => {
  const noise = fc.array(fc.constantFrom(' ', '\u3000', '\u00A0', '\u200B', '\uFEFF', '\n', '\t'), { maxLength: 4 }).map((a) => a.join(''))
  const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
  const cases = [
    [validateCorpId, SAMPLES.corpIds],
    [validateAppKey, SAMPLES.appKeys],
    [validateAgentId, SAMPLES.agentIds],
  ] as const
  it.each(cases)('%o', (validate, samples) => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), noise, noise, fc.boolean(), (sample, before, after, wide) => {
        const r = validate(`${before}${wide ? fullWidth(sample) : sample}${after}`)
        expect(r.value).toBe(sample)
        expect(worstLevel(r.findings)).not.toBe('error')
      }),
    )
  })
})

describe('robot', () => {
  it('parseWebhook, signWebhook and the timestamp check never throw', () => {
    fc.assert(
      fc.property(anyString, anyString, fc.oneof(fc.double(), fc.integer(), fc.constant(1_700_000_000_000)), (webhook, secret, now) => {
        const parsed = parseWebhook(webhook)
        expect(parsed.url === null || parsed.url.startsWith('http')).toBe(true)
        const { result, findings } = signWebhook(webhook, secret, now)
        if (result === null) expect(worstLevel(findings)).toBe('error')
        else expect(result.url).toContain(`&sign=${result.sign}`)
        expectWellFormed(validateRobotTimestamp(webhook, now))
      }),
      { numRuns: 500 },
    )
  }, 60_000)

  it('signing answers 100 KB inputs', () => {
    for (const raw of HUGE) {
      expect(() => signWebhook(raw, raw, 1_700_000_000_000)).not.toThrow()
      expect(sign(raw, raw)).toMatch(/%3D$/)
    }
  }, 60_000)

  const url = fc.oneof(fc.webUrl(), anyString)
  const at = fc.record(
    { atMobiles: fc.array(anyString, { maxLength: 3 }), atUserIds: fc.array(anyString, { maxLength: 3 }), isAtAll: fc.boolean() },
    { requiredKeys: [] },
  )
  const draft: fc.Arbitrary<MessageDraft> = fc.oneof(
    fc.record({ type: fc.constant('text' as const), content: anyString, at }),
    fc.record({ type: fc.constant('link' as const), title: anyString, text: anyString, messageUrl: url, picUrl: url }),
    fc.record({ type: fc.constant('markdown' as const), title: anyString, text: anyString, at }),
    fc.record({
      type: fc.constant('actionCard' as const),
      title: anyString,
      text: anyString,
      btnOrientation: fc.constantFrom('0' as const, '1' as const),
      singleTitle: anyString,
      singleURL: url,
      btns: fc.array(fc.record({ title: anyString, actionURL: url }), { maxLength: 3 }),
    }),
    fc.record({ type: fc.constant('feedCard' as const), links: fc.array(fc.record({ title: anyString, messageURL: url, picURL: url }), { maxLength: 3 }) }),
  )

  it('buildMessage always returns parseable JSON with its true UTF-8 size', () => {
    fc.assert(
      fc.property(draft, fc.array(anyString, { maxLength: 3 }), (d, keywords) => {
        const built = buildMessage(d, { keywords })
        expect(JSON.parse(built.json)).toEqual(built.body)
        expect(built.bytes).toBe(Buffer.byteLength(built.json, 'utf8'))
        for (const f of built.findings) expect(isChinese(f.message)).toBe(true)
      }),
      { numRuns: 500 },
    )
  }, 60_000)

  it('after addMissingMentions no @ is missing', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const fixed = addMissingMentions(d)
        expect(buildMessage(fixed).findings.map((f) => f.code)).not.toContain('message.at.notInText')
      }),
      { numRuns: 500 },
    )
  })

  it('buildMessage handles 100 KB fields quickly', () => {
    for (const raw of HUGE) {
      const start = performance.now()
      buildMessage({ type: 'markdown', title: raw, text: raw, at: { atMobiles: [raw.slice(0, 50)] } }, { keywords: [raw.slice(0, 20)] })
      buildMessage({ type: 'actionCard', title: raw, text: raw, singleTitle: raw, singleURL: raw })
      expect(performance.now() - start).toBeLessThan(1000)
    }
  }, 60_000)
})

describe('diagnose', () => {
  it('answers any string or object in Chinese', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.object().map((o) => o as Record<string, unknown>), fc.jsonValue().map((v) => JSON.stringify(v))), (input) => {
        const d = diagnose(input as string)
        expect(isChinese(d.title + d.cause + d.fix)).toBe(true)
        expect(typeof d.matched).toBe('boolean')
      }),
      { numRuns: 1000 },
    )
    for (const raw of HUGE) {
      const start = performance.now()
      expect(isChinese(diagnose(raw).fix)).toBe(true)
      expect(performance.now() - start).toBeLessThan(1000)
    }
  }, 60_000)
})

describe('hand-over', () => {
  const creds = fc.record({ corpId: anyString, appKey: anyString, appSecret: anyString, agentId: anyString })
  it('the .env form reads back to the same (trimmed) values', () => {
    fc.assert(
      fc.property(creds, (c) => {
        const env = formatHandover(c, 'env')
        // A quote, line break, NUL or lone surrogate has no safe .env form: withheld ('').
        if (env === '') {
          expect(Object.values(c).some((v) => /['\r\n\0]|[\uD800-\uDFFF]/.test(v.trim()))).toBe(true)
          return
        }
        const back = credentialsFromEnv(env)
        const expected = (s: string) => s.trim()
        expect(back).toEqual({ corpId: expected(c.corpId), appKey: expected(c.appKey), appSecret: expected(c.appSecret), agentId: expected(c.agentId) })
      }),
      { numRuns: 1000 },
    )
  })
  it('json and text never throw; parseEnv reads any text', () => {
    fc.assert(
      fc.property(creds, anyString, (c, text) => {
        expect(JSON.parse(formatHandover(c, 'json')).appSecret).toBe(c.appSecret.trim())
        expect(formatHandover(c, 'text').startsWith('CorpId: ')).toBe(true)
        expect(typeof parseEnv(text)).toBe('object')
      }),
    )
  })
  it('maskSecret never shows a long secret whole or its middle', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 16 }), (secret) => {
        const masked = maskSecret(secret)
        const trimmed = secret.trim()
        if (trimmed.length >= 16) {
          expect(masked).not.toContain(trimmed)
          expect(masked).not.toContain(trimmed.slice(4, -4))
        }
      }),
    )
  })
})

describe('validateLogo', () => {
  it('answers any bytes and name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), anyString, (bytes, name) => {
        const r = validateLogo({ name, bytes })
        expect(r.info.size).toBe(bytes.length)
        expectWellFormed(r)
      }),
      { numRuns: 1000 },
    )
  })
})
