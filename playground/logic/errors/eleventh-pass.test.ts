/**
 * Issue 21, eleventh pass: the form its one build miss taught, checked over INVENTED pastes (made-up ids,
 * hosts and wording around the code), never over the real answers. The miss was the new API's gateway code
 * written right after its HTTP status, with nothing else: the way DingTalk's own table of those codes lists
 * them (HttpCode, then 错误码, e.g. 400 staffId.notExisted:
 * https://open.dingtalk.com/document/development/server-api-error-codes-1), and the way people then quote
 * an answer they got. No reader took a bare code there, so the diagnosis said nothing.
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'
import { parseResponse } from './parse-response'

const read = (text: string) => diagnose(text, officialTable)

describe('a gateway code right after its HTTP status', () => {
  it.each([
    ['单聊消息发不出去，接口返回 400 staffId.notExisted', 'staffId.notExisted'],
    ['POST /v1.0/robot/oToMessages/batchSend → 400 `staffId.notExisted`', 'staffId.notExisted'],
    ["发送失败：403 'Forbidden.AccessDenied.AccessTokenPermissionDenied'", 'Forbidden.AccessDenied.AccessTokenPermissionDenied'],
    ['| 创建卡片 | 400 "param.cardTemplateIdEmpty" |', 'param.cardTemplateIdEmpty'],
  ])('%s', (text, code) => {
    expect(parseResponse(text).code).toBe(code)
  })

  it('answers with DingTalk’s own row for the code it reads', async () => {
    const d = await read('调用单聊接口时报 400 staffId.notExisted，userIds 填的是回调里的 senderId')
    expect(d.matched).toBe(true)
    expect(d.errcode).toBe('staffId.notExisted')
    expect(d.id).toBe('official:staffId.notExisted')
  })

  it('takes no file, host or plain word after a status for a code', () => {
    for (const text of [
      'GET /favicon.ico 404 favicon.ico',
      'nginx: 502 upstream.example.com timed out',
      '服务返回 500 index.html',
      'HTTP/1.1 400 Bad Request',
      'status 404 not.found',
      '404 README.md',
    ]) {
      const code = parseResponse(text).code
      expect(typeof code === 'string' && code.includes('.'), text).toBe(false)
    }
  })

  it('leaves a code under its own key to that key', () => {
    expect(parseResponse('400 staffId.notExisted {"code":"invalidParameter.userIds.invalid","message":"userIds 不合法"}').code).toBe(
      'invalidParameter.userIds.invalid',
    )
  })

  it('stays linear on a long paste of statuses', () => {
    const long = '400 a'.repeat(40_000) + '.b'.repeat(5)
    const t = performance.now()
    parseResponse(long)
    expect(performance.now() - t).toBeLessThan(1500)
  })
})
