import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ERROR_CATALOG } from './catalog'
import { diagnoseCatalog as diagnose } from './catalog-entries'
import { parseResponse } from './parse-response'

// Wordings as DingTalk sent them in public GitHub threads (e.g. github.com/jenkinsci/dingtalk-plugin/issues/88,
// github.com/megaease/easeprobe/issues/202) or as its tables give them
// (https://open.dingtalk.com/document/development/custom-robots-send-group-messages,
// https://open.dingtalk.com/document/development/server-api-error-codes-1); IPs/AppKeys are made up.
const ROBOT_310000 = [
  ['keywords not in content, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]', 'robot.310000.keywords'],
  ['sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]', 'robot.310000.sign'],
  ['invalid timestamp, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]', 'robot.310000.timestamp'],
  [
    'description:机器人发送签名不匹配;solution:请确认签名和生成签名的时间戳必须都放在调用的网址中，请确认机器人的密钥加密和填写正确;link:请参考本接口对应文档获得具体要求，或者在https://open.dingtalk.com/document/  搜索相关文档;',
    'robot.310000.sign',
  ],
  ['description:机器人发送签名过期;solution:签名生成时间和发送时间请保持在 timestampms 以内;', 'robot.310000.timestamp'],
  ['description:关键词不匹配;solution:请联系群管理员查看此机器人的关键词，并在发送的信息中包含此关键词;', 'robot.310000.keywords'],
  ['错误描述:关键词不匹配;解决方案:请联系群管理员查看此机器人的关键词，并在发送的信息中包含此关键词;', 'robot.310000.keywords'],
  ['错误描述:ip 不在白名单中;解决方案:请联系对应群的管理员,设置机器人安全ip地址段', 'robot.310000.ip'],
  ['消息校验未通过，请查看机器人的安全设置', 'robot.310000'],
  // DingTalk's errmsg list (https://open.dingtalk.com/document/development/custom-robots-send-group-messages), with an IP filled in.
  ['ip 203.0.113.7 not in whitelist', 'robot.310000.ip'],
  ['{"errcode":310000,"errmsg":"ip 2001:db8::1 not in whitelist"}', 'robot.310000.ip'],
] as const

describe('diagnose: robot 310000 variants, old and new wording', () => {
  it.each(ROBOT_310000)('%s → %s', (errmsg, id) => {
    const d = diagnose(JSON.stringify({ errcode: 310000, errmsg }))
    expect(d).toMatchObject({ matched: true, id, errcode: 310000, source: 'robot', errmsg })
    expect(d.fix).toMatch(/[\u4e00-\u9fff]/)
  })
  it('reads DingTalk’s own description/solution', () => {
    const d = diagnose({ errcode: 310000, errmsg: ROBOT_310000[6][0] })
    expect(d.officialDescription).toBe('关键词不匹配')
    expect(d.officialSolution).toBe('请联系群管理员查看此机器人的关键词，并在发送的信息中包含此关键词')
  })
  it('recognises a pasted errmsg without the code', () => {
    expect(diagnose('sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]').id).toBe('robot.310000.sign')
  })
})

