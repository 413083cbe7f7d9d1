import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../examples'
import { worstLevel } from '../../core/findings'
import { validateAgentId } from './agent-id'
import { validateAppKey } from './app-key'
import { validateAppSecret } from './app-secret'
import { validateCorpId } from './corp-id'
import { checkCredentialSet } from './cross-check'

// Values seen in public code (e.g. github.com/ali-sdk/node-dingtalk test/fixtures/test.config.js,
// github.com/SilverNebula/DingTalk_notify AppConstant.java). Test files only, never the site.
const REAL_CORP_IDS = [
  'ding88426d4c2c14a8d6', 'dingbc5b86cca0a36b29', 'ding6ed55e00b5328f39', 'dingb4ff1079f84f8d54',
  'ding77a7af8924a84af0', 'dingd8b32bfb2b9da7b2', 'ding4220d8e5128d0edd',
  'dingf7008cef3c792395f2c783f7214b6d69', 'ding0f28640d7ade5ca0f2c783f7214b6d69',
  'ding9385b4aebd9af88635c2f4657eb6378f', 'dingb38409443cbae4b035c2f4657eb6378f',
  'ding2f9d4c2c3863312935c2f4657eb6378f', 'ding9718d9b7e961b1c7a1320dcb25e91351',
  'ding950f23e6cefc750c35c2f4657eb6378f', 'dinge94710291e077b2ea39a90f97fcb1e09',
  'ding14f3e2ea4b79994cadf6428847a62d4a', 'dinge8a56572f80b02a8ffe93478753d9884',
]
const MASKED_CORP_IDS = ['ding9f50b15bxxxx16741']
const REAL_APP_KEYS = [
  'dingkpoy06sdbwe5etlc', 'dingl8blibdbipryih06', 'dingeqmpgxeavkrr5dyc', 'dingbqyieeezkmxm1ytx',
  'dingliydht8dffignulx', 'ding124swyq8wwkmsyhl', 'dingqe9baw7vbprklahl', 'dingtdwofoowl7hxbjd7',
  'dingkoqj2dtylufjjyok', 'dinge9ewltitjuaw2gfe', 'dingfvrcwmndwslzbu03', 'ding1bboriegmq6aavxq',
  'dingd0hqxztkox98pt12', 'ding1u4heyzkoctmkvc5', 'dinggkndtgvlbhhmdhfk', 'dingckyxwwtify3ypyft',
  'ding58btzmclcdgd18uu', 'dingyyink7zqipbyrnf1', 'dingmf6cuictoilijt0g', 'dingue4kfzdxbyn0pjqd',
  'dingwa4tibze6jwz7mgv',
]
const PLACEHOLDER_APP_KEYS = ['dingeqqpkv3xxxxxx', 'dingeqqpkv3xxxx', 'dinglti2iwaxxxu8ciz']
const REAL_AGENT_IDS = ['36504082', '13231599', '213066815', '307499347', '1327331556', '2574805120']
const PLACEHOLDER_AGENT_IDS = ['358xxx8805', '123', '8345000', '12345677']
// Synthetic 64-character secrets with the observed alphabet, including a leading `_` and `-`.
const SECRETS = [
  '_5yIhbQx3ZpL0aTr9Kd2Wm8Nc4Vf6Gh1Js7Ye5Ru0Io3Pa9Sd2Fg8Hj4Kl6Zx1CM9CS'.slice(0, 64),
  '-z5dpK569l_-z5JfSFa1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v2w3x4'.slice(0, 64),
  EXAMPLE.appSecret,
]
const PLACEHOLDER_SECRETS = ['GT-lsu-taDAsTsxxxx', 'GT-lsu-taDAxxxsTsxxxx']

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code)

