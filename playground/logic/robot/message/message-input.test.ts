import { describe, expect, it } from 'vitest'
import { applyAtOptions, draftFromJson, draftFromJsonText } from './message-input'

describe('draftFromJson', () => {
  it('reads DingTalk’s own bodies for all five types', () => {
    expect(draftFromJson({ msgtype: 'text', text: { content: '跟投' }, at: { atMobiles: ['13800000000'], isAtAll: false } })).toEqual({
      draft: { type: 'text', content: '跟投', at: { atMobiles: ['13800000000'], isAtAll: false } },
      problem: null,
    })
    expect(draftFromJson({ msgtype: 'markdown', markdown: { title: 't', text: '# x' } }).draft).toEqual({
      type: 'markdown',
      title: 't',
      text: '# x',
    })
    expect(
      draftFromJson({ msgtype: 'link', link: { title: 't', text: 'x', messageUrl: 'https://gt.example.com/', picUrl: '' } }).draft,
    ).toEqual({ type: 'link', title: 't', text: 'x', messageUrl: 'https://gt.example.com/', picUrl: '' })
    expect(
      draftFromJson({
        msgtype: 'actionCard',
        actionCard: { title: 't', text: 'x', btnOrientation: '1', btns: [{ title: 'a', actionURL: 'https://gt.example.com/' }] },
      }).draft,
    ).toEqual({ type: 'actionCard', title: 't', text: 'x', btnOrientation: '1', btns: [{ title: 'a', actionURL: 'https://gt.example.com/' }] })
    expect(
      draftFromJson({
        msgtype: 'feedCard',
        feedCard: { links: [{ title: 'a', messageURL: 'https://gt.example.com/', picURL: 'https://gt.example.com/p.png' }] },
      }).draft,
    ).toEqual({ type: 'feedCard', links: [{ title: 'a', messageURL: 'https://gt.example.com/', picURL: 'https://gt.example.com/p.png' }] })
  })

  it('reads the site’s draft form too', () => {
    expect(draftFromJson({ type: 'text', content: 'x', at: { isAtAll: true } }).draft).toEqual({
      type: 'text',
      content: 'x',
      at: { isAtAll: true },
    })
    expect(draftFromJson({ type: 'link', title: 't', text: 'x', messageUrl: 'https://gt.example.com/' }).draft).toMatchObject({
      type: 'link',
    })
  })

  it('explains wrong shapes in Chinese instead of throwing', () => {
    const problems = [
      draftFromJson(null),
      draftFromJson([1]),
      draftFromJson({}),
      draftFromJson({ msgtype: 'image', image: {} }),
      draftFromJson({ msgtype: 'text' }),
      draftFromJson({ msgtype: 'text', text: { content: 1 } }),
      draftFromJson({ msgtype: 'text', text: { content: 'x' }, at: { atMobiles: '138' } }),
      draftFromJson({ msgtype: 'actionCard', actionCard: { title: 't', text: 'x', btnOrientation: 'h' } }),
      draftFromJson({ msgtype: 'feedCard', feedCard: { links: 'x' } }),
      draftFromJsonText('{"msgtype":'),
      draftFromJsonText(''),
    ]
    for (const p of problems) {
      expect(p.draft).toBeNull()
      expect(p.problem).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(draftFromJson({ msgtype: 'image', image: {} }).problem).toContain('text、link、markdown、actionCard、feedCard')
  })
})

describe('applyAtOptions', () => {
  it('adds mobiles (without duplicates) and @all to text and markdown', () => {
    const r = applyAtOptions({ type: 'text', content: 'x', at: { atMobiles: ['1'] } }, ['1', '2'], true)
    expect(r.draft).toEqual({ type: 'text', content: 'x', at: { atMobiles: ['1', '2'], isAtAll: true } })
  })

  it('leaves drafts alone when nothing is asked, and refuses @ on link / actionCard / feedCard', () => {
    const link = { type: 'link', title: 't', text: 'x', messageUrl: 'https://gt.example.com/' } as const
    expect(applyAtOptions(link, [], false).draft).toBe(link)
    expect(applyAtOptions(link, ['13800000000'], false).problem).toContain('不能 @ 人')
  })
})
