import { describe, expect, it } from 'vitest'
import { buildMessage } from '../build'
import { emptyMessageState } from './message-state'
import { fieldOfFinding } from './finding-fields'
import { toDraft } from './editor-state'
import { exampleState } from './example-state'

const fieldsOf = (state: ReturnType<typeof emptyMessageState>) =>
  buildMessage(toDraft(state), { keywords: state.keywords }).findings.map((f) => [f.code, fieldOfFinding(f, state)])

describe('fieldOfFinding', () => {
  it('puts the link type’s findings under their fields', () => {
    const state = emptyMessageState('link')
    state.messageUrl = 'ftp://x'
    state.picUrl = 'javascript:alert(1)'
    const fields = fieldsOf(state).map(([, f]) => f)
    expect(fields).toEqual(expect.arrayContaining(['title', 'text', 'messageUrl', 'picUrl']))
  })

  it('finds the button and feed link by their number', () => {
    const card = exampleState('actionCard')
    card.btns[1] = { title: '', actionURL: 'not a url' }
    expect(fieldsOf(card).map(([, f]) => f)).toEqual(expect.arrayContaining(['btns.1.title', 'btns.1.actionURL']))
    const feed = exampleState('feedCard')
    feed.links[0]!.picURL = ''
    expect(fieldsOf(feed).map(([, f]) => f)).toContain('links.0.picURL')
  })

  it('leaves message-wide findings to the general list', () => {
    const state = exampleState('text')
    state.keywords = ['不存在的关键词']
    state.at.atMobiles.push('13900000000')
    const general = fieldsOf(state).filter(([, f]) => f === null).map(([c]) => c)
    expect(general).toEqual(expect.arrayContaining(['message.keyword.missing', 'message.at.notInText']))
  })

  it('gives every example no finding at all', () => {
    for (const type of ['text', 'link', 'markdown', 'actionCard', 'feedCard'] as const) {
      expect(fieldsOf(exampleState(type)), type).toEqual([])
    }
  })
})

describe('Finding.field from the builders', () => {
  it('is set where the finding is made, as a path in the draft', () => {
    const card = exampleState('actionCard')
    card.cardMode = 'multi'
    card.btns = [{ title: '甲', actionURL: 'https://example.com/a' }, { title: '', actionURL: '第 1 个' }]
    const fields = buildMessage(toDraft(card)).findings.map((f) => f.field)
    expect(fields).toEqual(['btns.1.title', 'btns.1.actionURL'])
    const text = buildMessage({ type: 'text', content: '', at: { atMobiles: ['abc'] } }).findings
    expect(text.map((f) => [f.code, f.field])).toEqual(
      expect.arrayContaining([
        ['message.text.empty', 'content'],
        ['message.at.notMobile', 'at.atMobiles'],
      ]),
    )
  })

  it('is read, not guessed from the message: a button whose link names another number stays under its own', () => {
    const card = exampleState('actionCard')
    card.cardMode = 'multi'
    card.btns = [{ title: '甲', actionURL: 'https://example.com/a' }, { title: '乙', actionURL: 'x' }]
    const finding = buildMessage(toDraft(card)).findings.find((f) => f.code.startsWith('message.actionCard.actionURL'))!
    expect(fieldOfFinding({ ...finding, message: '第 1 个按钮…' }, card)).toBe('btns.1.actionURL')
    expect(fieldOfFinding({ ...finding, field: undefined }, card)).toBeNull()
  })
})
