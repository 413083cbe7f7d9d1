import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../playground/logic/examples'
import { findCredentialShapes, realIdentifiers, unexpectedCredentials } from './identifiers'

describe('realIdentifiers', () => {
  it('decodes the seed identifiers the site must not show', () => {
    const ids = realIdentifiers()
    expect(ids).toHaveLength(7)
    expect(ids.every((id) => id.length >= 3)).toBe(true)
    expect(ids).toContain('jyzygroup')
  })
})

describe('findCredentialShapes', () => {
  it('finds ding ids, AgentIds near the label, robot secrets and 64-hex tokens', () => {
    const text = `CorpId ding0123456789abcdef AgentId：123456789 ${'SEC' + 'a'.repeat(64)} access_token=${'b'.repeat(64)}`
    expect(findCredentialShapes(text).map((h) => h.kind)).toEqual(['dingId', 'agentId', 'robotSecret', 'hexToken'])
  })
  it('ignores dingtalk URLs, 13-digit timestamps and numbers far from AgentId', () => {
    const text = 'https://open.dingtalk.com/document 1577262236757 AgentId 是应用的编号。' + '很长的说明'.repeat(20) + ' 123456789'
    expect(findCredentialShapes(text)).toEqual([])
  })
})

describe('unexpectedCredentials', () => {
  it('accepts the made-up examples', () => {
    const text = `${EXAMPLE.corpId} ${EXAMPLE.appKey} AgentId: ${EXAMPLE.agentId} ${EXAMPLE.robotSecret} ${EXAMPLE.robotWebhook}`
    expect(unexpectedCredentials(text)).toEqual([])
  })
  it('flags anything else', () => {
    expect(unexpectedCredentials('AppKey dingzzzzzzzzzzzzzzzz AgentId=87654321')).toEqual([
      { kind: 'dingId', value: 'dingzzzzzzzzzzzzzzzz' },
      { kind: 'agentId', value: '87654321' },
    ])
  })
})
