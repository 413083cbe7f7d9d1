/**
 * One code, several meanings (issue 21): which entry a paste's context chooses. The codes more than one entry
 * claims, and the entries that hold for one endpoint or call only (`at`), are listed from the catalog itself;
 * each has its answers pasted in each side's context (an endpoint line, an SDK's class in a stack frame or a
 * log, words) and must give that side's entry. All values invented.
 */
import { describe, expect, it } from 'vitest'
import { diagnose, ERROR_CATALOG, guessSource } from './catalog'
import { officialTable } from './official-shards'
import type { OfficialShard } from './official-table'

type Side = 'robot' | 'app' | 'jsapi'

/** Lines that say the side, by the strength of the clue (catalog.ts SIDE_CLUES). */
const CONTEXTS: Record<Side, Record<'endpoint' | 'sdk' | 'words', readonly string[]>> = {
  robot: {
    endpoint: [
      'POST https://oapi.dingtalk.com/robot/send?access_token=made-up-token',
      'requests.post("https://oapi.dingtalk.com/robot/sendBySession?session=made-up")',
      'ERROR topsdk - 2026-12-03 10:15:42.123^_^_dingtalk_^_^dingtalk.oapi.robot.send^_^198.51.100.7^_^Linux^_^52',
    ],
    sdk: [
      '\tat com.dingtalk.api.request.OapiRobotSendRequest.getTextParams(OapiRobotSendRequest.java:57)',
      'req=dingtalk.api.OapiRobotSendRequest(url)',
      '  File "/srv/venv/lib/python3.11/site-packages/dingtalkchatbot/chatbot.py", line 200, in post',
    ],
    words: ['群机器人发送失败：', 'webhook 返回'],
  },
  app: {
    endpoint: [
      'POST https://oapi.dingtalk.com/topapi/message/corpconversation/asyncsend_v2?access_token=made-up',
      'GET https://oapi.dingtalk.com/user/get?userid=user-made-up',
      'POST https://api.dingtalk.com/v1.0/contact/users/search',
      'ERROR topsdk - 2026-12-03 10:15:42.123^_^_dingtalk_^_^dingtalk.oapi.message.corpconversation.asyncsend_v2^_^198.51.100.7^_^Linux^_^52',
    ],
    sdk: [
      '\tat com.dingtalk.api.request.OapiV2UserGetRequest.getApiMethodName(OapiV2UserGetRequest.java:41)',
      '  File "/srv/venv/lib/python3.11/site-packages/alibabacloud_dingtalk/contact_1_0/client.py", line 120, in search_user',
      'com.dingtalk.api.request.OapiRobotMessageSendgroupRequest@5e9f23b4',
    ],
    words: ['appkey=dingexampleappkey000 调用失败：', 'corpId: dingexamplecorp000'],
  },
  jsapi: {
    endpoint: ['dd.error(function (err) { alert(JSON.stringify(err)) })', 'dd.ready(() => dd.biz.contact.choose({}))'],
    sdk: [],
    words: ['H5 免登失败：'],
  },
}

const json = (code: number, message: string | null, key = 'errcode', msgKey = 'errmsg') =>
  JSON.stringify(message === null ? { [key]: code } : { [key]: code, [msgKey]: message })

/**
 * For each code more than one entry claims, or one an entry holds for an endpoint only: answers as both sides
 * could print them, and the entry each context gives. `shared` answers say nothing of their side themselves
 * (a bare code, a message both sides print), so every context of a side gives that side's entry; `own` answers
 * carry an entry's own words, which decide whatever the context.
 */
interface CodeCases {
  shared: readonly string[]
  /** The entry for each side's contexts (a side left out has no entry for the code). */
  bySide: Partial<Record<Side, string>>
  /** Answers whose words name their entry in any context. */
  own: readonly (readonly [answer: string, id: string])[]
  /** Contexts of one endpoint or call (an entry's `at`), beside the bare answer. */
  at?: readonly (readonly [context: string, id: string])[]
}

