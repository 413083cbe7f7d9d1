/**
 * What a paste went through before it reached us (issue 21): a serializer's escapes, a language's print of a
 * struct or an exception, the user's own framework around DingTalk's answer, a log or a UI that cut the
 * message short. Every catalog entry's own example (each code alone and with DingTalk's message for it, the
 * widget's examples, the invented answers) is rendered through each transformation and must keep the
 * diagnosis of the untransformed paste. Each transformation is the printer's documented behaviour (cited
 * beside it); every value is invented. Held-out answers are never used here (they are only scored).
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { ERROR_EXAMPLES } from './error-examples'
import { buildMatcher, findMessage, keyOf, messageFinder, normaliseMessage, type ShardedMessages } from './official-messages'
import type { OfficialShard } from './official-table'
import { officialTable } from './official-shards'
import { answerJson as json, catalogAnswers } from './testdata/catalog-answers'
import type { Answer } from './testdata/paste-forms'
import invented from './testdata/invented-answers.json'
import messageIndex from './official/dingtalk-errmsgs.json'
import { OFFICIAL_SHARDS, shardFile } from './official-table'

const SHARDS = import.meta.glob<OfficialShard>('./official/dingtalk-errcodes-*.json', { import: 'default', eager: true })

/** Every catalog entry's code, alone and with DingTalk's own message; the examples' and invented answers' code and message. */
const answers = () => catalogAnswers([...ERROR_EXAMPLES.map((e) => e.text), ...(invented as { text: string }[]).map((c) => c.text)])
/** The whole pastes: the JSON of every answer, the widget's examples, the invented retellings (often words only). */
const TEXTS = [...new Set([...answers().map(json), ...ERROR_EXAMPLES.map((e) => e.text), ...(invented as { text: string }[]).map((c) => c.text)])]

const read = async (text: string) => {
  const d = await diagnose(text, officialTable)
  return `${d.id} (errcode ${String(d.errcode)})`
}

