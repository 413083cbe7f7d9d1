import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize'

// The browser gets the function through toString() + new Function(); test that form too.
const revived = new Function('return ' + tokenize.toString())() as typeof tokenize

describe.each([
  ['as imported', tokenize],
  ['as serialised for the browser', revived],
])('tokenize (%s)', (_name, fn) => {
  it('indexes Chinese as single characters and bigrams', () => {
    expect(fn('开通通讯录权限', 'text')).toEqual(
      expect.arrayContaining(['通', '讯', '录', '通讯', '讯录', '开通', '权限']),
    )
  })

  it('turns a multi-character query into bigrams only', () => {
    expect(fn('通讯录')).toEqual(['通讯', '讯录'])
    expect(fn('斜杠')).toEqual(['斜杠'])
  })

  it('keeps a one-character query', () => {
    expect(fn('钉')).toEqual(['钉'])
  })

  it('separates Latin runs glued to Chinese', () => {
    expect(fn('AppKey获取')).toEqual(['AppKey', '获取'])
    expect(fn('如何获取AppKey和AppSecret', 'text')).toEqual(
      expect.arrayContaining(['AppKey', 'AppSecret', '获取', '如何']),
    )
  })

  it('splits on spaces and punctuation, Chinese punctuation too', () => {
    expect(fn('应用首页链接，注意以斜杠结尾。例: http://a.com/m/')).toEqual(
      expect.arrayContaining(['应用', '斜杠', 'http', 'a', 'com', 'm']),
    )
    expect(fn('a，b。c')).toEqual(['a', 'b', 'c'])
  })

  it('finds a mid-sentence word: every query term is among the indexed terms', () => {
    const indexed = new Set(fn('调用钉钉服务端API时的合法IP列表，支持带一个星号通配符的IP格式', 'text'))
    for (const term of fn('通配符')) expect(indexed.has(term)).toBe(true)
    for (const term of fn('通讯录')) expect(indexed.has(term)).toBe(false)
  })

  it('takes any string without throwing', () => {
    for (const s of ['', '   ', '😀😀', 'ＡｐｐＫｅｙ', '\u200b', 'x'.repeat(100_000), '𠮷野家']) {
      expect(Array.isArray(fn(s))).toBe(true)
    }
  })
})