const CASES: Record<string, CodeCases> = {
  '43004': {
    // DingTalk's table (server-api-error-codes-1) and the robot's page (custom-robots-send-group-messages) both say it.
    shared: [json(43004, null)],
    bySide: { robot: 'robot.43004', app: 'app.43004' },
    own: [],
  },
  '40035': {
    shared: [json(40035, null)],
    bySide: { robot: 'robot.40035', app: 'app.40035' },
    own: [
      [json(40035, '缺少参数 json'), 'robot.40035'],
      [json(40035, '不合法的参数'), 'app.40035'],
      [json(40035, '参数不合法'), 'app.40035'],
    ],
  },
  '40001': {
    shared: [],
    bySide: {},
    own: [[json(40001, '获取access_token时Secret错误，或者access_token无效') + ' appsecret=made-up', 'app.40001.gettoken']],
    at: [
      ['GET https://oapi.dingtalk.com/gettoken?appkey=dingexampleappkey000&appsecret=made-up', 'app.40001.gettoken'],
      ['POST https://api.dingtalk.com/v1.0/oauth2/accessToken', 'app.40001.gettoken'],
      ['POST https://oapi.dingtalk.com/topapi/v2/user/get?access_token=made-up', 'app.40001'],
    ],
  },
  '3': {
    shared: [json(3, null, 'errorCode', 'errorMessage')],
    bySide: { jsapi: 'jsapi.3.unsaid' },
    own: [
      [json(3, '1002,corpId不合法', 'errorCode', 'errorMessage'), 'jsapi.corpId'],
      [json(3, '对应企业没有example.com域名微应用', 'errorCode', 'errorMessage'), 'jsapi.corpId'],
      [json(3, '权限校验失败', 'errorCode', 'errorMessage'), 'jsapi.3'],
    ],
    at: [
      ['dd.runtime.permission.requestAuthCode({ corpId }) 失败', 'jsapi.corpId'],
      ['dd.config 失败', 'jsapi.3.unsaid'],
    ],
  },
  '310000': {
    shared: [],
    bySide: {},
    own: [
      [json(310000, 'keywords not in content'), 'robot.310000.keywords'],
      [json(310000, 'sign not match'), 'robot.310000.sign'],
      [json(310000, 'invalid timestamp'), 'robot.310000.timestamp'],
      [json(310000, 'ip 198.51.100.7 not in whitelist'), 'robot.310000.ip'],
      [json(310000, null), 'robot.310000'],
    ],
  },
  '300001': {
    shared: [],
    bySide: {},
    own: [
      [json(300001, 'token is not exist'), 'robot.300001'],
      [json(300001, 'msgtype is null'), 'robot.300001.msgtype'],
      [json(300001, 'session 不存在'), 'robot.session'],
      [json(300001, 'message param text is null'), 'robot.4004xx'],
    ],
  },
}

/** The catalog's codes that more than one entry claims. */
function choiceCodes(): string[] {
  const owners = new Map<string, Set<string>>()
  for (const e of ERROR_CATALOG) for (const c of e.codes) owners.set(String(c).toLowerCase(), (owners.get(String(c).toLowerCase()) ?? new Set()).add(e.id))
  return [...owners].filter(([, ids]) => ids.size > 1).map(([c]) => c).sort()
}

const allContexts = (side: Side) => Object.values(CONTEXTS[side]).flat()
const read = async (text: string) => (await diagnose(text, officialTable)).id

describe('the contexts say their side', () => {
  it.each((['robot', 'app', 'jsapi'] as const).flatMap((side) => allContexts(side).map((line) => [side, line] as const)))('%s: %s', (side, line) => {
    expect(guessSource(line)).toBe(side)
  })

  it('an endpoint or SDK outweighs words of the other side', () => {
    for (const strong of [...CONTEXTS.app.endpoint, ...CONTEXTS.app.sdk]) expect(guessSource(`${CONTEXTS.robot.words[0]}\n${strong}`), strong).toBe('app')
    for (const strong of [...CONTEXTS.robot.endpoint, ...CONTEXTS.robot.sdk]) expect(guessSource(`${CONTEXTS.app.words[0]}\n${strong}`), strong).toBe('robot')
  })
})

