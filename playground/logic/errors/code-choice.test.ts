/**
 * Which code a paste is about (issue 21), by property over generated surroundings (invented): DingTalk's
 * answer among numbers that are not its code (an address's query, a clock time, an epoch, a phone number, a
 * request id, an IP, a stack trace's line numbers, an HTTP 200, a success answer) keeps its id and code;
 * of two failing answers the last is the one; and “success” only when nothing in the paste names an error.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diagnose, type Diagnosis } from './catalog'
import { diagnoseCatalog } from './catalog-entries'
import { officialTable } from './official-shards'
import { parseResponse } from './parse-response'
import { ANSWER_FORMS, type Answer } from './testdata/paste-forms'

/** Answers from both sides and both APIs, DingTalk's codes with their messages (made-up values around them). */
const ANSWERS: Answer[] = [
  { code: 310000, message: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' },
  { code: 310000, message: '错误描述:关键词不匹配;解决方案:请联系群管理员查看此机器人的关键词，并在发送的信息中包含此关键词;' },
  { code: 130101, message: 'send too fast, exceed 20 times per minute' },
  { code: 300001, message: 'token is not exist' },
  { code: 60020, message: '访问ip不在白名单之中，请参考FAQ：https://open.dingtalk.com/document/org-faq/app-faq,request ip=203.0.113.10 appKey(dingexampleappkey000)' },
  { code: 40014, message: '不合法的access_token' },
  { code: 40089, message: '不合法的corpid或corpsecret' },
  { code: 90018, message: null },
  { code: 60004, message: '父亲部门不存在' },
  { code: 33012, message: '无效的USERID' },
  { code: 'Forbidden.AccessDenied.IpNotInWhiteList', message: 'ip not in white list' },
  { code: 'InvalidAuthentication', message: '不合法的access_token' },
  { code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' },
  { code: 'param.cardTemplateIdEmpty', message: 'param.cardTemplateIdEmpty' },
]

/** Lines full of numbers that are not DingTalk's code. */
const NOISE = [
  '2026-12-03 10:15:42.123 INFO  send start',
  'GET https://oapi.dingtalk.com/topapi/v2/user/get?dept_id=123456&size=100&cursor=20',
  'timestamp=1733220942123 sign=made-up',
  '通知手机号 13800138000 的用户',
  'request_id: 16l4ew3d47pdp',
  'requestid: 3F2A9C1E-0000-4000-8000-000000000001',
  '服务器 IP 203.0.113.10:8080',
  '\tat com.example.demo.Notify.send(Notify.java:142)',
  '  File "/srv/app/notify.py", line 58, in send',
  'HTTP/1.1 200 OK',
  'Content-Length: 158',
  'took 350 ms, retry 3 of 5',
  '{"errcode":0,"errmsg":"ok"}',
  '第 2 次重试',
  '{"code":200,"data":null,"msg":"调用完成"}',
  'status: 200',
  '请检查 errcode 和 errmsg',
  'Callback errcode Returned below:',
  'dump of errcode Response (raw)',
  'sleep 1000, then again',
]

const forms = ANSWER_FORMS.filter((f) => ['JSON', 'log line', 'Python dict', 'Go %+v', 'separate lines', 'Java ApiException', 'pretty JSON'].includes(f.name))
const key = (d: Diagnosis) => `${d.id} (errcode ${String(d.errcode)})`

describe('the code the paste is about, among numbers that are not', () => {
  it('keeps the answer’s id and code whatever lines of numbers surround it', async () => {
    const plain = new Map<Answer, string>()
    for (const a of ANSWERS) plain.set(a, key(await diagnose(ANSWER_FORMS[0]!.render(a)!, officialTable)))
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ANSWERS),
        fc.constantFrom(...forms),
        fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }),
        fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }),
        async (a, form, before, after) => {
          const body = form.render(a)
          if (body === null) return
          const text = [...before, body, ...after].join('\n')
          expect(key(await diagnose(text, officialTable)), text).toBe(plain.get(a))
        },
      ),
      { numRuns: 400 },
    )
  }, 60_000)

  it('of two failing answers, reads the last (a retry’s answer comes after the first)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ANSWERS), fc.constantFrom(...ANSWERS), fc.constantFrom(...NOISE), async (first, last, between) => {
        if (typeof first.code !== typeof last.code) return // errcode beside a gateway code: the errcode wins (older API)
        const text = `${ANSWER_FORMS[0]!.render(first)}\n${between}\n${ANSWER_FORMS[0]!.render(last)}`
        const want = key(await diagnose(ANSWER_FORMS[0]!.render(last)!, officialTable))
        expect(key(await diagnose(text, officialTable)), text).toBe(want)
      }),
      { numRuns: 200 },
    )
  }, 60_000)
})

