import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../../examples'
import { worstLevel } from '../../../core/findings'
import { addMissingMentions, buildMessage, MAX_BODY_BYTES, type MessageDraft } from './index'

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code)
const URL = 'https://gt.example.com/report/1'
const PIC = 'https://gt.example.com/logo.png'

describe('text', () => {
  it('builds the documented body with at', () => {
    const r = buildMessage({ type: 'text', content: `跟投提醒 @${EXAMPLE.mobile}`, at: { atMobiles: [EXAMPLE.mobile], isAtAll: false } })
    expect(r.findings).toEqual([])
    expect(r.body).toEqual({ msgtype: 'text', text: { content: `跟投提醒 @${EXAMPLE.mobile}` }, at: { atMobiles: [EXAMPLE.mobile], isAtAll: false } })
    expect(r.json).toBe(JSON.stringify(r.body))
    expect(r.bytes).toBe(Buffer.byteLength(r.json, 'utf8'))
  })
  it('@ list: 12345 is not a mobile, full-width digits become half-width, over 50 people is flagged (issue 13)', () => {
    const short = buildMessage({ type: 'text', content: '@12345', at: { atMobiles: ['12345'] } })
    expect(short.findings).toMatchObject([{ level: 'error', code: 'message.at.notMobile' }])
    const wide = buildMessage({ type: 'text', content: `提醒 @${EXAMPLE.mobile}`, at: { atMobiles: ['１３８００００００００'] } })
    expect(wide.body.at).toEqual({ atMobiles: ['13800000000'], isAtAll: false })
    expect(codes(wide)).toEqual(['message.at.normalized'])
    expect(codes(buildMessage({ type: 'text', content: '@1380000000', at: { atMobiles: ['1380000000'] } }))).toEqual(['message.at.mobileShape'])
    expect(codes(buildMessage({ type: 'text', content: '@+85291234567', at: { atMobiles: ['+85291234567'] } }))).toEqual([])
    const ids = Array.from({ length: 51 }, (_, i) => `user${i}`)
    const many = buildMessage({ type: 'text', content: ids.map((id) => `@${id}`).join(' '), at: { atUserIds: ids } })
    expect(codes(many)).toEqual(['message.at.tooMany'])
    expect(codes(buildMessage({ type: 'text', content: ids.slice(1).map((id) => `@${id}`).join(' '), at: { atUserIds: ids.slice(1) } }))).toEqual([])
  })
  it('omits an empty at, and requires content', () => {
    expect(buildMessage({ type: 'text', content: 'x', at: {} }).body).toEqual({ msgtype: 'text', text: { content: 'x' } })
    expect(codes(buildMessage({ type: 'text', content: '  ' }))).toEqual(['message.text.empty'])
  })
  it('warns when an @mobile or @userId is missing from the text, and adds it on request', () => {
    const draft: MessageDraft = { type: 'text', content: '跟投提醒', at: { atMobiles: [EXAMPLE.mobile], atUserIds: ['user123'] } }
    expect(codes(buildMessage(draft))).toEqual(['message.at.notInText'])
    const fixed = addMissingMentions(draft)
    expect(fixed).toMatchObject({ content: `跟投提醒 @${EXAMPLE.mobile} @user123` })
    expect(buildMessage(fixed).findings).toEqual([])
    expect(addMissingMentions(fixed)).toBe(fixed)
  })
  it('does not count @138000000001 as @13800000000', () => {
    expect(codes(buildMessage({ type: 'text', content: `@${EXAMPLE.mobile}1`, at: { atMobiles: [EXAMPLE.mobile] } }))).toEqual(['message.at.notInText'])
  })
  it('isAtAll alone needs nothing in the text', () => {
    const r = buildMessage({ type: 'text', content: '全体注意', at: { isAtAll: true } })
    expect(r.findings).toEqual([])
    expect(r.body.at).toEqual({ isAtAll: true })
  })
})

describe('at limits', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `user${i + 1}`)
  const draft = (n: number): MessageDraft => ({ type: 'text', content: ids(n).map((id) => `@${id}`).join(' '), at: { atUserIds: ids(n) } })
  it('accepts 50 userIds and warns from 51 on (DingTalk: at most 50)', () => {
    expect(codes(buildMessage(draft(50)))).toEqual([])
    const over = buildMessage(draft(51))
    expect(codes(over)).toEqual(['message.at.tooMany'])
    expect(worstLevel(over.findings)).toBe('warning')
  })
})