const CODES: [unknown, string, 'robot' | 'app' | 'jsapi' | 'unknown'][] = [
  [{ errcode: 300001, errmsg: 'token is not exist' }, 'robot.300001', 'robot'],
  [{ errcode: 300005, errmsg: 'token is not exist' }, 'robot.300005', 'robot'],
  [{ errcode: 400013, errmsg: '群已被解散' }, 'robot.400013', 'robot'],
  [{ errcode: 400101, errmsg: 'access_token不存在' }, 'robot.400101', 'robot'],
  [{ errcode: 400102, errmsg: '机器人已停用' }, 'robot.400102', 'robot'],
  [{ errcode: 400105, errmsg: '不支持的消息类型' }, 'robot.400105', 'robot'],
  [{ errcode: 400106, errmsg: '机器人不存在' }, 'robot.400106', 'robot'],
  [{ errcode: 410100, errmsg: '发送速度太快而限流' }, 'robot.410100', 'robot'],
  [{ errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' }, 'robot.130101', 'robot'],
  [{ errcode: 430101 }, 'robot.430101', 'robot'],
  [{ errcode: 430102 }, 'robot.430102', 'robot'],
  [{ errcode: 430103 }, 'robot.430103', 'robot'],
  [{ errcode: 430104 }, 'robot.430104', 'robot'],
  [{ errcode: 460101, errmsg: 'description: body 大小不合法;solution:请保持大小在 20000bytes 以内;' }, 'robot.460101', 'robot'],
  [{ errcode: -1, errmsg: '系统繁忙' }, 'common.-1', 'unknown'],
  [{ errcode: 500100, errmsg: '错误描述:系统异常,请稍后再试;' }, 'robot.500100', 'robot'],
  [{ errcode: 90030, errmsg: 'webhook over limit' }, 'robot.90030', 'robot'],
  [{ errcode: 40089, errmsg: '不合法的corpid或corpsecret' }, 'app.40089', 'app'],
  [{ code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' }, 'app.invalidClientIdOrSecret', 'app'],
  [{ code: 'Forbidden.AccessDenied.IpNotInWhiteList', message: 'ip not in white list' }, 'app.ipNotInWhiteList', 'app'],
  [{ errcode: 40014, errmsg: '不合法的access_token' }, 'app.40014', 'app'],
  [{ errcode: 42001, errmsg: 'access_token超时' }, 'app.42001', 'app'],
  [{ errcode: 40078, errmsg: '不存在的临时授权码' }, 'app.40078', 'jsapi'],
  [{ errcode: 40056, errmsg: '不合法的agentid' }, 'app.40056', 'app'],
  [{ errcode: 90002 }, 'app.90002', 'app'],
  [{ errcode: 90001 }, 'app.90001-90006', 'app'],
  [{ errcode: 90006 }, 'app.90001-90006', 'app'],
  [{ code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi' }, 'app.qpsLimit', 'app'],
  [{ status: 1111, wait: 5, source: 'x5', punish: 'deny', uuid: 'xxx' }, 'app.ipBanned', 'app'],
  [{ errcode: 43004 }, 'app.43004', 'app'],
]

describe('diagnose: every listed code', () => {
  it.each(CODES)('%j → %s', (body, id, source) => {
    const d = diagnose(body as Record<string, unknown>)
    expect(d).toMatchObject({ matched: true, id, source })
    expect(d.title.length).toBeGreaterThan(0)
  })
  it('marks 90030 and 300005 as unconfirmed', () => {
    expect(diagnose({ errcode: 90030 }).unconfirmed).toBe(true)
    expect(diagnose({ errcode: 410100 }).unconfirmed).toBe(false)
  })
})

describe('diagnose: 60020 with the caller IP', () => {
  it('tells which IP to add', () => {
    const d = diagnose(
      '{"errcode":60020,"errmsg":"访问ip不在白名单之中，请参考FAQ：https://open.dingtalk.com/document/org-faq/app-faq,request ip=203.0.113.77 appKey(dingexamplek3y9zq2mx)"}',
    )
    expect(d).toMatchObject({ matched: true, id: 'app.60020', errcode: 60020 })
    expect(d.fix).toContain('203.0.113.77')
  })
})

describe('diagnose: odd inputs', () => {
  it('reads a log line around the JSON, and SDK dumps', () => {
    expect(diagnose('2026-11-24 error: resp={"errcode":400102,"errmsg":"x"} end').id).toBe('robot.400102')
    expect(diagnose('ErrCode = 130101 ErrMsg = send too fast, exceed 20 times per minute').id).toBe('robot.130101')
    expect(diagnose('{"respCode":460101,"respMsg":"description: body 大小不合法;"}').id).toBe('robot.460101')
    expect(diagnose('310000').id).toBe('robot.310000')
  })
  it('says success for errcode 0 and for a new-API token', () => {
    expect(diagnose('{"errcode":0,"errmsg":"ok"}')).toMatchObject({ matched: true, id: 'success' })
    expect(diagnose({ accessToken: 'x', expireIn: 7200 })).toMatchObject({ id: 'success' })
  })
  it('gives an unknown errcode a helpful generic answer, with DingTalk’s own solution', () => {
    const d = diagnose({ errcode: 123456, errmsg: 'description:某错误;solution:请稍后再试;' })
    expect(d).toMatchObject({ matched: false, id: 'unknown', errcode: 123456, source: 'unknown' })
    expect(d.title).toContain('123456')
    expect(d.fix).toContain('请稍后再试')
    expect(d.fix).toContain('open.dingtalk.com')
  })
  it('asks for the body when empty or unrelated', () => {
    expect(diagnose('')).toMatchObject({ matched: false, id: 'empty' })
    expect(diagnose('hello')).toMatchObject({ matched: false, id: 'unknown', errcode: null })
  })
})

describe('diagnose: text without JSON', () => {
  it.each([
    ['HTTP 400 code: invalidClientIdOrSecret', 'app.invalidClientIdOrSecret'],
    ['invalidClientIdOrSecret', 'app.invalidClientIdOrSecret'],
    ['403 Forbidden.AccessDenied.IpNotInWhiteList', 'app.ipNotInWhiteList'],
    ['errcode=60020 errmsg=访问ip不在白名单之中', 'app.60020'],
  ])('%s → %s', (text, id) => expect(diagnose(text).id).toBe(id))
})

describe('diagnose: the forms people paste', () => {
  it.each([
    ['{"errcode":88,"sub_code":"40014","sub_msg":"不合法的access_token","errmsg":"ding talk error[subcode=40014,submsg=不合法的access_token]"}', 'app.40014', 40014],
    ['ding talk error[subcode=60011,submsg=没有调用该接口的权限]', 'app.60011', 60011],
    ['40014: 不合法的access_token', 'app.40014', 40014],
    ['ERROR sync: {\\"errmsg\\":\\"x\\",\\"errcode\\":90002}', 'app.90002', 90002],
    ['{"errorCode":"60020","errorMessage":"访问ip不在白名单之中"}', 'app.60020', 60020],
    ['[400] {"code":"InvalidAuthentication","requestid":"X","message":"不合法的access_token"}', 'app.InvalidAuthentication', 'InvalidAuthentication'],
    ['code: 400, 不合法的access_token request id: X', 'app.40014', 40014],
    ['{"code": 2, "msg": "invalidClientIdOrSecret"}', 'app.invalidClientIdOrSecret', 'invalidClientIdOrSecret'],
    ["{'errcode': 310000, 'errmsg': 'sign not match'}", 'robot.310000.sign', 310000],
    ["getLogin failed: { data: { errcode: 40014, errmsg: '不合法的access_token' }, status: 200 }", 'app.40014', 40014],
    ['["errcode"]=>\n  int(40014)\n  ["errmsg"]=>\n  string(24) "不合法的access_token"', 'app.40014', 40014],
    ['dd error: {"message":"权限校验失败 Code:52013 - Message: 签名校验失败","errorCode":3}', 'jsapi.52013', 52013],
    ['{"errorCode":3,"errorMessage":"1002,corpId不合法"}', 'jsapi.corpId', 3],
  ])('%s → %s', (text, id, errcode) => {
    expect(diagnose(text)).toMatchObject({ matched: true, id, errcode })
  })

  it('never takes an HTTP status for the errcode, and keeps DingTalk’s errcode 404', () => {
    expect(diagnose('response code: 403').errcode).toBeNull()
    expect(diagnose('{"errcode":404,"errmsg":"请求的URI地址不存在"}')).toMatchObject({ id: 'app.apiNotFound', errcode: 404 })
  })

  it('sends a bare 访问ip不在白名单之中 to the app’s 服务器出口IP, and the robot’s wording to the robot', () => {
    expect(diagnose('访问ip不在白名单之中').id).toBe('app.60020')
    expect(diagnose('description:ip 不在白名单中;solution:请联系对应群的管理员，设置机器人安全ip地址段').id).toBe('robot.310000.ip')
  })

  it('tells an expired sessionWebhook from a wrong robot token, and 300005 is any missing token', () => {
    expect(diagnose('{"errcode":300001,"errmsg":"session 不存在"}').id).toBe('robot.session')
    expect(diagnose('{"errcode":300001,"errmsg":"token is not exist"}').id).toBe('robot.300001')
    expect(diagnose('{"errcode":300005,"errmsg":"token is not exist"}').cause).not.toMatch(/^.*外部群时会返回 300005。?$/)
  })

  it('names the missing permission and the missing robot field', () => {
    const denied = diagnose('{"code":"Forbidden.AccessDenied.AccessTokenPermissionDenied","accessdenieddetail":{"requiredScopes":["Contact.User.Read"]}}')
    expect(denied.fix).toContain('Contact.User.Read')
    expect(diagnose('{"errcode":400402,"errmsg":"错误描述:参数 markdown --》 title 缺失"}').fix).toContain('markdown.title')
  })

  // The advice is loaded with DingTalk's table (official-row.ts): what every caller shows, via diagnose().
  it('gives an unknown code advice for the side it came from, not always the robot’s security settings', async () => {
    const { diagnose: withTable } = await import('./catalog')
    const { officialTable } = await import('./official-shards')
    expect((await withTable('{"errcode":123456,"errmsg":"x"} https://oapi.dingtalk.com/topapi/x', officialTable)).fix).toContain('AppKey')
    expect((await withTable('{"errcode":123456,"errmsg":"x"} robot/send', officialTable)).fix).toContain('安全设置')
    expect((await withTable('dd.config {"errcode":123456}', officialTable)).fix).toContain('corpId')
  })

  it('every entry links to an anchor of the 故障排查 page', () => {
    for (const d of [diagnose('{"errcode":40096}'), diagnose('{"errcode":52013}'), diagnose('{"errcode":310000,"errmsg":"sign not match"}')]) {
      expect(d.anchor).toMatch(/^err-/)
    }
  })
})

describe('parseResponse: any input, linear time, never throws', () => {
  it('survives any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const p = parseResponse(s)
        expect(typeof p.text).toBe('string')
        expect(diagnose(s).title.length).toBeGreaterThan(0)
      }),
      { numRuns: 400 },
    )
  })

  it('survives JSON-ish fragments and nesting', () => {
    const piece = fc.constantFrom('{', '}', '"', '\\"', '\\', 'errcode', ':', '88', 'sub_code', '[', ']', "'", 'code: 400', 'Code:52013', ',', '\n')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (parts) => {
        expect(() => diagnose(parts.join(''))).not.toThrow()
      }),
      { numRuns: 400 },
    )
  })

  it.each([
    ['braces', '{'.repeat(5_000_000)],
    ['escaped quotes', '\\"errcode\\":'.repeat(400_000)],
    ['a long log', ('2026-11-24 INFO ok {"a":1} errcode=0 code: 400 ' + 'x'.repeat(60) + '\n').repeat(40_000)],
    ['a long string', '{"errmsg":"' + 'a'.repeat(5_000_000)],
  ])('5 MB of %s in under 2 s', (_name, input) => {
    const started = performance.now()
    diagnose(input)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('the 故障排查 page lists every entry', () => {
  it('has the anchor of every catalog entry, grouped under robot / app / 免登 · JS-API', () => {
    const page = readFileSync(fileURLToPath(new URL('../../../docs/troubleshooting.md', import.meta.url)), 'utf8')
    const anchors = new Set([...page.matchAll(/\{#([\w-]+)\}/g)].map((m) => m[1]))
    for (const e of ERROR_CATALOG) expect(anchors.has(e.anchor), `${e.id} → #${e.anchor}`).toBe(true)
    const at = (heading: string) => page.indexOf(heading)
    expect(at('## 消息机器人的错误')).toBeLessThan(at('## 应用接口的错误'))
    expect(at('## 应用接口的错误')).toBeLessThan(at('## 免登 · JS-API 的错误'))
    expect(page.indexOf('{#err-52013}')).toBeGreaterThan(at('## 免登 · JS-API 的错误'))
    expect(page.indexOf('{#err-60011}')).toBeGreaterThan(at('## 应用接口的错误'))
  })
})

describe('diagnose: a code both sides use', () => {
  it('lets the side the paste comes from decide', () => {
    expect(diagnose('POST https://oapi.dingtalk.com/robot/send → {"errcode":43004}').id).toBe('robot.43004')
    expect(diagnose('GET https://oapi.dingtalk.com/gettoken → {"errcode":43004}').id).toBe('app.43004')
    expect(diagnose('POST https://oapi.dingtalk.com/robot/send → {"errcode":40035}').id).toBe('robot.40035')
    expect(diagnose('GET https://oapi.dingtalk.com/gettoken?appkey=x → {"errcode":40035}').id).toBe('app.40035')
  })
})
