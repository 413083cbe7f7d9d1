import { describe, expect, it } from 'vitest'
import { searchData } from '../../playground/logic/search/search-data'
import { boostQueryTerm, questionTokenizer, tokenize } from './tokenize'

// The browser gets the function through toString() + new Function(); test that form too.
const revived = new Function('return ' + tokenize.toString())() as typeof tokenize

/** Runs `fn` as in a browser without Intl.Segmenter (older in-app browsers). */
function withoutSegmenter<T>(fn: () => T): T {
  const original = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')
  Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true })
  try {
    return fn()
  } finally {
    if (original) Object.defineProperty(Intl, 'Segmenter', original)
  }
}

describe.each([
  ['as imported', tokenize],
  ['as serialised for the browser', revived],
])('tokenize (%s)', (_name, fn) => {
  describe('indexing (a field name is given)', () => {
    it('indexes Chinese as bigrams, without single characters', () => {
      const terms = fn('开通通讯录权限', 'text')
      expect(terms).toEqual(['开通', '通通', '通讯', '讯录', '录权', '权限'])
    })

    it('keeps a Han character that stands alone', () => {
      expect(fn('钉 与 AppKey', 'text')).toEqual(['钉', '与', 'AppKey'])
    })

    it('keeps @ as a term', () => {
      expect(fn('@人', 'title')).toEqual(['@', '人'])
      expect(fn('正文里写上 @13800000000', 'text')).toEqual(expect.arrayContaining(['@', '13800000000']))
    })

    it('leaves out pairs with a function character, and keeps them in a query', () => {
      expect(fn('钉钉的应用是这个', 'text')).toEqual(['钉钉', '应用'])
      expect(fn('钉钉的应用')).toEqual(['钉钉', '钉的', '的应', '应用'])
    })

    it('leaves out long example values with digits, keeps long words', () => {
      const terms = fn('SECfedcba9876543210fedcba9876543210 invalidClientIdOrSecret', 'text')
      expect(terms).toEqual(['invalidClientIdOrSecret'])
    })
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
    expect(fn('如何获取AppKey和AppSecret', 'text')).toEqual(expect.arrayContaining(['AppKey', 'AppSecret', '获取', '如何']))
  })

  it('splits on spaces and punctuation, Chinese punctuation too', () => {
    expect(fn('应用首页链接，注意以斜杠结尾。例: http://a.com/m/', 'text')).toEqual(
      expect.arrayContaining(['应用', '斜杠', 'http', 'a', 'com', 'm']),
    )
    expect(fn('a，b。c', 'text')).toEqual(['a', 'b', 'c'])
  })

  it('finds a mid-sentence word: every query term is among the indexed terms', () => {
    const indexed = new Set(fn('调用钉钉服务端API时的合法IP列表，支持带一个星号通配符的IP格式', 'text'))
    for (const term of fn('通配符')) expect(indexed.has(term)).toBe(true)
    for (const term of fn('通讯录')) expect(indexed.has(term)).toBe(false)
  })

  it('takes any string without throwing, in time linear in its size', () => {
    for (const s of ['', '   ', '😀😀', 'ＡｐｐＫｅｙ', '\u200b', '𠮷野家', '$&$1', '@@@']) {
      expect(Array.isArray(fn(s))).toBe(true)
      expect(Array.isArray(fn(s, 'text'))).toBe(true)
    }
    const big = '钉钉机器人签名不对怎么办 appid '.repeat(6000)
    for (const run of [() => fn(big), () => fn(big, 'text')]) {
      const start = performance.now()
      expect(run().length).toBeGreaterThan(0)
      expect(performance.now() - start).toBeLessThan(5000)
    }
  })
})

const ask = questionTokenizer(searchData())

describe('questionTokenizer (the search box’s queries)', () => {
  it('reads full-width letters and ＠ as ASCII, in lower case', () => {
    expect(ask('ＡｐｐＫｅｙ')).toEqual(['appkey'])
    expect(ask('＠人')).toEqual(['@', '人'])
  })

  it('drops question words and particles', () => {
    expect(ask('corpid在哪里')).toEqual(['corpid'])
    expect(ask('怎么发布应用')).toEqual(['发布', '布应', '应用'])
    expect(ask('服务器出口ip怎么填？')).toEqual(expect.not.arrayContaining(['怎么', '么填']))
    expect(ask('webhook泄露了怎么办')).not.toContain('露了')
  })

  it('adds the pages’ words for what admins type (the glossary), after a space that boostQueryTerm weighs down', () => {
    const terms = ask('机器人签名不对')
    expect(terms).toEqual(expect.arrayContaining(['签名', '不对', '不匹', '匹配']))
    const space = terms.indexOf(' ')
    expect(space).toBeGreaterThan(terms.indexOf('签名'))
    expect(boostQueryTerm('不匹', terms.indexOf('不匹'), terms)).toBe(0.5)
    expect(boostQueryTerm('签名', terms.indexOf('签名'), terms)).toBe(1)
    expect(ask('艾特不生效')).toContain('@')
    expect(ask('企业ID在哪')).toContain('corpid')
    expect(ask('发消息太频繁')).toEqual(expect.arrayContaining(['发送', '送限', '限制', '限流']))
    expect(ask('签名')).not.toContain(' ')
  })

  it('matches a Latin glossary word only as a whole word', () => {
    expect(ask('appid 填哪个')).toEqual(expect.arrayContaining(['appkey', 'client', 'id']))
    expect(ask('happidays')).toEqual(['happidays'])
  })

  it('brings in every glossary entry’s words for each of its typed words', () => {
    for (const [typedWords, site] of searchData().synonyms) {
      for (const typed of typedWords) {
        const terms = new Set(ask(` ${typed} `))
        for (const word of site) for (const term of tokenize(word.toLowerCase())) expect(terms.has(term), `${typed} → ${word}`).toBe(true)
      }
    }
  })

  it('with Intl.Segmenter, drops one-character words only where they stand alone', () => {
    expect(ask('机器人在群里收不到消息')).not.toContain('人在')
    expect(ask('存在')).toEqual(['存在'])
  })

  it('without Intl.Segmenter (older in-app browsers), keeps them and still drops question words', () => {
    const terms = withoutSegmenter(() => ask('机器人在群里收不到消息吗'))
    expect(terms).toEqual(expect.arrayContaining(['机器', '器人', '人在', '收不', '不到', '消息']))
    expect(terms).not.toContain('息吗')
    expect(withoutSegmenter(() => ask('corpid在哪里'))).toEqual(['corpid'])
    expect(withoutSegmenter(() => ask('机器人签名不对'))).toEqual(expect.arrayContaining(['不匹', '匹配']))
  })

  it('takes any string, in time linear in its size, with or without Intl.Segmenter', () => {
    for (const s of ['', '   ', '😀😀', '\u200b', '𠮷野家', '$&$1', '@@@', '?？']) expect(Array.isArray(ask(s))).toBe(true)
    const big = '钉钉机器人签名不对怎么办 appid '.repeat(6000)
    for (const run of [() => ask(big), () => withoutSegmenter(() => ask(big))]) {
      const start = performance.now()
      expect(run().length).toBeGreaterThan(0)
      expect(performance.now() - start).toBeLessThan(5000)
    }
  })
})
