/**
 * A bare HTTP status in the words of the HTTP client that got it (issue 21; testdata/http-client-forms.ts,
 * each form cited at its client's source): every status the rules know × every DingTalk address × every
 * client's form gives the diagnosis of the plain `HTTP <status> <url>`, also beside DingTalk's context words
 * (a Stream SDK, a channel naming 钉钉). Numbers that are not a status (a port, a date, a duration, a count)
 * are never read as one. All values INVENTED.
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'
import { parseResponse } from './parse-response'
import { ADDRESSES, HTTP_CLIENT_FORMS, LOG_LINES, REASON } from './testdata/http-client-forms'

const STATUSES = Object.keys(REASON).map(Number)
const read = async (text: string): Promise<string> => {
  const d = await diagnose(text, officialTable)
  return `${d.id} (${String(d.errcode)})`
}

/**
 * Differences kept on purpose:
 * - A 504 from the Stream gateway's connection call in words that say the gateway timed out (“Gateway
 *   Timeout”, Spring's GatewayTimeout) is read as the Stream connection not opening, which it is; the plain
 *   status gives DingTalk's 5xx answer. Both say to retry.
 */
function kept(status: number, url: string, got: string): boolean {
  return status === 504 && url.includes('/gateway/connections/open') && got.startsWith('stream.connectionLost ')
}

describe('HTTP clients’ own words for a bare status', () => {
  it.each(HTTP_CLIENT_FORMS.map((f) => [f.name, f] as const))('%s: same diagnosis as the plain status and address', async (_, f) => {
    expect(f.source).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\//)
    const misses: string[] = []
    for (const s of STATUSES) {
      for (const u of ADDRESSES) {
        const text = f.printsUrl ? f.render(s, u) : `POST ${u}\n${f.render(s, u)}`
        const [want, got] = [await read(`HTTP ${s} ${u}`), await read(text)]
        if (got !== want && !kept(s, u, got)) misses.push(`${text.split('\n')[f.printsUrl ? 0 : 1]} → ${got}, want ${want}`)
      }
    }
    expect(misses).toEqual([])
  })

  it.each(HTTP_CLIENT_FORMS.map((f) => [f.name, f] as const))('%s: without an address, beside DingTalk’s context words', async (_, f) => {
    const contexts = ['', '钉钉消息发送失败：', '[dingtalk] send failed: ', 'DingTalk Stream connect: ', 'Connection attempt 3 failed: ']
    const misses: string[] = []
    for (const s of STATUSES) {
      for (const c of contexts) {
        if (f.printsUrl) continue
        const text = c + f.render(s, '')
        const [want, got] = [await read(`${c}HTTP ${s}`), await read(text)]
        if (got !== want) misses.push(`${text.split('\n')[0]} → ${got}, want ${want}`)
      }
    }
    expect(misses).toEqual([])
  })

  it('reads people’s own log lines of a status (status_code, "statusCode", 状态码, http code) the same way', async () => {
    const misses: string[] = []
    for (const line of LOG_LINES) {
      for (const s of STATUSES) {
        for (const u of ADDRESSES) {
          const [want, got] = [await read(`HTTP ${s} ${u}`), await read(line(s, u))]
          if (got !== want && !kept(s, u, got)) misses.push(`${line(s, u)} → ${got}, want ${want}`)
        }
      }
    }
    expect(misses).toEqual([])
  })

  it('axios’s own code (ERR_BAD_REQUEST) is never DingTalk’s, and DingTalk’s code in the response still wins', async () => {
    const u = ADDRESSES[1]!
    const json = { message: 'Request failed with status code 401', name: 'AxiosError', code: 'ERR_BAD_REQUEST', status: 401, response: { status: 401, data: { code: 'Forbidden.AccessDenied.IpNotInWhiteList', message: '访问ip不在白名单之中' } } }
    expect((await diagnose(JSON.stringify(json), officialTable)).id).toBe('app.ipNotInWhiteList')
    const inspected = `AxiosError: Request failed with status code 400\n  code: 'ERR_BAD_REQUEST',\n  config: { url: '${u}' },\n  response: { status: 400, data: { errcode: 40035, errmsg: '缺少参数 json' } }`
    expect(String((await diagnose(inspected, officialTable)).errcode)).toBe('40035')
    expect(parseResponse(`code: 'ERR_BAD_RESPONSE', status: 502, url: '${u}'`).code).toBeNull()
    // The new API's gateway code under the same key as axios's, after it: read on to it.
    const gateway = `AxiosError: Request failed with status code 403\n  code: 'ERR_BAD_REQUEST',\n  config: { url: '${u}' },\n  response: { status: 403, data: { code: 'Forbidden.AccessDenied.IpNotInWhiteList', message: '访问ip不在白名单之中' } }`
    expect(parseResponse(gateway)).toMatchObject({ code: 'Forbidden.AccessDenied.IpNotInWhiteList', httpStatus: 403 })
    expect(parseResponse('错误码：ERR_BAD_REQUEST').code).toBeNull()
  })

  it('reads the status each client prints', () => {
    for (const f of HTTP_CLIENT_FORMS) {
      for (const s of STATUSES) expect([f.name, parseResponse(f.render(s, ADDRESSES[0]!)).httpStatus]).toEqual([f.name, s])
    }
  })

  it('never reads a port, a date, a duration or a count as a status', () => {
    for (const text of [
      'POST https://api.dingtalk.com:443/v1.0/contact/users/search took 403 ms',
      'connect to 10.0.0.5:404 failed, retry in 500ms (https://api.dingtalk.com/v1.0/robot/oToMessages/batchSend)',
      'curl: (22) 2026-04-03 https://oapi.dingtalk.com/topapi/v2/user/get retried 403 times',
      'Response{protocol=h2, code=200, message=, url=https://api.dingtalk.com/v1.0/contact/users/search} in 401ms',
      'sent 500 messages, 404 users at https://api.dingtalk.com/v1.0/robot/oToMessages/batchSend',
      'HTTP/1.1 200 OK from https://api.dingtalk.com/v1.0/contact/users/search, elapsed 502 ms',
      'GET https://api.dingtalk.com/v1.0/contact/users/search (403 ms), retries: 2, 404 "rows"',
      'https://api.dingtalk.com:8403/v1.0/contact/users/search, 2026-05-04 12:40:35',
      'sent 404 of 500, 403/s (https://api.dingtalk.com/v1.0/robot/oToMessages/batchSend)',
      'sent 500 during 10s, status_code=200 (https://api.dingtalk.com/v1.0/robot/oToMessages/batchSend)',
      '{"statusCode":200,"elapsed":403,"url":"https://api.dingtalk.com/v1.0/contact/users/search"}',
      '状态码：200，耗时 403 ms，https://api.dingtalk.com/v1.0/contact/users/search',
    ]) {
      expect([text, parseResponse(text).httpStatus]).toEqual([text, null])
    }
  })

  it('reads a long paste in linear time', () => {
    const t0 = performance.now()
    parseResponse('403 ( '.repeat(35_000) + ' https://api.dingtalk.com/v1.0/x')
    parseResponse('HttpClientErrorException: 4 : '.repeat(7_000))
    parseResponse("baseURL: 'https://api.dingtalk.com', ".repeat(5_500))
    expect(performance.now() - t0).toBeLessThan(100)
  })
})
