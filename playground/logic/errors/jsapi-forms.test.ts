/**
 * Issue 21: 免登 and JS-API authorisation, end to end. Every row of testdata/jsapi-forms.ts (DingTalk's pages and
 * the dingtalk-jsapi package, each with its source) is read in each form the client prints it: the object as
 * JSON.stringify shows it (errorCode a string, as the bridges give it, or a number), inside `alert('dd error: ' +
 * JSON.stringify(err))` (the 鉴权 page's own dd.error sample: https://open.dingtalk.com/document/development/jsapi-authentication),
 * as the console / vConsole prints an object, the errorMessage alone, the older SDK's `message` key, the 小程序
 * fail object (`error` / `errorMessage`), and for dd.config's 520xx codes inside errorCode 3 (权限校验失败 Code:…).
 * The server's answers when it exchanges the code are read as JSON, in the FAQ's `errcode=…, errmsg=…` and as the
 * FAQ's sample code throws them. Invented values only.
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'
import { CLIENT_ROWS, type ClientRow, SERVER_ROWS } from './testdata/jsapi-forms'

const read = (text: string) => diagnose(text, officialTable)

type Form = [name: string, print: (r: ClientRow) => string | null]

const withCode = (print: (r: ClientRow & { code: number }) => string) => (r: ClientRow) => (r.code === null ? null : print(r as ClientRow & { code: number }))

const CLIENT_FORMS: Form[] = [
  ['JSON.stringify, errorCode a string', withCode((r) => JSON.stringify({ errorCode: String(r.code), errorMessage: r.errorMessage }))],
  ['JSON.stringify, errorCode a number', withCode((r) => JSON.stringify({ errorCode: r.code, errorMessage: r.errorMessage }))],
  ['alert in dd.error', withCode((r) => `dd error: ${JSON.stringify({ errorCode: String(r.code), errorMessage: r.errorMessage })}`)],
  // The browser console quotes a string with the quote it does not contain.
  ['the console’s object', withCode((r) => {
    const q = r.errorMessage.includes("'") ? '"' : "'"
    return `{errorCode: '${r.code}', errorMessage: ${q}${r.errorMessage}${q}}`
  })],
  ['vConsole’s object', withCode((r) => `{errorCode: "${r.code}", errorMessage: "${r.errorMessage}"}`)],
  ['the older SDK’s message key', withCode((r) => JSON.stringify({ message: r.errorMessage, errorCode: r.code }))],
  ['the 小程序 fail object', withCode((r) => `getAuthCode fail: ${JSON.stringify({ error: r.code, errorMessage: r.errorMessage })}`)],
  ['errorMessage alone', (r) => r.errorMessage],
  ['errorMessage in a log line', (r) => `[login] 2026-12-04 10:00:01 onFail ${r.errorMessage}`],
  [
    'inside errorCode 3',
    (r) =>
      r.code !== null && r.code > 52000 && r.code < 52100
        ? `dd error: ${JSON.stringify({ message: `权限校验失败 Code:${r.code} - Message: ${r.errorMessage},nonce:[abc123],timestamp:[1764842400000],url:[https://app.example.com/]`, errorCode: 3 })}`
        : null,
  ],
]

const clientCases = CLIENT_ROWS.flatMap((r) => CLIENT_FORMS.map(([form, print]) => ({ r, form, text: print(r) }))).filter((c) => c.text !== null)

describe('what the page inside DingTalk reports', () => {
  it('has every row cited', () => {
    for (const r of CLIENT_ROWS) expect(r.source).toMatch(/^https:\/\/(?:open\.dingtalk\.com\/document\/|unpkg\.com\/dingtalk-jsapi@\d)/)
  })

  it.each(clientCases.map((c) => [c.r.id, c.form, c.text!, c.r] as const))('%s · %s: %s', async (id, form, text, r) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe(id)
    expect(d.source).toBe('jsapi')
    // The code read where the client's key carries it: its own, or the 520xx inside errorCode 3. Not 3 or 9: the
    // client wraps several failures in them (9 with 签名校验失败 on PC: https://developer.aliyun.com/ask/224837),
    // and the entry shows its own code then.
    if (r.code !== null && !form.startsWith('errorMessage') && r.code !== 3 && r.code !== 9) {
      expect(String(d.errcode)).toBe(String(r.code))
    }
  })
})

describe('what the server is answered when it exchanges the code', () => {
  const forms: [string, (r: (typeof SERVER_ROWS)[number]) => string][] = [
    ['JSON', (r) => JSON.stringify({ errcode: r.errcode, errmsg: r.errmsg, request_id: '5f1c0a2b3c4d' })],
    ['the FAQ’s errcode=…, errmsg=…', (r) => `errcode=${r.errcode}, errmsg=${r.errmsg}`],
    ['after the address called', (r) => `POST ${r.endpoint}?access_token=abc123 → ${JSON.stringify({ errcode: r.errcode, errmsg: r.errmsg })}`],
    ['as the FAQ’s sample code throws it', (r) => `Error: 获取用户信息失败: ${r.errmsg}\n    at getUserId (/srv/app/login.js:21:13)`],
  ]
  it.each(SERVER_ROWS.flatMap((r) => forms.map(([form, print]) => [r.id, form, print(r)] as const)))('%s · %s: %s', async (id, _form, text) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe(id)
  })
})

describe('the words decide, not more', () => {
  it('leaves the new API’s invalidAgentId and the 服务窗 agentid to DingTalk’s rows', async () => {
    expect((await read('{"code":"invalidAgentId","requestid":"0F3C1A2B","message":"无效的agentId"}')).id).toBe('official:invalidAgentId')
    expect((await read('{"errcode":52023,"errmsg":"无效的服务窗agentid"}')).id).toBe('official:52023')
  })

  it('reads errorCode 7 and 9 by their words: 9 also wraps other failures', async () => {
    expect((await read('{"errorCode":"7","errorMessage":"x"}')).id).not.toBe('jsapi.notAuthed')
    expect((await read('{"errorCode":"9","errorMessage":"x"}')).id).not.toBe('jsapi.corpId')
    expect((await read('dd.config 出错 {"errorCode":9,"errorMessage":"签名校验失败"}')).id).toBe('jsapi.52013')
  })

  it('reads a numeric `error` as the code only beside errorMessage, as the 小程序 fail object has it', async () => {
    expect((await read('{"error":1002,"errorMessage":"企业无此微应用"}')).errcode).toBe(1002)
    expect((await read('{"error":1002}')).errcode).not.toBe(1002)
    expect((await read('{"error":404,"message":"Not Found"}')).errcode).not.toBe(404)
  })

  it('keeps notInDingTalk for the package’s platform words outside DingTalk', async () => {
    const d = await read(`{"errorCode":4050,"errorMessage":"[DINGTALK-JSAPI] ERROR 4050: 'device.notification.alert' do not support the current platform ('notInDingTalk')"}`)
    expect(d.id).toBe('jsapi.notInDingTalk')
  })

  it.each([
    ['an unclosed 对应企业没有', '对应企业没有 '.repeat(40_000)],
    ['repeated platform words', "do not support the current platform ('".repeat(20_000)],
  ])('stays linear on %s', async (_name, text) => {
    const t = performance.now()
    await read(text)
    expect(performance.now() - t).toBeLessThan(2000)
  })
})
