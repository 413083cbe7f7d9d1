/**
 * The 故障排查 sections suggested for a paste nothing read (related-entries.ts). INVENTED pastes: what an admin
 * writes around an error the rules do not know, and text that must get no suggestion at all.
 */
import { describe, expect, it } from 'vitest'
import { diagnose, ERROR_CATALOG } from './catalog'
import { ERROR_TEXTS } from './error-texts'
import { officialTable } from './official-shards'
import { MAX_RELATED, MIN_SCORE, rankEntries, relatedEntries, wordsOf } from './related-entries'

const related = (text: string) => relatedEntries(text, ERROR_CATALOG, ERROR_TEXTS).map((e) => e.id)

describe('a paste’s words', () => {
  it('are English words, standalone numbers of three or more digits and pairs of Chinese characters', () => {
    expect(wordsOf('aes_key 长度 310000 x50y 12')).toEqual(['aes_key', '310000', 'x50y', '长度'])
  })

  it('leave out the words every failing paste has', () => {
    expect(wordsOf('钉钉 DingTalk error 调用接口失败 errcode')).toEqual([])
    expect(wordsOf('调用钉钉接口时签名不对')).toEqual(['时签', '签名', '名不', '不对'])
  })
})

describe('suggestions for a paste nothing read', () => {
  it.each([
    ['加密 aes_key 长度不对，事件订阅保存时报错', 'callback.decrypt'],
    ['钉钉回调地址保存不了，一直说验证不通过', 'callback.71009'],
    ['打开微应用 dd.config 之后页面一直白屏，没有任何报错', 'jsapi.52013'],
    ['webhook 发出去以后群里什么都没有，机器人好像不在了', 'robot.400106'],
  ])('%s → among them %s', (text, id) => {
    expect(related(text)).toContain(id)
  })

  it.each([
    ['one generic word', '失败'],
    ['only the words every failing paste has', '钉钉 error，调用接口失败'],
    ['words of another subject', '今天天气很好，我们去公园散步吧'],
    ['a random string', 'Zm9vYmFyYmF6cXV4/123+quux9Xk2Lw0aP3rT7vB8nM1cD4eF6gH5jI'.repeat(40)],
  ])('none for %s', (_, text) => {
    expect(related(text)).toEqual([])
  })

  it('at most MAX_RELATED, each reaching MIN_SCORE and half the best score, with two words in common', () => {
    const text = '钉钉 Stream 模式 websocket 断开，clientId clientSecret 鉴权失败，回调 aes_key 解密失败，机器人 webhook 签名不匹配'
    const ranked = rankEntries(text, ERROR_CATALOG, ERROR_TEXTS)
    const ids = related(text)
    expect(ranked.length).toBeGreaterThan(MAX_RELATED)
    expect(ids).toHaveLength(MAX_RELATED)
    for (const id of ids) {
      const r = ranked.find((x) => x.rule.id === id)!
      expect(r.score).toBeGreaterThanOrEqual(Math.max(MIN_SCORE, ranked[0]!.score / 2))
      expect(r.shared).toBeGreaterThanOrEqual(2)
    }
    expect(ids).toEqual(ranked.filter((r) => r.shared >= 2).slice(0, MAX_RELATED).map((r) => r.rule.id))
  })
})

describe('the diagnosis carries them only when it recognised nothing', () => {
  it('an unknown paste: suggestions with the entry’s title and its section', async () => {
    const d = await diagnose('加密 aes_key 长度不对，钉钉事件订阅保存时报错', officialTable)
    expect(d).toMatchObject({ matched: false, id: 'unknown' })
    const decrypt = d.related?.find((r) => r.id === 'callback.decrypt')
    expect(decrypt).toEqual({ id: 'callback.decrypt', title: ERROR_TEXTS['callback.decrypt']!.title, anchor: ERROR_CATALOG.find((e) => e.id === 'callback.decrypt')!.anchor })
  })

  it.each([
    ['a recognised answer', '{"errcode":310000,"errmsg":"sign not match, more: [x]"}'],
    ['a success', '{"errcode":0,"errmsg":"ok"}'],
    ['nothing', '   '],
    ['a code only DingTalk’s table lists', '{"errcode":33012,"errmsg":"无效的USERID"}'],
  ])('none for %s', async (_, text) => {
    expect((await diagnose(text, officialTable)).related).toBeUndefined()
  })
})