describe('keywords', () => {
  it('passes when the text has one', () => {
    expect(buildMessage({ type: 'text', content: '跟投提醒' }, { keywords: ['告警', '跟投'] }).findings).toEqual([])
  })
  it('is an error when no keyword appears anywhere', () => {
    const r = buildMessage({ type: 'text', content: '你好' }, { keywords: ['跟投'] })
    expect(r.findings).toMatchObject([{ level: 'error', code: 'message.keyword.missing' }])
    expect(r.findings[0]?.message).toContain('跟投')
  })
  it('only warns when the keyword is in the title only (which fields count is UNCONFIRMED)', () => {
    const r = buildMessage({ type: 'markdown', title: '跟投', text: '内容' }, { keywords: ['跟投'] })
    expect(r.findings).toMatchObject([{ level: 'warning', code: 'message.keyword.onlyInTitle' }])
  })
  it('ignores an empty keyword list', () => {
    expect(buildMessage({ type: 'text', content: '你好' }, { keywords: ['', ' '] }).findings).toEqual([])
  })
})

describe('markdown', () => {
  it('builds title/text/at', () => {
    const r = buildMessage({ type: 'markdown', title: '跟投日报', text: '#### 日报\n> 今日新增 **3** 笔\n- 一\n- 二' })
    expect(r.findings).toEqual([])
    expect(r.body).toEqual({ msgtype: 'markdown', markdown: { title: '跟投日报', text: '#### 日报\n> 今日新增 **3** 笔\n- 一\n- 二' } })
  })
  it.each([
    ['| a | b |\n| --- | :-: |\n| 1 | 2 |', 'markdown.table'],
    ['~~作废~~', 'markdown.strikethrough'],
    ['```\ncode\n```', 'markdown.codeBlock'],
    ['- 一\n  - 一点一', 'markdown.nestedList'],
  ])('warns about unsupported syntax: %s', (text, code) => {
    const r = buildMessage({ type: 'markdown', title: 't', text })
    expect(r.findings).toMatchObject([{ level: 'warning', code }])
  })
  it('appends missing mentions on a new paragraph', () => {
    expect(addMissingMentions({ type: 'markdown', title: 't', text: '内容', at: { atUserIds: ['user123'] } })).toMatchObject({ text: '内容\n\n@user123' })
  })
})

describe('link', () => {
  it('builds the documented body', () => {
    const r = buildMessage({ type: 'link', title: '跟投', text: '查看详情', messageUrl: URL, picUrl: PIC })
    expect(r.findings).toEqual([])
    expect(r.body).toEqual({ msgtype: 'link', link: { title: '跟投', text: '查看详情', messageUrl: URL, picUrl: PIC } })
  })
  it('rejects non-http URLs and ignores at', () => {
    const r = buildMessage({ type: 'link', title: 't', text: 'x', messageUrl: 'javascript:alert(1)', at: { isAtAll: true } } as MessageDraft)
    expect(codes(r)).toEqual(['message.link.messageUrl.scheme', 'message.at.unsupported'])
    expect(r.body.at).toBeUndefined()
  })
  it('accepts the dingtalk:// link-opening form', () => {
    const messageUrl = `dingtalk://dingtalkclient/page/link?url=${encodeURIComponent(URL)}&pc_slide=false`
    expect(buildMessage({ type: 'link', title: 't', text: 'x', messageUrl }).findings).toEqual([])
  })
})

describe('actionCard', () => {
  it('whole-card jump', () => {
    const r = buildMessage({ type: 'actionCard', title: 't', text: 'x', btnOrientation: '0', singleTitle: '阅读全文', singleURL: URL })
    expect(r.findings).toEqual([])
    expect(r.body).toEqual({ msgtype: 'actionCard', actionCard: { title: 't', text: 'x', btnOrientation: '0', singleTitle: '阅读全文', singleURL: URL } })
  })
  it('one jump per button, horizontal', () => {
    const btns = [
      { title: '同意', actionURL: URL },
      { title: '拒绝', actionURL: 'http://gt.example.com/no' },
    ]
    const r = buildMessage({ type: 'actionCard', title: 't', text: 'x', btnOrientation: '1', btns })
    expect(r.findings).toEqual([])
    expect(r.body).toEqual({ msgtype: 'actionCard', actionCard: { title: 't', text: 'x', btnOrientation: '1', btns } })
  })
  it('needs a button, a valid orientation and complete buttons', () => {
    expect(codes(buildMessage({ type: 'actionCard', title: 't', text: 'x' }))).toEqual(['message.actionCard.noButton'])
    expect(codes(buildMessage({ type: 'actionCard', title: 't', text: 'x', singleTitle: '读', singleURL: URL, btnOrientation: '2' as '0' }))).toEqual([
      'message.actionCard.orientation',
    ])
    expect(codes(buildMessage({ type: 'actionCard', title: 't', text: 'x', singleTitle: '读' }))).toEqual(['message.actionCard.singleURL.empty'])
    expect(codes(buildMessage({ type: 'actionCard', title: 't', text: 'x', btns: [{ title: '', actionURL: 'ftp://x' }] }))).toEqual([
      'message.actionCard.btnTitleEmpty',
      'message.actionCard.actionURL.scheme',
    ])
  })
  it('keeps hideAvatar "0" / "1" and refuses anything else', () => {
    const r = buildMessage({ type: 'actionCard', title: 't', text: 'x', hideAvatar: '1', singleTitle: '读', singleURL: URL })
    expect(r.body).toMatchObject({ actionCard: { hideAvatar: '1' } })
    expect(codes(buildMessage({ type: 'actionCard', title: 't', text: 'x', singleTitle: '读', singleURL: URL, hideAvatar: 'yes' as '1' }))).toEqual([
      'message.actionCard.hideAvatar',
    ])
  })
  it('warns when both modes are given', () => {
    const r = buildMessage({ type: 'actionCard', title: 't', text: 'x', singleTitle: '读', singleURL: URL, btns: [{ title: 'a', actionURL: URL }] })
    expect(r.findings).toMatchObject([{ level: 'warning', code: 'message.actionCard.both' }])
  })
})