describe('validateCorpId', () => {
  it.each(REAL_CORP_IDS)('accepts the real-looking %s without any finding', (v) => {
    expect(validateCorpId(v).findings).toEqual([])
  })
  it.each([EXAMPLE.corpId, EXAMPLE.corpIdLong])('accepts the example %s', (v) => {
    expect(validateCorpId(v).findings).toEqual([])
  })
  it.each(MASKED_CORP_IDS)('gives the docs placeholder %s a warning, not an error', (v) => {
    expect(worstLevel(validateCorpId(v).findings)).toBe('warning')
    expect(codes(validateCorpId(v))).toContain('corpId.masked')
  })
  it('tells an AppKey pasted as CorpId (dingj7jagakjrccgceq3)', () => {
    const r = validateCorpId('dingj7jagakjrccgceq3')
    expect(codes(r)).toEqual(['corpId.looksLikeAppKey'])
    expect(r.findings[0]?.level).toBe('error')
    expect(r.findings[0]?.message).toContain('AppKey')
  })
  it('catches empty, non-ding, secret and AgentId values', () => {
    expect(codes(validateCorpId(''))).toEqual(['corpId.empty'])
    expect(codes(validateCorpId('   '))).toEqual(['normalize.trim', 'corpId.empty'])
    expect(codes(validateCorpId('1987654321'))).toEqual(['corpId.looksLikeAgentId'])
    expect(codes(validateCorpId(EXAMPLE.appSecret))).toEqual(['corpId.looksLikeAppSecret'])
    expect(codes(validateCorpId('corp0a1b2c3d4e5f6a7b'))).toEqual(['corpId.prefix'])
    expect(codes(validateCorpId('ding0a1b 2c3d4e5f6a7b'))).toEqual(['corpId.space'])
    expect(codes(validateCorpId('ding0a1b2c3d4e5f6a7-'))).toEqual(['corpId.notHex'])
  })
  it('warns (no error) on a wrong length or uppercase', () => {
    expect(codes(validateCorpId('ding0a1b2c3d4e5f6a7'))).toEqual(['corpId.length'])
    expect(codes(validateCorpId('DING0A1B2C3D4E5F6A7B'))).toEqual(['corpId.uppercase'])
  })
  it('normalises a full-width, zero-width, NBSP-wrapped paste and says so', () => {
    const r = validateCorpId('\u00A0ｄｉｎｇ0a1b2c3d4e5f6a7b\u200B ')
    expect(r.value).toBe(EXAMPLE.corpId)
    expect(codes(r)).toEqual(['normalize.zeroWidth', 'normalize.nbsp', 'normalize.fullWidth', 'normalize.trim'])
    expect(worstLevel(r.findings)).toBe('warning')
  })
})

describe('validateAppKey', () => {
  it.each(REAL_APP_KEYS)('accepts the real-looking %s without any finding', (v) => {
    expect(validateAppKey(v).findings).toEqual([])
  })
  it('accepts the example', () => expect(validateAppKey(EXAMPLE.appKey).findings).toEqual([]))
  it.each(PLACEHOLDER_APP_KEYS)('gives the placeholder %s at most a warning', (v) => {
    expect(worstLevel(validateAppKey(v).findings)).toBe('warning')
  })
  it('rejects the share-SDK appId dingoaiex4ka6vshseqky9', () => {
    const r = validateAppKey('dingoaiex4ka6vshseqky9')
    expect(codes(r)).toEqual(['appKey.shareSdkAppId'])
    expect(r.findings[0]?.level).toBe('error')
  })
  it('tells a CorpId pasted as AppKey: error for 36 chars, warning for 20 all-hex', () => {
    expect(validateAppKey(EXAMPLE.corpIdLong).findings).toMatchObject([{ level: 'error', code: 'appKey.looksLikeCorpId' }])
    expect(validateAppKey(EXAMPLE.corpId).findings).toMatchObject([{ level: 'warning', code: 'appKey.looksLikeCorpId' }])
  })
  it('catches other mix-ups and bad characters', () => {
    expect(codes(validateAppKey(''))).toEqual(['appKey.empty'])
    expect(codes(validateAppKey('suited6db0pze8yao1b1y'))).toEqual(['appKey.suiteKey'])
    expect(codes(validateAppKey(EXAMPLE.agentId))).toEqual(['appKey.looksLikeAgentId'])
    expect(codes(validateAppKey(EXAMPLE.robotSecret))).toEqual(['appKey.looksLikeRobotSecret'])
    expect(codes(validateAppKey(EXAMPLE.robotWebhook))).toEqual(['appKey.looksLikeUrl'])
    expect(codes(validateAppKey('dingexample-3y9zq2mx'))).toEqual(['appKey.chars'])
    expect(codes(validateAppKey('appexamplek3y9zq2mx'))).toEqual(['appKey.prefix'])
  })
  it('only warns about an unusual length (a real 21-character AppKey exists in the old FAQ)', () => {
    expect(validateAppKey('dingexamplek3y9zq2mxq').findings).toMatchObject([{ level: 'warning', code: 'appKey.length' }])
  })
})

describe('validateAppSecret', () => {
  it.each(SECRETS)('accepts a 64-character secret %#', (v) => {
    expect(v).toHaveLength(64)
    expect(validateAppSecret(v).findings).toEqual([])
  })
  it('trims the trailing space seen on a real secret, with a warning', () => {
    const r = validateAppSecret(`${EXAMPLE.appSecret} `)
    expect(r.value).toBe(EXAMPLE.appSecret)
    expect(codes(r)).toEqual(['normalize.trim'])
  })
  it.each(PLACEHOLDER_SECRETS)('gives the docs placeholder %s only a length warning', (v) => {
    expect(validateAppSecret(v).findings).toMatchObject([{ level: 'warning', code: 'appSecret.length' }])
  })
  it('catches masked copies, spaces, Chinese, and other credentials', () => {
    expect(codes(validateAppSecret('EXAM****2O76'))).toEqual(['appSecret.masked'])
    expect(codes(validateAppSecret('EXAMPLE only'))).toEqual(['appSecret.space'])
    expect(codes(validateAppSecret('密钥EXAMPLE'))).toEqual(['appSecret.chars'])
    expect(codes(validateAppSecret(EXAMPLE.appKey))).toEqual(['appSecret.looksLikeAppKey'])
    expect(codes(validateAppSecret(EXAMPLE.corpId))).toEqual(['appSecret.looksLikeCorpId'])
    expect(codes(validateAppSecret(EXAMPLE.robotSecret))).toEqual(['appSecret.looksLikeRobotSecret'])
    expect(validateAppSecret(EXAMPLE.robotAccessToken).findings).toMatchObject([{ level: 'warning', code: 'appSecret.looksLikeRobotToken' }])
  })
  it('never repeats the secret in a message', () => {
    for (const v of [...SECRETS, `${EXAMPLE.appSecret}!`, EXAMPLE.appSecret.slice(0, 40)]) {
      for (const f of validateAppSecret(v).findings) expect(f.message).not.toContain(v.slice(0, 12))
    }
  })
})