describe('every code with several meanings is chosen by the paste’s context', () => {
  it('lists every code more than one entry claims, and every entry that holds at one endpoint only (from the catalog)', () => {
    expect(choiceCodes()).toEqual(Object.keys(CASES).sort())
    const atCases = new Set(Object.values(CASES).flatMap((c) => (c.at ?? []).map(([, id]) => id)))
    for (const e of ERROR_CATALOG) if (e.at) expect(atCases.has(e.id), e.id).toBe(true)
  })

  const rows = Object.entries(CASES).flatMap(([code, c]) =>
    c.shared.flatMap((answer) =>
      Object.entries(c.bySide).flatMap(([side, id]) => allContexts(side as Side).map((context) => ({ code, answer, context, id }))),
    ),
  )
  it.each(rows)('$code: $answer after “$context” → $id', async ({ answer, context, id }) => {
    expect(await read(`${context}\n${answer}`)).toBe(id)
    expect(await read(`${answer}\n${context}`)).toBe(id)
  })

  const own = Object.entries(CASES).flatMap(([code, c]) =>
    c.own.flatMap(([answer, id]) => ['', ...allContexts('robot'), ...allContexts('app'), ...allContexts('jsapi')].map((context) => ({ code, answer, context, id }))),
  )
  it.each(own)('$code: words of its own, $answer, after “$context” → $id', async ({ answer, context, id }) => {
    // Another side's endpoint never makes a robot-only or JS-API-only code the app's, nor the reverse.
    expect(await read(`${context}\n${answer}`)).toBe(id)
  })

  const at = Object.entries(CASES).flatMap(([code, c]) => (c.at ?? []).map(([context, id]) => ({ code, answer: c.shared[0] ?? json(Number(code), null), context, id })))
  it.each(at)('$code at one endpoint: $answer after “$context” → $id', async ({ answer, context, id }) => {
    expect(await read(`${context}\n${answer}`)).toBe(id)
  })

  it('a paste that only names an endpoint is no error (an entry’s endpoint is read only beside its code)', async () => {
    expect(await read('GET https://oapi.dingtalk.com/gettoken?appkey=dingexampleappkey000 超时')).not.toMatch(/^app\.40001/)
    expect(await read('dd.runtime.permission.requestAuthCode 调用中')).not.toBe('jsapi.corpId')
  })

  it('43004’s message, which both sides print, is the robot’s alone and the side’s beside any clue of it', async () => {
    const answer = json(43004, '无效的HTTP HEADER Content-Type')
    expect(await read(answer)).toBe('robot.43004')
    for (const context of allContexts('app')) expect(await read(`${context}\n${answer}`), context).toBe('app.43004')
    for (const context of allContexts('robot')) expect(await read(`${context}\n${answer}`), context).toBe('robot.43004')
  })
})

describe('DingTalk’s table: a code it words several ways', () => {
  const SHARDS = import.meta.glob<OfficialShard>('./official/dingtalk-errcodes-*.json', { import: 'default', eager: true })
  const listed = new Set(ERROR_CATALOG.flatMap((e) => e.codes.map((c) => String(c))))
  const rows = Object.values(SHARDS).flatMap((s) =>
    Object.entries(s.r)
      .filter(([code, r]) => r.length > 1 && listed.has(code))
      .flatMap(([code, r]) => r.map(([message]) => ({ code, message }))),
  )
  it('has such codes among the catalog’s', () => expect(rows.length).toBeGreaterThan(2))
  it.each(rows)('$code with “$message” reads as an entry of that code', async ({ code, message }) => {
    const d = await diagnose(JSON.stringify({ code, message }), officialTable)
    const entry = ERROR_CATALOG.find((e) => e.id === d.id)
    expect(entry?.codes.map(String), d.id).toContain(code)
  })
})

describe('a success that did not reach everyone', () => {
  // getsendresult (open.dingtalk.com/document/development/gets-the-result-of-sending-messages-asynchronously-to-the-enterprise),
  // the app robot's batchSend (…/chatbots-send-one-on-one-chat-messages-in-batches), the older message/send.
  it.each([
    '{"errcode":0,"send_result":{"forbidden_user_id_list":["user-made-up-1"],"invalid_user_id_list":[]},"request_id":"made-up"}',
    '{"errcode":0,"send_result":{"invalid_user_id_list":["user-made-up-1"]}}',
    '{"errcode":0,"send_result":{"failed_user_id_list":["user-made-up-1"]}}',
    '{"errcode":0,"send_result":{"invalid_dept_id_list":[12345]}}',
    '{"errcode":0,"errmsg":"ok","invaliduser":"","invalidparty":"12345","forbiddenUserId":""}',
    '{"processQueryKey":"made-up","invalidStaffIdList":["user-made-up-1"],"flowControlledStaffIdList":[]}',
    '{"processQueryKey":"made-up","invalidStaffIdList":[],"flowControlledStaffIdList":["user-made-up-2"]}',
    '{"errcode":0,"errmsg":"ok","invaliduser":"","invalidparty":"","forbiddenUserId":"user-made-up-1"}',
    "OapiMessageCorpconversationGetsendresultResponse{errcode=0, sendResult={forbiddenUserIdList=[user-made-up-1]}}",
  ])('%s is not a success', async (text) => {
    expect(await read(text)).toBe('app.notDelivered')
  })
  it.each([
    '{"errcode":0,"send_result":{"forbidden_user_id_list":[],"invalid_user_id_list":[],"failed_user_id_list":[],"invalid_dept_id_list":[]},"request_id":"made-up"}',
    '{"processQueryKey":"made-up","invalidStaffIdList":[],"flowControlledStaffIdList":[]}',
    '{"errcode":0,"errmsg":"ok","invaliduser":"","forbiddenUserId":null}',
  ])('%s with every list empty is a success', async (text) => {
    expect(['success', 'unknown']).toContain(await read(text))
  })
})