describe('feedCard', () => {
  it('builds links with messageURL/picURL casing', () => {
    const links = [{ title: '跟投周报', messageURL: URL, picURL: PIC }]
    const r = buildMessage({ type: 'feedCard', links })
    expect(r.findings).toEqual([])
    expect(r.body).toEqual({ msgtype: 'feedCard', feedCard: { links } })
  })
  it('requires links and all three fields', () => {
    expect(codes(buildMessage({ type: 'feedCard', links: [] }))).toEqual(['message.feedCard.noLinks'])
    expect(codes(buildMessage({ type: 'feedCard', links: [{ title: 't', messageURL: URL, picURL: '' }] }))).toEqual(['message.feedCard.picURL.empty'])
  })
  it('the titles count for keywords', () => {
    expect(buildMessage({ type: 'feedCard', links: [{ title: '跟投', messageURL: URL, picURL: PIC }] }, { keywords: ['跟投'] }).findings).toEqual([])
  })
})

describe('body size', () => {
  it('allows exactly the limit and rejects one byte more (UTF-8, 3 bytes per Chinese character)', () => {
    const overhead = JSON.stringify({ msgtype: 'text', text: { content: '' } }).length
    const fits = buildMessage({ type: 'text', content: 'a'.repeat(MAX_BODY_BYTES - overhead) })
    expect(fits.bytes).toBe(MAX_BODY_BYTES)
    expect(fits.findings).toEqual([])
    const over = buildMessage({ type: 'text', content: 'a'.repeat(MAX_BODY_BYTES - overhead - 2) + '跟' })
    expect(over.bytes).toBe(MAX_BODY_BYTES + 1)
    expect(codes(over)).toEqual(['message.tooLarge'])
  })
})

describe('odd drafts', () => {
  it('answers an unknown type without throwing', () => {
    expect(worstLevel(buildMessage({ type: 'image' } as unknown as MessageDraft).findings)).toBe('error')
    expect(worstLevel(buildMessage(null as unknown as MessageDraft).findings)).toBe('error')
  })
})

describe('what DingTalk cannot show or should not run (issue 13)', () => {
  const md = (text: string) => codes(buildMessage({ type: 'markdown', title: '跟投', text }))
  it('warns on javascript: links, raw HTML and bidi controls, not on <font color>', () => {
    expect(md('[点我](javascript:alert(1))')).toContain('markdown.unsafeLink')
    expect(md('<div onclick="x">跟投</div>')).toContain('markdown.html')
    expect(md('<font color=#FF0000>跟投</font>')).toEqual([])
    expect(md('跟投 \u202Elive')).toContain('markdown.bidi')
    expect(md('[跟投](https://gt.example.com/m/)')).toEqual([])
  })
  it('warns on image URLs DingTalk cannot fetch', () => {
    expect(md('![图](http://gt.example.com/a.png)')).toEqual(['markdown.image.http'])
    for (const host of ['127.0.0.1', '192.168.1.20', 'localhost', 'intranet', '10.0.0.5:8080']) {
      expect(md(`![图](https://${host}/a.png)`)).toEqual(['markdown.image.notPublic'])
    }
    expect(md('![图](https://gt.example.com/a.png)')).toEqual([])
    // A link (not an image) to a private host is not about images.
    expect(md('[内网](http://192.168.1.20/)')).toEqual([])
    const link = buildMessage({ type: 'link', title: '跟投', text: '说明', messageUrl: 'https://gt.example.com/', picUrl: 'http://192.168.1.20/a.png' })
    expect(codes(link)).toEqual(['message.link.picUrl.notPublic'])
    const feed = buildMessage({ type: 'feedCard', links: [{ title: '跟投', messageURL: 'https://gt.example.com/', picURL: 'http://gt.example.com/a.png' }] })
    expect(codes(feed)).toEqual(['message.feedCard.picURL.http'])
  })
  it('stays fast on 200 KB of link-like text', () => {
    for (const unit of ['](', '[a](b)', '![', '<a']) {
      const start = performance.now()
      md(unit.repeat(Math.ceil(200_000 / unit.length)))
      expect(performance.now() - start).toBeLessThan(3000)
    }
  })
})