describe('validateAgentId', () => {
  it.each(REAL_AGENT_IDS)('accepts the real-looking %s without any finding', (v) => {
    expect(validateAgentId(v).findings).toEqual([])
  })
  it('accepts the example', () => expect(validateAgentId(EXAMPLE.agentId).findings).toEqual([]))
  it.each(PLACEHOLDER_AGENT_IDS)('gives the docs placeholder %s at most a warning', (v) => {
    expect(worstLevel(validateAgentId(v).findings)).not.toBe('error')
  })
  it('fixes a Java L suffix and thousands separators', () => {
    expect(validateAgentId('213066815L')).toMatchObject({ value: '213066815', findings: [{ code: 'agentId.longSuffix' }] })
    expect(validateAgentId('1,987,654,321')).toMatchObject({ value: '1987654321', findings: [{ code: 'agentId.thousands' }] })
  })
  it('catches letters, zero, huge numbers and other credentials', () => {
    expect(codes(validateAgentId(''))).toEqual(['agentId.empty'])
    expect(codes(validateAgentId('12a45678'))).toEqual(['agentId.notNumber'])
    expect(codes(validateAgentId('0'))).toEqual(['agentId.zero'])
    expect(codes(validateAgentId('99999999999999999999'))).toEqual(['agentId.tooLong'])
    expect(codes(validateAgentId(EXAMPLE.appKey))).toEqual(['agentId.looksLikeAppKey'])
    expect(codes(validateAgentId(EXAMPLE.corpId))).toEqual(['agentId.looksLikeCorpId'])
    expect(codes(validateAgentId('1987 654321'))).toEqual(['agentId.space'])
  })
  it('accepts full-width digits after converting them', () => {
    expect(validateAgentId('１９８７６５４３２１')).toMatchObject({ value: EXAMPLE.agentId, findings: [{ code: 'normalize.fullWidth' }] })
  })
})

describe('checkCredentialSet', () => {
  const good = { corpId: EXAMPLE.corpId, appKey: EXAMPLE.appKey, appSecret: EXAMPLE.appSecret, agentId: EXAMPLE.agentId }
  it('accepts the example set', () => expect(checkCredentialSet(good)).toEqual([]))
  it('tells CorpId and AppKey swapped', () => {
    expect(checkCredentialSet({ ...good, corpId: EXAMPLE.appKey, appKey: EXAMPLE.corpId }).map((f) => f.code)).toEqual(['credentials.swapped'])
  })
  it('tells the same value in two fields', () => {
    expect(checkCredentialSet({ ...good, appKey: EXAMPLE.corpId }).map((f) => f.code)).toEqual(['credentials.same'])
  })
  it('ignores empty fields', () => expect(checkCredentialSet({ corpId: '', appKey: '', appSecret: '', agentId: '' })).toEqual([]))
})

describe('SSOSecret (optional, issue 22)', () => {
  it('is optional, accepts DingTalk-like values, and refuses what is certainly something else', async () => {
    const { validateSsoSecret } = await import('./sso-secret')
    const { EXAMPLE } = await import('../../examples')
    const level = (v: string) => {
      const f = validateSsoSecret(v).findings
      return f.some((x) => x.level === 'error') ? 'error' : f.length ? 'warning' : 'ok'
    }
    expect(level('')).toBe('ok')
    // DingTalk's own example shape (open.dingtalk.com/document/development/obtain-the-access-token-of-the-micro-application-background-without-log-on).
    expect(level('shYgsk7xxx')).toBe('ok')
    expect(level(EXAMPLE.ssoSecret)).toBe('ok')
    expect(level(` ${EXAMPLE.ssoSecret}\u200B`)).toBe('warning')
    expect(level(EXAMPLE.corpId)).toBe('error')
    expect(level(EXAMPLE.appKey)).toBe('error')
    expect(level('abc def')).toBe('error')
    expect(level('shYg****')).toBe('error')
    expect(level('密钥')).toBe('error')
    expect(level(EXAMPLE.robotSecret)).toBe('warning')
    for (const v of ['x'.repeat(100_000), '😀'.repeat(1000), '　']) expect(() => validateSsoSecret(v)).not.toThrow()
  })
})