const hex4 = (c: string, upper = false) => {
  const h = c.charCodeAt(0).toString(16).padStart(4, '0')
  return `\\u${upper ? h.toUpperCase() : h}`
}
/** Every non-ASCII UTF-16 unit as \uXXXX (a character outside the BMP as its surrogate pair, as all four printers do). */
const asciiEscape = (s: string, upper = false) => s.replace(/[\u0080-\uffff]/g, (c) => hex4(c, upper))
/** Python's json.dumps with its defaults: `, ` and `: ` between items, ensure_ascii. */
const pyDumps = (s: string) => asciiEscape(JSON.stringify(JSON.parse(s)).replace(/([,:])(?=["{\[0-9-tfn])/g, '$1 '))
const utf8 = (s: string) => [...new TextEncoder().encode(s)]
/** Python's repr of bytes: printable ASCII as is, `\\` and the quote escaped, any other byte as \xNN. */
const pyBytes = (s: string) =>
  `b'${utf8(s)
    .map((b) => (b === 0x5c ? '\\\\' : b === 0x27 ? "\\'" : b === 10 ? '\\n' : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`))
    .join('')}'`
/** application/x-www-form-urlencoded as Python's urlencode and Java's URLEncoder write it: space as +, UTF-8 bytes as %XX. */
const formEncode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
/** HTML escaping of a template engine (`&`, `<`, `>`, `"`, `'`). */
const htmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
/** Non-ASCII as numeric character references (Python's `xmlcharrefreplace`: decimal; libxml2 in an ASCII document: hex). */
const charRefs = (s: string, hex: boolean) => s.replace(/[\u0080-\uffff]/g, (c) => (hex ? `&#x${c.charCodeAt(0).toString(16)};` : `&#${c.charCodeAt(0)};`))

interface Transform {
  name: string
  /** The documented behaviour of the printer. */
  source: string
  render: (text: string) => string
}

/** Transformations of a whole paste: the text as it was, after the printer. */
const TEXT_TRANSFORMS: Transform[] = [
  { name: 'ASCII-escaped (json.dumps, json_encode)', source: 'https://docs.python.org/3/library/json.html#json.dumps', render: (t) => asciiEscape(t) },
  { name: 'ASCII-escaped, upper-case hex (Jackson ESCAPE_NON_ASCII)', source: 'https://github.com/FasterXML/jackson-core', render: (t) => asciiEscape(t, true) },
  {
    name: 'JSON log record with ensure_ascii (Python logging + json.dumps)',
    source: 'https://docs.python.org/3/library/json.html#json.dumps',
    render: (t) => asciiEscape(JSON.stringify({ level: 'error', msg: t })),
  },
  {
    name: 'an ASCII-escaped record inside a log line (not JSON as a whole)',
    source: 'https://docs.python.org/3/library/json.html#json.dumps',
    render: (t) => `2026-12-03 10:15:42,123 ERROR notify: "msg": ${asciiEscape(JSON.stringify(t))}`,
  },
  { name: "Go's %+q (strconv.QuoteToASCII)", source: 'https://pkg.go.dev/fmt', render: (t) => asciiEscape(JSON.stringify(t)) },
  { name: "Python's repr of bytes (b'…', \\xNN)", source: 'https://docs.python.org/3/library/stdtypes.html#bytes', render: (t) => pyBytes(t) },
  { name: 'a URL query (form-encoded)', source: 'https://url.spec.whatwg.org/#application/x-www-form-urlencoded', render: (t) => `GET /dingtalk/result?state=demo&msg=${formEncode(t)} HTTP/1.1` },
  { name: 'a redirect (percent-encoded)', source: 'https://url.spec.whatwg.org/#percent-encoded-bytes', render: (t) => `Location: https://app.example.com/login/error?error_description=${encodeURIComponent(t)}` },
  { name: 'an HTML page (&quot;)', source: 'https://html.spec.whatwg.org/multipage/syntax.html#character-references', render: (t) => `<pre>${htmlEscape(t)}</pre>` },
  { name: 'an email (&#NNNNN;)', source: 'https://docs.python.org/3/library/codecs.html#error-handlers', render: (t) => `<p>${charRefs(htmlEscape(t), false)}</p>` },
  { name: 'an XML report (&#xHHHH;)', source: 'https://html.spec.whatwg.org/multipage/syntax.html#character-references', render: (t) => `<message>${charRefs(htmlEscape(t), true)}</message>` },
]

interface AnswerTransform {
  name: string
  source: string
  /** The paste; null where the printer never shows such an answer. */
  render: (a: Answer) => string | null
  /** The form shows DingTalk's message without its code: held to the bare message's diagnosis. */
  messageOnly?: boolean
}

const isErrcode = (a: Answer) => typeof a.code === 'number'

/**
 * Differences kept on purpose, each with its reason: reading them would misread other pastes.
 * - Go's `%v` of an http.Response also opens with its status (`&{404 Not Found 404 HTTP/1.1 …}`), and .NET's
 *   WebException says `: (403) Forbidden.`: a status there is read as the status.
 * - A one-digit number in parentheses opening a line (`(1) 第一步`) is a list's numbering, not a code.
 */
const KNOWN: { form: RegExp; when: (a: Answer) => boolean }[] = [
  { form: /^Go's %v|^seandong/, when: (a) => [400, 401, 403, 404, 405, 414, 429, 500, 502, 503, 504].includes(a.code as number) },
  { form: /message alone$/, when: (a) => typeof a.code === 'number' && Math.abs(a.code) < 10 },
]
const pyU = (s: string) => `u'${asciiEscape(s.replace(/\\/g, '\\\\').replace(/'/g, "\\'"))}'`

/** Transformations of an answer: a language's print of the struct or exception that held it, or the user's own wrapper around it. */
const ANSWER_TRANSFORMS: AnswerTransform[] = [
  {
    name: "Go's %v of a pointer to the answer's struct",
    source: 'https://github.com/golang/go/blob/c674ce87c2e47699bb51e02885fb80519ecbfb27/src/fmt/doc.go#L95-L101',
    render: (a) => (isErrcode(a) ? `2026/12/03 10:15:42 send failed: &{${a.code} ${a.message ?? ''}}` : null),
  },
  {
    name: "Go's %v of the struct with one more field",
    source: 'https://github.com/golang/go/blob/c674ce87c2e47699bb51e02885fb80519ecbfb27/src/fmt/doc.go#L95-L101',
    render: (a) => (isErrcode(a) ? `{${a.code} ${a.message ?? ''} 0}` : null),
  },
  {
    name: "seandong/dingtalk's ResponseError, uncaught in Ruby",
    source: 'https://github.com/seandong/dingtalk/blob/bcae1a45497c2da10230ee568ab0fed99ae4dd8c/lib/dingtalk/errors.rb#L12',
    render: (a) => (isErrcode(a) ? `/srv/app/sync.rb:12:in 'sync': (${a.code}) ${a.message ?? ''} (Dingtalk::ResponseError)` : null),
  },
  {
    name: "seandong/dingtalk's ResponseError message alone",
    source: 'https://github.com/seandong/dingtalk/blob/bcae1a45497c2da10230ee568ab0fed99ae4dd8c/lib/dingtalk/errors.rb#L12',
    render: (a) => (isErrcode(a) ? `同步失败：\n(${a.code}) ${a.message ?? ''}` : null),
  },
  {
    name: "Python 2's repr of the decoded dict (u'…', \\uXXXX)",
    source: 'https://peps.python.org/pep-3138/',
    render: (a) =>
      isErrcode(a)
        ? `{u'errcode': ${a.code}${a.message === null ? '' : `, u'errmsg': ${pyU(a.message)}`}}`
        : `{u'code': ${pyU(String(a.code))}${a.message === null ? '' : `, u'message': ${pyU(a.message)}`}}`,
  },
  {
    name: "Rust's derived Debug of an error struct",
    source: 'https://doc.rust-lang.org/std/fmt/trait.Debug.html',
    render: (a) =>
      isErrcode(a)
        ? `Error: DingTalkError { errcode: ${a.code}, errmsg: ${JSON.stringify(a.message ?? '')} }`
        : `Error: DingTalkError { code: ${JSON.stringify(a.code)}, message: ${JSON.stringify(a.message ?? '')} }`,
  },
  {
    name: "the user's exception with its own 500 around DingTalk's answer (Java Throwable.toString)",
    source: 'https://docs.oracle.com/javase/8/docs/api/java/lang/Throwable.html#toString--',
    render: (a) => `com.example.common.BizException: 500:调用钉钉接口失败：${json(a)}\n\tat com.example.notify.DingService.send(DingService.java:57)`,
  },
  {
    name: "the user's exception with its own 500 and DingTalk's message only",
    source: 'https://docs.oracle.com/javase/8/docs/api/java/lang/Throwable.html#toString--',
    messageOnly: true,
    render: (a) => (a.message === null ? null : `com.example.common.BizException: 500:调用钉钉失败：${a.message}\n\tat com.example.notify.DingService.send(DingService.java:57)`),
  },
  {
    name: "RuoYi's AjaxResult.error(msg, data): code 500 around DingTalk's answer",
    source: 'https://github.com/yangzongzhuan/RuoYi-Vue/blob/ebb9f15a75562963afd2bce8c089006d686fe7f8/ruoyi-common/src/main/java/com/ruoyi/common/core/domain/AjaxResult.java#L51-L59',
    render: (a) => `{"msg":"调用钉钉失败","code":500,"data":${json(a)}}`,
  },
  {
    name: "RuoYi's AjaxResult.error(msg): code 500 and DingTalk's message in msg",
    source: 'https://github.com/yangzongzhuan/RuoYi-Vue/blob/ebb9f15a75562963afd2bce8c089006d686fe7f8/ruoyi-common/src/main/java/com/ruoyi/common/core/domain/AjaxResult.java#L51-L59',
    messageOnly: true,
    render: (a) => (a.message === null ? null : JSON.stringify({ msg: `调用钉钉失败：${a.message}`, code: 500 })),
  },
]
void pyDumps

describe('pastes that went through a printer keep their diagnosis (invented values)', () => {
  it('every transformation names its printer’s documented behaviour', () => {
    for (const t of [...TEXT_TRANSFORMS, ...ANSWER_TRANSFORMS]) expect(t.source, t.name).toMatch(/^https:\/\//)
  })

  it('escaped, encoded or entity-escaped text reads as the text itself', async () => {
    expect(TEXTS.length).toBeGreaterThan(150)
    const fails = new Map<string, string[]>()
    for (const text of TEXTS) {
      const want = await read(text)
      for (const t of TEXT_TRANSFORMS) {
        const pasted = t.render(text)
        const got = await read(pasted)
        if (got !== want) fails.set(t.name, [...(fails.get(t.name) ?? []), `${want} → ${got}\n      ${pasted.slice(0, 160)}`])
      }
    }
    const report = [...fails].map(([form, list]) => `${form}: ${list.length}\n    ${list.slice(0, 4).join('\n    ')}`)
    if (report.length) console.log(report.join('\n'))
    expect([...fails].map(([form, list]) => `${form}: ${list.length}`)).toEqual([])
  }, 120_000)

  it('an answer printed by a language or wrapped by the user’s framework reads as the answer', async () => {
    const list = answers()
    expect(list.length).toBeGreaterThan(150)
    const fails = new Map<string, string[]>()
    for (const a of list) {
      const want = await read(json(a))
      for (const t of ANSWER_TRANSFORMS) {
        const pasted = t.render(a)
        if (pasted === null) continue
        const expected = t.messageOnly ? await read(a.message!) : want
        const got = await read(pasted)
        if (got !== expected && !KNOWN.some((k) => k.form.test(t.name) && k.when(a))) fails.set(t.name, [...(fails.get(t.name) ?? []), `${expected} → ${got}\n      ${pasted.slice(0, 160).replace(/\n/g, '⏎')}`])
      }
    }
    const report = [...fails].map(([form, list]) => `${form}: ${list.length}\n    ${list.slice(0, 4).join('\n    ')}`)
    if (report.length) console.log(report.join('\n'))
    expect([...fails].map(([form, list]) => `${form}: ${list.length}`)).toEqual([])
  }, 120_000)

  it('the errmsg shown stays the one pasted', async () => {
    const pasted = 'GET /dingtalk/result?errcode=310000&errmsg=%E5%85%B3%E9%94%AE%E8%AF%8D%E4%B8%8D%E5%8C%B9%E9%85%8D'
    const d = await diagnose(pasted, officialTable)
    expect(d.id).toBe('robot.310000.keywords')
    expect(d.errmsg).toBe('%E5%85%B3%E9%94%AE%E8%AF%8D%E4%B8%8D%E5%8C%B9%E9%85%8D')
    expect((await diagnose('{"errcode":40014,"errmsg":"\\u4e0d\\u5408\\u6cd5\\u7684access_token"}', officialTable)).errmsg).toBe('不合法的access_token')
  })
})

/** DingTalk's messages as the shards hold them, each with the codes that say it (the index's own eligibility, read here apart). */
const SHARD_LIST = Array.from({ length: OFFICIAL_SHARDS }, (_, i) => SHARDS[`./official/${shardFile(i)}`]!)
const weightOk = (p: string) => {
  const cjk = p.replace(/[a-z0-9]/g, '').length
  return cjk === 0 ? p.length >= 16 : p.length + cjk >= 12
}
function messagesByKey(): Map<string, { message: string; codes: Set<string> }> {
  const out = new Map<string, { message: string; codes: Set<string> }>()
  for (const shard of SHARD_LIST) {
    for (const [code, rows] of Object.entries(shard.r)) {
      for (const [message, , url] of rows) {
        if (message.includes('%s') || (shard.u[url] ?? '').includes('bluetooth')) continue
        const key = keyOf(message)
        const seen = out.get(key) ?? { message, codes: new Set<string>() }
        seen.codes.add(code)
        out.set(key, seen)
      }
    }
  }
  return out
}

describe('a message cut short (a log’s line limit, a UI’s ellipsis)', () => {
  const all = messagesByKey()
  const find = messageFinder(messageIndex as ShardedMessages, async (n) => SHARD_LIST[n]!)
  /** Keys that begin with a normalised text, and the codes that say them. */
  const under = (p: string) => [...all].filter(([key]) => key.startsWith(p))
  /** For each message one code owns: its shortest cut that is distinctive and begins that message alone; null when none. */
  const cuts = [...all]
    .filter(([key, m]) => m.codes.size === 1 && (messageIndex as Record<string, number>)[key] !== undefined)
    .map(([key, m]) => {
      const chars = [...m.message]
      for (let n = 1; n < chars.length; n++) {
        const p = normaliseMessage(chars.slice(0, n).join(''))
        if (p === key) return null
        if (weightOk(p) && under(p).length === 1) return { cut: chars.slice(0, n).join(''), message: m.message, code: [...m.codes][0]! }
      }
      return null
    })
    .filter((c) => c !== null)

  it('a cut that begins one message only, and is as distinctive as a whole one, finds its code', async () => {
    expect(cuts.length).toBeGreaterThan(300)
    const fails: string[] = []
    for (const c of cuts) {
      for (const text of [`${c.cut}…`, `${c.cut}...`, `2026-12-03 10:15:42 ERROR 钉钉返回：${c.cut}`, `调用失败：${c.cut}\n下一行`]) {
        const got = await find(text)
        if (got !== c.code) fails.push(`${text} → ${String(got)}, want ${c.code}`)
      }
      // The same code as the whole message (an entry's words after the cut may still tell its side); a message
      // that opens with a code of its own (`200002，分组不存在`) is read by that code when whole.
      if (/^[0-9]/.test(c.message)) continue
      const whole = (await diagnose(c.message, officialTable)).errcode
      const cut = (await diagnose(`错误信息：${c.cut}…`, officialTable)).errcode
      if (cut !== whole) fails.push(`diagnosis of ${c.cut}… → ${String(cut)}, whole: ${String(whole)}`)
    }
    if (fails.length) console.log(fails.slice(0, 10).join('\n'))
    expect(fails.length).toBe(0)
  }, 120_000)

  it('a cut one character shorter, or one that several messages begin with, names nothing', async () => {
    const fails: string[] = []
    const matcher = buildMatcher(messageIndex)
    /** What the automaton finds, unless it is a whole message the text contains (that is no cut). */
    const cutFound = (text: string) => {
      const key = findMessage(matcher, text)
      return key === null || normaliseMessage(text).includes(key) ? null : key
    }
    for (const c of cuts) {
      const shorter = [...c.cut].slice(0, -1).join('')
      const got = cutFound(`${shorter}…`)
      if (got !== null) fails.push(`${shorter}… → ${got}`)
    }
    let shared = 0
    for (const [key, m] of all) {
      if (m.codes.size < 2 || !weightOk(key)) continue
      for (const n of [6, 8, 10]) {
        const p = [...key].slice(0, n).join('')
        if (!weightOk(p) || new Set(under(p).flatMap(([, o]) => [...o.codes])).size < 2) continue
        shared++
        const got = cutFound(`报错：${p}…`)
        if (got !== null) fails.push(`${p}… (said by ${under(p).length} messages) → ${got}`)
      }
    }
    if (fails.length) console.log(fails.slice(0, 10).join('\n'))
    expect(shared).toBeGreaterThan(20)
    expect(fails).toEqual([])
  }, 120_000)

  it('the automaton: a cut at the end, a line’s end or an ellipsis; not in the middle of a line', () => {
    const m = buildMatcher({ 不合法的请求格式参数: '1', 不合法的请求方式参数: '2', abcdefghijklmnopqrst: '3' })
    expect(findMessage(m, '报错：不合法的请求格…')).toBe('不合法的请求格式参数')
    expect(findMessage(m, '报错：不合法的请求格...')).toBe('不合法的请求格式参数')
    expect(findMessage(m, '报错：不合法的请求格\n下一行')).toBe('不合法的请求格式参数')
    expect(findMessage(m, '报错：不合法的请求格')).toBe('不合法的请求格式参数')
    expect(findMessage(m, '报错：不合法的请求格，后面还有话')).toBeNull()
    expect(findMessage(m, '报错：不合法的请求…')).toBeNull()
    expect(findMessage(m, '报错：不合法的请…')).toBeNull()
    expect(findMessage(m, 'abcdefghijklmnop…')).toBe('abcdefghijklmnopqrst')
    expect(findMessage(m, 'abcdefghijklmno…')).toBeNull()
  })
})

