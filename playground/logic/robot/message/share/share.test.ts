import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../../examples'
import {
  decodeShareHash,
  encodeShareHash,
  findSecretInShare,
  fromBase64Url,
  shareSafetyProblem,
  toBase64Url,
} from './index'
import { emptyMessageState, type MessageState } from '../editor/message-state'

function markdownState(): MessageState {
  const state = emptyMessageState('markdown')
  state.title = '跟投通知'
  state.text = `#### 跟投通知 @${EXAMPLE.mobile}\n> 本期跟投已开放 🎉`
  state.at.atMobiles = [EXAMPLE.mobile]
  state.keywords = [EXAMPLE.robotKeywords]
  return state
}

describe('share links', () => {
  it('round-trip the chosen type, the @ lists and the keywords', () => {
    const hash = encodeShareHash(markdownState())
    expect(hash).toMatch(/^msg=[A-Za-z0-9_-]+$/)
    expect(decodeShareHash('#' + hash)).toEqual({ ok: true, state: markdownState() })
  })

  it('round-trip every type (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 })
    fc.assert(
      fc.property(
        fc.constantFrom('text', 'link', 'markdown', 'actionCard', 'feedCard' as const),
        text,
        text,
        fc.array(fc.record({ title: text, actionURL: text }), { maxLength: 3 }),
        fc.boolean(),
        (type, title, body, btns, multi) => {
          const state = emptyMessageState(type)
          state.title = type === 'text' || type === 'feedCard' ? '' : title
          state.text = type === 'feedCard' ? '' : body
          if (type === 'actionCard') {
            state.cardMode = multi ? 'multi' : 'single'
            if (multi) state.btns = btns
            else state.singleTitle = title
          }
          if (type === 'feedCard') state.links = btns.map((b) => ({ title: b.title, messageURL: b.actionURL, picURL: '' }))
          const decoded = decodeShareHash(encodeShareHash(state))
          expect(decoded).toEqual({ ok: true, state })
        },
      ),
    )
  })

  it('write only the chosen type’s fields', () => {
    const state = markdownState()
    state.messageUrl = 'https://gt.example.com/unused'
    const json = fromBase64Url(encodeShareHash(state).slice(4))
    expect(json).not.toContain('unused')
    expect(JSON.parse(json)).toEqual({
      v: 1,
      type: 'markdown',
      title: '跟投通知',
      text: markdownState().text,
      atMobiles: [EXAMPLE.mobile],
      keywords: [EXAMPLE.robotKeywords],
    })
  })

  it('drop @ lists for link and feedCard, which cannot @ anyone', () => {
    const state = emptyMessageState('link')
    state.at.atMobiles = [EXAMPLE.mobile]
    expect(fromBase64Url(encodeShareHash(state).slice(4))).not.toContain(EXAMPLE.mobile)
  })

  it('have no room for the webhook or the secret, whatever extra fields the object carries', () => {
    const state = { ...markdownState(), webhook: EXAMPLE.robotWebhook, secret: EXAMPLE.robotSecret } as MessageState
    const hash = encodeShareHash(state)
    const json = fromBase64Url(hash.slice(4))
    expect(json).not.toContain(EXAMPLE.robotAccessToken)
    expect(json).not.toContain(EXAMPLE.robotSecret)
    // and a crafted link with such fields does not bring them back
    const crafted = 'msg=' + toBase64Url(JSON.stringify({ v: 1, type: 'text', text: 'x', secret: EXAMPLE.robotSecret }))
    expect(JSON.stringify(decodeShareHash(crafted))).not.toContain(EXAMPLE.robotSecret)
  })
})

describe('broken hashes never crash', () => {
  it.each([
    ['no hash', '', null],
    ['a heading anchor', '#robot-signer', null],
    ['not base64', '#msg=@@@', '损坏'],
    ['truncated', '#msg=' + encodeShareHash(markdownState()).slice(4, 20), '损坏'],
    ['not JSON', '#msg=' + toBase64Url('hello'), '损坏'],
    ['JSON but an array', '#msg=' + toBase64Url('[1,2]'), '格式'],
    ['unknown type', '#msg=' + toBase64Url('{"type":"image"}'), '类型'],
    ['a newer version', '#msg=' + toBase64Url('{"v":9,"type":"text"}'), '更新版本'],
    ['too long', '#msg=' + 'A'.repeat(70_000), '过长'],
  ])('%s', (_name, hash, reason) => {
    const result = decodeShareHash(hash)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      if (reason === null) expect(result.reason).toBeNull()
      else expect(result.reason).toContain(reason)
    }
  })

  it('coerces wrong field types to safe defaults', () => {
    const hash = 'msg=' + toBase64Url(JSON.stringify({ type: 'actionCard', title: 42, btns: [null, 'x', { title: 1 }], isAtAll: 'yes', keywords: 'k' }))
    const result = decodeShareHash(hash)
    expect(result.ok && result.state).toMatchObject({ type: 'actionCard', title: '', btns: [{ title: '', actionURL: '' }], keywords: [] })
    expect(result.ok && result.state.at.isAtAll).toBe(false)
  })

  it('any string answers without throwing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const result = decodeShareHash('#msg=' + s)
        expect(typeof result.ok).toBe('boolean')
      }),
    )
    expect(decodeShareHash(undefined).ok).toBe(false)
  })
})

describe('secret guard', () => {
  it('finds a webhook, a secret or a 64-hex token in the shared text', () => {
    expect(findSecretInShare(`见 ${EXAMPLE.robotWebhook}`)).toContain('Webhook')
    expect(findSecretInShare(EXAMPLE.robotSecret)).toContain('SEC')
    expect(findSecretInShare(`token ${EXAMPLE.robotAccessToken}`)).toContain('十六进制')
    expect(findSecretInShare('普通的消息 @13800000000')).toBeNull()
  })

  it('finds an AppSecret, SEC with a space, and a token one character short (issue 13)', () => {
    expect(findSecretInShare(`密钥 ${EXAMPLE.appSecret}`)).toContain('AppSecret')
    expect(findSecretInShare(`SEC ${EXAMPLE.robotSecret.slice(3)}`)).toContain('SEC')
    expect(findSecretInShare(`token ${EXAMPLE.robotAccessToken.slice(1)}`)).toContain('十六进制')
    // A commit hash and ordinary links stay shareable.
    expect(findSecretInShare('已部署 0123456789abcdef0123456789abcdef01234567，详情 https://gt.example.com/static/notice-1.png')).toBeNull()
  })

  it('finds exactly what the user typed into the secret fields', () => {
    expect(findSecretInShare('abc my-own-secret-value', ['my-own-secret-value'])).toContain('你输入')
    expect(findSecretInShare('abc', ['  '])).toBeNull()
  })

  it('checks the state as it would be shared', () => {
    const state = markdownState()
    expect(shareSafetyProblem(state)).toBeNull()
    state.text += `\n${EXAMPLE.robotSecret}`
    expect(shareSafetyProblem(state)).not.toBeNull()
  })
})
