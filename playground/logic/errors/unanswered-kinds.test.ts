/**
 * Issue 21: kinds of answer no entry read, or read as the wrong thing, checked over INVENTED pastes (made-up
 * hosts, tokens, times; addresses only from the documentation ranges). Each rule's evidence is cited where
 * the rule is written (callback-errors.ts, robot-errors.ts, http-status.ts, catalog.ts).
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { statusRuleId } from './http-status'
import { officialTable } from './official-shards'

const read = (text: string) => diagnose(text, officialTable)

describe('the console refusing a callback address on its security blacklist', () => {
  it.each([
    'URL地址在安全黑名单中不允许使用',
    '事件与回调 保存请求网址时提示：URL地址在安全黑名单中不允许使用',
    '配置消息接收地址 https://cb.example.com/ding 报错 “URL地址在安全黑名单中，不允许使用”',
  ])('%s', async (text) => {
    const d = await read(text)
    expect(d.id).toBe('callback.urlBlacklisted')
    expect(d.title).toContain('黑名单')
    expect(d.docUrl).toContain('event-subscription-and-data-push')
  })
})

describe('an HTML page where DingTalk’s JSON was expected', () => {
  it.each([
    'level=error ts=2026-11-02T03:04:05.678Z caller=dingtalk.go:97 component=web target=ops msg="Failed to send notification" err="error decoding response from DingTalk: invalid character \'<\' looking for beginning of value"',
    'Traceback (most recent call last):\n  File "/srv/alert/dingtalk_notify.py", line 31, in send\n    return resp.json()\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
    'com.fasterxml.jackson.core.JsonParseException: Unexpected character (\'<\' (code 60)): expected a valid value (JSON String, Number, Array, Object or token \'null\', \'true\' or \'false\')\n at [Source: (String)"<html>"; line: 1, column: 2]\n\tat com.example.notify.DingTalkSender.send(DingTalkSender.java:58)',
    '钉钉通知发送失败：SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON',
    'POST https://oapi.dingtalk.com/robot/send?access_token=abc123 → SyntaxError: Unexpected token < in JSON at position 0',
  ])('%s', async (text) => {
    const d = await read(text)
    expect(d.id).toBe('net.htmlNotJson')
    expect(d.title).toContain('JSON')
  })

  it('says nothing of another service’s HTML', async () => {
    expect((await read('err="error decoding response from Slack: invalid character \'<\' looking for beginning of value"')).id).not.toBe('net.htmlNotJson')
    expect((await read('json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)')).id).not.toBe('net.htmlNotJson')
  })

  it('leaves a status DingTalk’s table explains to its own answer', async () => {
    const d = await read('POST https://oapi.dingtalk.com/robot/send?access_token=abc123\nHTTP/1.1 502 Bad Gateway\n<html><head><title>502 Bad Gateway</title></head></html>\nSyntaxError: Unexpected token < in JSON at position 0')
    expect(d.id).toBe('http.5xx')
  })
})

describe('curl’s own errors calling DingTalk (https://curl.se/libcurl/c/libcurl-errors.html)', () => {
  it.each([
    ['curl: (6) Could not resolve host: oapi.dingtalk.com', 'net.dns'],
    ["curl: (6) Couldn't resolve host 'api.dingtalk.com'", 'net.dns'],
    ['curl: (60) SSL certificate problem: certificate has expired\nMore details here: https://curl.se/docs/sslcerts.html', 'net.tlsCertificate'],
    ['curl: (77) error setting certificate verify locations:  CAfile: /etc/ssl/certs/ca-certificates.crt CApath: none', 'net.tlsCertificate'],
  ])('%s → %s', async (text, id) => {
    expect((await read(text)).id).toBe(id)
  })
})

describe('a sign mismatch in the robot’s callback, not the webhook', () => {
  it.each([
    '机器人回调验签失败：签名不匹配 timestamp=1700000000000',
    'outgoing robot: sign not match, header timestamp=1700000000000 sign=Zm9vYmFy',
    '[bot] callback from DingTalk rejected: signature mismatch (headers timestamp / sign)',
    '消息接收地址收到钉钉的请求，请求头 sign 校验失败：签名不一致',
  ])('%s', async (text) => {
    const d = await read(text)
    expect(d.id).toBe('robot.callbackSign')
    expect(d.anchor).toBe('err-robot-callback-sign')
  })

  it('keeps the webhook’s 310000 without callback words, or when DingTalk’s code is there', async () => {
    expect((await read('发送失败：签名不匹配')).id).toBe('robot.310000.sign')
    expect((await read('{"errcode":310000,"errmsg":"sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]"} 回调')).id).toBe('robot.310000.sign')
  })

  it('leaves an event subscription’s crypto library to its own entry', async () => {
    expect((await read('DingCallbackCrypto 回调 签名不匹配 msg_signature=abc')).id).toBe('callback.signature')
  })
})

describe('a bare 401 / 403 in a paste that names DingTalk', () => {
  it.each([
    ['[dingtalk] Request failed with status code 403', 'http.403.api'],
    ['钉钉同步通讯录失败：HTTP/1.1 403 Forbidden', 'http.403.api'],
    ['dingtalk notify error: 401 Client Error: Unauthorized', 'app.InvalidAuthentication'],
    ['钉钉接口返回 status code 403，文档 https://open.dingtalk.com/document/development/server-api-error-codes-1', 'http.403.api'],
    ['钉钉推送失败 Request failed with status code 400\n我的服务器：https://hook.example.com/ding', 'http.400.api'],
  ])('%s → %s', async (text, id) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe(id)
  })

  it('still needs DingTalk named outside a link, and no other service’s address called', async () => {
    expect((await read('status code 403 https://open.dingtalk.com/document/development/x')).matched).toBe(false)
    expect((await read('[dingtalk] Request failed with status code 403 from https://api.example.com/v1/chat')).matched).toBe(false)
    expect((await read('Request failed with status code 401')).matched).toBe(false)
    expect(statusRuleId(403, null, false, false)).toBeNull()
    expect(statusRuleId(403, 'https://open.dingtalk.com/document/x', false, true)).toBe('http.403.api')
    expect(statusRuleId(403, 'wss://wss-open-connection.dingtalk.com/connect', false, true)).toBeNull()
  })
})

describe('linear time on a long paste', () => {
  it.each([
    ['回调', '回调'.repeat(100_000)],
    ['dingtalk links', 'https://x.dingtalk.com/'.repeat(9_000)],
    ['from links', ' from https://a.example.com/'.repeat(7_000)],
    ['headers', 'header'.repeat(35_000)],
  ])('%s', async (_name, text) => {
    const t0 = performance.now()
    await read(`${text} 签名不匹配 status code 403`)
    expect(performance.now() - t0).toBeLessThan(1500)
  })
})
