import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { buildMatcher, buildMessageIndex, findMessage, MESSAGE_INDEX_FILE, messageFinder, normaliseMessage, toShardedMessages } from './official-messages'
import { sharedPrefixes } from './official-messages-shared'
import { officialTable } from './official-shards'
import { OFFICIAL_SHARDS, shardFile } from './official-table'

const dir = new URL('./official/', import.meta.url)
const shards = Array.from({ length: OFFICIAL_SHARDS }, (_, i) => JSON.parse(readFileSync(new URL(shardFile(i), dir), 'utf8')))
const file = JSON.parse(readFileSync(new URL(MESSAGE_INDEX_FILE, dir), 'utf8')) as Record<string, number>
const committed = buildMessageIndex(shards)

describe('DingTalk messages indexed for text matching', () => {
  it('the committed index is the one the shards give (rebuilt with them)', () => {
    expect(file).toEqual(toShardedMessages(committed, sharedPrefixes(shards, committed)))
    expect(Object.keys(committed).length).toBeGreaterThan(1000)
  })

  it('gives back every indexed message’s code through its shard', async () => {
    const find = messageFinder(file, async (n) => shards[n])
    for (const [key, code] of Object.entries(committed)) expect(await find(`前文 ${key} 后文`), key).toBe(code)
    expect(await find('没有钉钉的任何一句')).toBeNull()
  })

  it('keeps only messages one code owns, long enough to be DingTalk’s wording, no templates', () => {
    for (const [key, code] of Object.entries(committed)) {
      expect(key).toBe(normaliseMessage(key))
      expect(key.length, key).toBeGreaterThanOrEqual(6)
      expect(code).not.toBe('')
    }
    expect(committed[normaliseMessage('系统繁忙')]).toBeUndefined()
  })

  it('finds a message inside any text, full-width and spaced, the longest when several', () => {
    const m = buildMatcher({ abcdef: '1', bcdefghi: '2', 不合法的请求格式: '3' })
    expect(findMessage(m, 'xxABC DEFghi')).toBe('bcdefghi')
    expect(findMessage(m, 'xx abcdef yy')).toBe('abcdef')
    expect(findMessage(m, '报错：不合法的 请求格式！')).toBe('不合法的请求格式')
    expect(findMessage(m, 'abcde bcdefgh')).toBeNull()
  })

  it('reads 200 KB of hostile text in linear time', () => {
    const m = buildMatcher(committed)
    const text = '访问ip不在白名单之'.repeat(20_000)
    const t0 = performance.now()
    findMessage(m, text)
    expect(performance.now() - t0).toBeLessThan(1000)
  })
})

describe('diagnose: DingTalk’s standard message without its code', () => {
  const cases: [string, string][] = [
    // Messages from DingTalk's table (server-api-error-codes-1), pasted without a code.
    ['后台报错：计算解密文字错误', '900008'],
    ['回调失败 返回文本非success', '71009'],
    ['Exception: 不合法的请求格式', '40038'],
  ]
  it.each(cases)('%s → errcode %s', async (text, code) => {
    const d = await diagnose(text, officialTable)
    expect(d.matched).toBe(true)
    expect(String(d.errcode)).toBe(code)
  })

  it('a catalog entry that covers several codes shows the one the message names', async () => {
    const d = await diagnose('回调注册失败：计算解密文字长度不匹配', officialTable)
    expect(d.id).toBe('callback.decrypt')
    expect(d.errcode).toBe(900009)
  })

  it('a 200 KB paste without a code is read in well under a second (index loaded once)', async () => {
    await diagnose('预热', officialTable)
    const paste = '日志 INFO 处理中 访问ip不在白名 '.repeat(8_000)
    const t0 = performance.now()
    const d = await diagnose(paste, officialTable)
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(d.title.length).toBeGreaterThan(0)
  })

  it('a paste with a code keeps its code; success stays success', async () => {
    expect((await diagnose('{"errcode":40035,"errmsg":"不合法的请求格式"}', officialTable)).errcode).toBe(40035)
    expect((await diagnose('{"errcode":0,"errmsg":"ok"}', officialTable)).id).toBe('success')
  })
})

describe('the rate limits told apart by DingTalk’s own sentence (server-api-error-codes-1)', () => {
  it.each([
    ['您的服务器调用钉钉开放平台当前接口的所有请求都被暂时禁用了', 'app.90002'],
    ['TeaException: code: 403, 您的企业应用调用钉钉开放平台当前接口的所有请求都被暂时禁用了', 'app.qpsLimit'],
  ])('%s → %s', async (text, id) => {
    expect((await diagnose(text, officialTable)).id).toBe(id)
  })

  it('an ISV sentence is not the platform-wide 90002: DingTalk’s table names its code', async () => {
    const d = await diagnose('您的套件调用企业接口超过了限制，该套件的所有请求都被暂时禁用了，仅对企业授权给ISV的Accesstoken有效', officialTable)
    expect(d.id).not.toBe('app.90002')
    expect(d.errcode).toBe(90011)
  })
})
