import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../examples'
import { credentialsFromEnv, formatHandover, maskSecret, parseEnv } from './handover'

const creds = { corpId: EXAMPLE.corpId, appKey: EXAMPLE.appKey, appSecret: EXAMPLE.appSecret, agentId: EXAMPLE.agentId }

describe('formatHandover', () => {
  it('text is the FAQ’s 最终提供 list', () => {
    expect(formatHandover(creds, 'text')).toBe(
      `CorpId: ${EXAMPLE.corpId}\nAppKey: ${EXAMPLE.appKey}\nAppSecret: ${EXAMPLE.appSecret}\nAgentId: ${EXAMPLE.agentId}`,
    )
  })
  it('json round-trips', () => {
    expect(JSON.parse(formatHandover(creds, 'json'))).toEqual(creds)
  })
  it('env uses the DINGTALK_* names and reads back with parseEnv', () => {
    const env = formatHandover(creds, 'env')
    expect(env).toBe(
      `DINGTALK_CORP_ID=${EXAMPLE.corpId}\nDINGTALK_APP_KEY=${EXAMPLE.appKey}\nDINGTALK_APP_SECRET=${EXAMPLE.appSecret}\nDINGTALK_AGENT_ID=${EXAMPLE.agentId}\n`,
    )
    expect(credentialsFromEnv(env)).toEqual(creds)
  })
  it('quotes odd values so they survive the round trip', () => {
    const odd = { ...creds, appSecret: 'a "b" $c \\ #d\ne' }
    expect(credentialsFromEnv(formatHandover(odd, 'env')).appSecret).toBe(odd.appSecret)
  })
})

describe('maskSecret', () => {
  it('shows only the ends of a long secret', () => {
    const masked = maskSecret(EXAMPLE.appSecret)
    expect(masked).toBe('EXAM••••••••xFkM')
    expect(masked).not.toContain(EXAMPLE.appSecret.slice(4, 12))
  })
  it('hides short secrets entirely and keeps empty empty', () => {
    expect(maskSecret('short')).toBe('••••••••')
    expect(maskSecret('')).toBe('')
  })
  it('does not split an emoji', () => expect(maskSecret('😀'.repeat(20))).toBe('😀😀😀😀••••••••😀😀😀😀'))
})

describe('parseEnv', () => {
  it('reads export, quotes, comments and blank lines', () => {
    const text = '# comment\n\nexport A=1\nB="two words" # c\nC=\'single\'\nD=plain # comment\r\nE=\n__proto__=x'
    expect(parseEnv(text)).toEqual({ A: '1', B: 'two words', C: 'single', D: 'plain', E: '' })
  })
  it('later keys win', () => expect(parseEnv('A=1\nA=2')).toEqual({ A: '2' }))
})
