/**
 * A bare HTTP status with the address called (invented pastes, in the forms HTTP clients print them;
 * the meanings are DingTalk's table's, https://open.dingtalk.com/document/development/server-api-error-codes-1).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { diagnoseCatalog } from './catalog-entries'
import { statusRuleId } from './http-status'
import { STATUS_ENTRIES } from './http-status-entries'
import { officialTable } from './official-shards'
import { parseResponse } from './parse-response'

describe('status + host + path', () => {
  it.each([
    ['Request failed with status code 403 (POST https://api.dingtalk.com/v1.0/contact/users/search)', 'http.403.api'],
    ['HTTP/1.1 403 Forbidden\nPOST api.dingtalk.com/v1.0/im/interconnections/groups', 'http.403.api'],
    ['POST https://api.dingtalk.com/v1.0/robot/oToMessages/batchSend → 400 Bad Request', 'http.400.robotSend'],
    ['status=400 url=https://api.dingtalk.com/v1.0/calendar/users/x/events', 'http.400.api'],
    ['error=401 Unauthorized for url: https://api.dingtalk.com/v1.0/contact/users/me', 'app.InvalidAuthentication'],
    ['error=401 Client Error: Unauthorized for url: https://api.dingtalk.com/v1.0/gateway/connections/open', 'stream.authFailed'],
    ['GET https://oapi.dingtalk.com/topapi/v2/user/get status code 404', 'app.apiNotFound'],
    ['HTTP/2 502 Bad Gateway from https://oapi.dingtalk.com/robot/send?access_token=…', 'http.5xx'],
  ])('%s → %s', async (text, id) => {
    const d = await diagnose(text, officialTable)
    expect(d.matched).toBe(true)
    expect(d.id).toBe(id)
  })

  it('says nothing without one of DingTalk’s API hosts, or for a status it has no rule for', async () => {
    expect((await diagnose('Request failed with status code 403', officialTable)).matched).toBe(false)
    expect((await diagnose('status code 403 https://open.dingtalk.com/document/development/x', officialTable)).matched).toBe(false)
    expect((await diagnose('status code 429 https://api.dingtalk.com/v1.0/x', officialTable)).matched).toBe(false)
    expect(statusRuleId(null, 'https://api.dingtalk.com/v1.0/x', false)).toBeNull()
  })

  it('reads a 400 / 401 / 403 without an address as DingTalk’s when the paste names DingTalk, and nothing else that way', async () => {
    const paste = '{"channel": "dingtalk", "result": {"ok": false, "error": "Request failed with status code 400"}}'
    expect((await diagnose(paste, officialTable)).id).toBe('http.400.api')
    expect((await diagnose('钉钉推送失败：Request failed with status code 400', officialTable)).id).toBe('http.400.api')
    expect((await diagnose('[dingtalk] Request failed with status code 403', officialTable)).id).toBe('http.403.api')
    expect((await diagnose('[dingtalk] Request failed with status code 429', officialTable)).matched).toBe(false)
    expect((await diagnose('[dingtalk] Request failed with status code 400 from https://api.example.com/v1/chat', officialTable)).matched).toBe(false)
    expect(statusRuleId(400, null, false, false)).toBeNull()
  })

  it('a code in the paste wins over the status', () => {
    const d = diagnoseCatalog('HTTP 403 https://api.dingtalk.com/v1.0/x {"code":"Forbidden.AccessDenied.IpNotInWhiteList","message":"访问ip不在白名单之中"}')
    expect(d.id).toBe('app.ipNotInWhiteList')
  })

  it('a message of DingTalk’s table in the paste wins over the status alone', async () => {
    const d = await diagnose('HTTP 400 https://api.dingtalk.com/v1.0/x 报错：不合法的请求格式', officialTable)
    expect(String(d.errcode)).toBe('40038')
    expect((await diagnose('HTTP 400 https://api.dingtalk.com/v1.0/x 报错：请求格式', officialTable)).id).toBe('http.400.api')
  })

  it('says DingTalk’s meaning and that which cause is 未确认, and links an anchor of the 故障排查 page', () => {
    const page = readFileSync(new URL('../../../docs/troubleshooting.md', import.meta.url), 'utf8')
    for (const e of STATUS_ENTRIES) {
      expect(e.id).toMatch(/^http\./)
      expect(e.unconfirmed ?? false).toBe(false)
      expect(e.cause).toContain('未确认')
      expect(page).toContain(`{#${e.anchor}}`)
    }
  })

  it('finds the API address in a long log in linear time, and not in a word', () => {
    expect(parseResponse('x'.repeat(200_000)).endpoint).toBeNull()
    const t0 = performance.now()
    parseResponse('a.'.repeat(100_000) + ' api.dingtalk.com/v1.0/x 403')
    expect(performance.now() - t0).toBeLessThan(500)
    expect(parseResponse('see https://open.dingtalk.com/document/x then POST https://api.dingtalk.com/v1.0/y 403').endpoint).toBe('https://api.dingtalk.com/v1.0/y')
  })
})