describe('success only when nothing names an error', () => {
  it('a success among numbers is a success', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...NOISE), { maxLength: 5 }), fc.constantFrom('{"errcode":0,"errmsg":"ok"}', '{"accessToken":"made-up","expireIn":7200}'), async (noise, ok) => {
        const text = [...noise, ok].join('\n')
        expect((await diagnose(text, officialTable)).id, text).toBe('success')
      }),
      { numRuns: 150 },
    )
  }, 60_000)

  it('a success beside a message only DingTalk’s table knows is not', async () => {
    for (const text of ['{"errcode":0,"errmsg":"ok"}\n创建部门：父亲部门不存在', '同步通讯录 父亲部门不存在\n{"errcode":0,"errmsg":"ok"}']) {
      expect(await diagnose(text, officialTable), text).toMatchObject({ matched: true, errcode: 60004 })
    }
    // One flat success object, or a success beside words that name nothing, stays a success.
    expect((await diagnose('{"errcode":0,"errmsg":"ok"}', officialTable)).id).toBe('success')
    expect((await diagnose('发送结果 {"errcode":0,"errmsg":"ok"} 已送达', officialTable)).id).toBe('success')
  })

  it('a success beside any answer that fails, in any form, is not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ANSWERS), fc.constantFrom(...ANSWER_FORMS), fc.boolean(), async (a, form, okFirst) => {
        const body = form.render(a)
        if (body === null) return
        const ok = '{"errcode":0,"errmsg":"ok"}'
        const text = okFirst ? `${ok}\n${body}` : `${body}\n${ok}`
        expect((await diagnose(text, officialTable)).id, text).not.toBe('success')
      }),
      { numRuns: 300 },
    )
  }, 60_000)
})

describe('time: still linear with the new scanning', () => {
  // Worst cases for what this reading added: many JSON records (each with a JSON string inside), many
  // `status: 200` before the code, Chinese spaced by OCR and full-width text to fold, the answer last.
  const line = '2026-12-03 10:00:00 status: 200 {"code":200,"body":"{\\"x\\":1}","msg":"完 成 ｏｋ，继续"} 签 名 校 验 中\n'
  const paste = (bytes: number, tail: string) => `${line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes - tail.length)}${tail}`
  // The reading (the table's part is one shard and one index pass, timed in the browser by
  // tests/e2e/tools.e2e.ts); the fastest of eleven runs, so that other work on a shared machine does not
  // count as the reading's (generalize.test.ts times the median of a lighter paste).
  const fastest = async (input: string) => {
    const times: number[] = []
    for (let i = 0; i < 11; i++) {
      const t = performance.now()
      diagnoseCatalog(input)
      times.push(performance.now() - t)
    }
    return Math.min(...times)
  }
  it.each([
    ['a code at the end', 'errcode: 310000, errmsg: sign not match'],
    ['no code at all (the message index reads it all)', '完 成'],
  ])('5 KB under 5 ms, 200 KB under 100 ms: %s', async (_name, tail) => {
    await fastest(paste(5_000, tail))
    expect(await fastest(paste(5_000, tail))).toBeLessThan(5)
    expect(await fastest(paste(200_000, tail))).toBeLessThan(100)
  })
})

describe('reading a code DingTalk’s key names, in words', () => {
  it.each([
    ['报错：errcode 310000', 310000],
    ['ErrCode 40035', 40035],
    ['errcode unknownError', 'unknownError'],
    ['errcode Forbidden.AccessDenied.IpNotInWhiteList', 'Forbidden.AccessDenied.IpNotInWhiteList'],
    ['错误码：-1', -1],
    ['错误码：invalidParameter', 'invalidParameter'],
    // English words after the key, and words after 报错, are no code.
    ['请检查 errcode and errmsg', null],
    ['errcode e.g. 见文档', null],
    ['报错：Exception in thread main', null],
  ] as const)('%s → %s', (text, code) => {
    expect(parseResponse(text).code).toBe(code)
  })
})
