/**
 * Read whatever the user pasted: a JSON body, a log line around one (also backslash-escaped), an
 * SDK or language dump (`ErrCode = 130101 ErrMsg = …`, a Python dict, a JS object, PHP var_dump),
 * `ding talk error[subcode=…,submsg=…]`, only an errmsg, or only a code. Never throws; time is
 * linear in the input (each scan is one pass; JSON.parse runs on disjoint slices).
 */
export interface ParsedResponse {
  code: number | string | null
  message: string | null
  /** All the text, for matching when there is no code. */
  text: string
  /** The `description:` / `错误描述:` part of a newer errmsg. */
  description: string | null
  /** The `solution:` / `解决方案:` part of a newer errmsg. */
  solution: string | null
  /** The caller's IP as DingTalk saw it (60020 messages carry `request ip=…`). */
  requestIp: string | null
  /** Permission codes DingTalk says are missing (`requiredScopes` of a 403). */
  requiredScopes: string[]
  /** An HTTP status written next to the answer (`[400]`, `code: 400,`), never taken for the errcode. */
  httpStatus: number | null
  /** The body says success (errcode 0, or a new-API token). */
  success: boolean
  /** The DingTalk address the paste names (`https://api.dingtalk.com/v1.0/gateway/connections/open`), when it names one. */
  endpoint: string | null
}

/** errcode first; `code` last because tools use it for their own wrappers and for HTTP statuses. */
const CODE_KEYS = ['errcode', 'err_code', 'respcode', 'errorcode', 'error_code', 'code']
const MESSAGE_KEYS = ['errmsg', 'err_msg', 'respmsg', 'errormessage', 'error_message', 'message', 'msg', 'error_description']
const NESTED_KEYS = ['data', 'body', 'error', 'response', 'result']
/** Statuses that tools print beside DingTalk's answer; as a bare `code` they are not DingTalk's errcode. */
const HTTP_STATUSES = new Set([400, 401, 403, 404, 405, 414, 429, 500, 502, 503, 504])
/**
 * An HTTP status an HTTP client printed: `error=401 Client Error`, `status code 403`, `HTTP/2 403`, `status=400`,
 * `response code: 403`; also a key as a log or JSON writes it (`status_code=403`, `"statusCode":403`, `httpCode`, 状态码).
 */
const STATUS_RE = /(?:status(?:[\s_]*code)?|response(?:\s*code| \[)|error|HTTP(?:\/[0-9.]{1,3}|[\s_]*code)?|状态码)["']?\s*[=:：]?\s*([45][0-9]{2})(?![0-9])/i
/**
 * A status with its standard reason phrase, as servers and clients print it: `400 Bad Request`, .NET's
 * `403 (Forbidden)` and `403, Forbidden`, Ruby's `403 "Forbidden"`; or, over HTTP/2, Spring's `403 : [no body]`
 * and Feign's `[403] during [POST] to […]` (http-client-forms.ts cites each client's format).
 */
const STATUS_PHRASE_RE =
  /\b([45][0-9]{2})(?:\] during|[\s(:"',]{1,5}(?:\[no body|Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Too Many Requests|Request-URI Too Large|URI Too Long|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out))\b/i
/**
 * A runtime's own code, never DingTalk's: axios's for a failed status (ERR_BAD_REQUEST, ERR_BAD_RESPONSE), Node's system
 * errors (ECONNRESET, ETIMEDOUT: https://nodejs.org/api/errors.html#common-system-errors) and undici's (UND_ERR_…).
 */
const RUNTIME_CODE = /^(?:ERR_BAD_RE|E[A-Z_]{2,15}$|UND_ERR_)/
/** Regexes look at this much of the text; a paste longer than this is a log, and its head decides. */
const SCAN_LIMIT = 1_000_000

/**
 * The DingTalk address in the text, also without its scheme (`POST api.dingtalk.com/v1.0/…`): the host
 * and path family of a bare status. An API host (api / oapi) before a document link; the regex runs
 * on a window around the host found, so a long paste is read once.
 */
function addressCalled(scan: string): string | null {
  let at = scan.search(/\bo?api\.dingtalk\.com(?::443)?\//i)
  // The host and the path apart, as an axios error's config shows them (baseURL, then url).
  const split = at < 0 ? /\b(o?api\.dingtalk\.com)['"][^]{0,200}?\burl['"]?\s*[:=]\s*['"](\/[^\s'"]{1,300})/i.exec(scan) : null
  if (split) return `https://${split[1]}${split[2]}`
  if (at < 0) at = scan.search(/dingtalk\.com(?::443)?\//i)
  if (at < 0) return null
  let start = at
  while (start > 0 && at - start < 60 && /[\w.-]/.test(scan[start - 1]!)) start--
  const scheme = /https?:\/\/$/i.exec(scan.slice(Math.max(0, start - 8), start))?.[0] ?? ''
  const address = /^[\w.-]{0,60}dingtalk\.com(?::443)?\/[^\s"'<>(){}\[\],]{0,300}/i.exec(scan.slice(start, at + 330))?.[0]
  return address === undefined ? null : scheme + address
}

type Json = Record<string, unknown>
type Found = { code: number | string | null; message: string | null; success: boolean; fromKey: string | null }

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function pickKey(obj: Json, keys: string[]): [string, unknown] | undefined {
  const lowered = new Map(Object.keys(obj).map((k) => [k.toLowerCase(), k]))
  for (const key of keys) {
    const real = lowered.get(key)
    if (real !== undefined && obj[real] !== undefined && obj[real] !== null && obj[real] !== '') return [key, obj[real]]
  }
  return undefined
}
const pick = (obj: Json, keys: string[]): unknown => pickKey(obj, keys)?.[1]

function toCode(v: unknown): number | string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string') {
    const s = v.trim()
    if (/^-?[0-9]{1,9}$/.test(s)) return Number(s)
    // axios's own code for a failed status (ERR_BAD_REQUEST, ERR_BAD_RESPONSE: lib/core/settle.js), or a network
    // error's, is no code of DingTalk's: every reader reads on, so DingTalk's own in the error's response.data is found.
    if (/^[A-Za-z][\w.-]{0,99}$/.test(s) && !RUNTIME_CODE.test(s)) return s
  }
  return null
}

function fromObject(obj: Json, depth = 0): Found {
  const codeKey = pickKey(obj, CODE_KEYS)
  let code = toCode(codeKey?.[1])
  let fromKey = code === null ? null : codeKey![0]
  // A tool's own `code: 200` is its HTTP-like “done”, not DingTalk's code: neither an error nor the answer.
  if (fromKey === 'code' && typeof code === 'number' && code >= 200 && code < 300) {
    code = null
    fromKey = null
  }
  const rawMessage = pick(obj, MESSAGE_KEYS)
  let message = typeof rawMessage === 'string' ? rawMessage : null
  // errcode 88 (鉴权异常) and friends carry the real code in sub_code / sub_msg.
  const sub = toCode(pick(obj, ['sub_code', 'subcode']))
  if (sub !== null) {
    code = sub
    fromKey = 'sub_code'
    const subMsg = pick(obj, ['sub_msg', 'submsg'])
    if (typeof subMsg === 'string') message = subMsg
  }
  // The 小程序's dd.getAuthCode fail object keys its code `error`, beside `errorMessage` ({error: 1002, errorMessage:
  // 企业无此微应用}: https://open.dingtalk.com/document/development/small-program); `error` alone is too common a key.
  if (code === null && typeof obj.error === 'number' && pick(obj, ['errormessage']) !== undefined) {
    code = toCode(obj.error)
    fromKey = 'error'
  }
  // The IP ban body is non-standard: {"status":1111,"wait":5,"punish":"deny",…}
  if (code === null && pick(obj, ['punish']) === 'deny') {
    code = 'punish'
    fromKey = 'punish'
  }
  const success = code === 0 || (code === null && pick(obj, ['accesstoken', 'access_token']) !== undefined)
  if ((code === null || (fromKey === 'code' && typeof code === 'number')) && depth < 3) {
    for (const key of NESTED_KEYS) {
      const inner = pick(obj, [key])
      if (isObject(inner)) {
        const found = fromObject(inner, depth + 1)
        if (found.code !== null || found.success) return { ...found, message: found.message ?? message }
      }
    }
    // DingTalk's answer kept as a JSON string inside a log record (`"body":"{\"errcode\":90018}"`).
    for (const value of Object.values(obj).slice(0, 20)) {
      if (typeof value !== 'string' || !value.trimStart().startsWith('{')) continue
      const inner = tryJson(value.trim())
      if (!inner) continue
      const found = fromObject(inner, depth + 1)
      if (found.code !== null || found.success) return { ...found, message: found.message ?? message }
    }
  }
  return { code, message, success, fromKey }
}

function tryJson(s: string): Json | null {
  if (s.length < 2) return null
  try {
    const v: unknown = JSON.parse(s)
    if (Array.isArray(v) && isObject(v[0])) return v[0]
    return isObject(v) ? v : null
  } catch {
    return null
  }
}

/**
 * The balanced top-level {…} slices of a text, in one pass (quotes respected), at most
 * `limit` of them, as [start, end) offsets: candidates for JSON.parse in a log line.
 */
function jsonSlices(text: string, limit = 40): [number, number][] {
  const slices: [number, number][] = []
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < text.length && slices.length < limit; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 92 /* \ */) i++
      else if (ch === 34 /* " */) inString = false
      continue
    }
    if (ch === 34 && depth > 0) inString = true
    else if (ch === 123 /* { */) {
      if (depth === 0) start = i
      depth++
    } else if (ch === 125 /* } */ && depth > 0) {
      depth--
      if (depth === 0) slices.push([start, i + 1])
    } else if (ch === 10 && depth > 0 && i - start > 200_000) {
      depth = 0 // an unbalanced brace must not swallow the rest of a long log
    }
  }
  return slices
}

/** What the JSON answers of a text say, and the text outside them (read for a code written in words). */
interface JsonReading {
  found: Found | null
  rest: string
}

/**
 * The answer the paste is about, of the JSON objects in it: the last failing answer keyed errcode (a
 * retry's answer comes after the first); else the last keyed `code`; success only when no object in
 * the paste fails; else a message alone.
 */
function fromJsonIn(text: string): JsonReading {
  let failing: Found | null = null
  let coded: Found | null = null
  let success: Found | null = null
  let worded: Found | null = null
  let rest = ''
  let after = 0
  for (const [start, end] of jsonSlices(text)) {
    const json = tryJson(text.slice(start, end))
    if (!json) continue
    rest += `${text.slice(after, start)}\n`
    after = end
    const found = fromObject(json)
    if (found.success) success ??= found
    else if (found.code !== null && found.fromKey !== 'code') failing = found
    // A tool's `code` too: the last, though a later number (a wrapper's 500) never hides a gateway code.
    else if (found.code !== null && (coded === null || typeof found.code === 'string' || typeof coded.code === 'number')) coded = found
    else if (found.message) worded ??= found
  }
  rest += text.slice(after)
  return { found: failing ?? coded ?? success ?? worded, rest }
}

const Q = `["'\`]`
/**
 * `key` followed by `:` `=` `=>`, optional quotes and PHP's `int(`; a value's quote may carry Python's string prefix
 * (`u'MissingBody'` in Python 2's repr, `b'…'` of bytes: https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals).
 */
const codeAfter = (keys: string) =>
  new RegExp(`(?:^|[^\\w])${Q}?(?:${keys})${Q}?\\]?\\s*(?:=>|[:=：])\\s*(?:int\\(|string\\(\\d{1,9}\\)\\s*)?(?:[ub]?${Q})?(-?[0-9]{1,9}(?![0-9]|\\.[0-9]|[eE][+-]?[0-9])|[A-Za-z][\\w.]{1,99})`, 'i')
const ERRCODE_RE = codeAfter('err_?code|resp_?code|error[_ ]?code|errorCode|sub_?code')
/**
 * DingTalk's own key with a space alone before the code (`报错：errcode 310000`, `errcode unknownError`):
 * a number, or a word shaped like a gateway code (a capital or a dot inside, or a capitalised long word
 * that ends the line or the field: `errcode Returned below` is prose); an English word after it
 * (`errcode and errmsg`) is no code.
 */
const ERRCODE_SPACED_RE =
  /(?:^|[^\w])[Ee]rr_?[Cc]ode\s{1,3}(-?[0-9]{1,9}(?![0-9]|\.[0-9])|[A-Za-z][a-z0-9]+(?:[A-Z]|\.[A-Za-z])[\w.]{0,99}|[A-Z][a-z]{7,40}(?![\w.])(?=[^\S\r\n]{0,40}(?:$|[,;，；\]}"'|]|(?:err_?msg|msg|message)\b)))/m
const SUBCODE_RE = /subcode\s*=\s*(-?[0-9]{1,9})\s*[,，]\s*submsg\s*=\s*([^\]\r\n]{1,2000})/i
/** errcode 88's real code under its own key, outside JSON (`"sub_code"：“40000”` typed full-width). */
const SUB_KEY_RE = codeAfter('sub_?code')
/** At each `needle` in the text (found by indexOf, at most 50: linear), what `read` finds there first. */
function atEach<T>(text: string, needle: string, read: (at: number) => T | null | undefined): T | null {
  for (let i = 0, at = text.indexOf(needle); at >= 0 && i < 50; i++, at = text.indexOf(needle, at + 1)) {
    const found = read(at)
    if (found) return found
  }
  return null
}
/**
 * An exception that carries DingTalk's code first: the TOP SDK's `ApiException: 40014:不合法的access_token`
 * (`errCode + ":" + errMsg`, and `…:subErrCode:subErrMsg` after it), Python's `DingTalkClientException(40014, …)`.
 * Only an `…Exception`: Python's `ConnectionResetError(104, …)` and `SSLError(1, …)` carry an errno. Not
 * Spring's `HttpClientErrorException: 414 : [no body]`: an HTTP status (its answer had no body).
 */
const AFTER_EXCEPTION_RE = /^\s{0,3}[:(]\s{0,3}(-?[0-9]{1,9})\s{0,3}[:,](?! \[no body)([^\r\n]{0,2000})/
/**
 * An HTTP status first in the user's own exception (`BizException: 500:调用钉钉失败 …`, the `code + ":" + msg`
 * that Throwable.toString shows after the class, https://docs.oracle.com/javase/8/docs/api/java/lang/Throwable.html#toString--)
 * is the user's framework's, not DingTalk's errcode: only DingTalk's and the TOP SDK's exceptions (ApiException,
 * TopException, DingTalk…Exception) carry DingTalk's code there; the reading goes on to DingTalk's answer inside.
 */
const exceptionCode = (text: string) =>
  atEach(text, 'Exception', (at) => {
    const m = AFTER_EXCEPTION_RE.exec(text.slice(at + 9, at + 2030))
    return m && HTTP_STATUSES.has(Number(m[1])) && !/(?:Api|Top|Ding\w{0,30})$/i.test(text.slice(Math.max(0, at - 40), at)) ? null : m
  })
/**
 * The Tea SDKs' error text: the gateway code right before Darabonba OpenAPI's `code: <status>, <message>`
 * (Node `InvalidAuthentication: code: 401, …`, Python `Error: InvalidAuthentication code: 401, …`). A code is
 * camel-cased or dotted (`msg is code: 400, …` names none); a class name (`TeaException: code: 400, …`) or Go's
 * label `Message:` there is no code; `unknownError` is one.
 */
const BEFORE_TEA_RE = /(?:^|[\s:])([A-Za-z][\w.-]{1,99}):? code: [1-5][0-9]{2},$/
const teaCode = (text: string) =>
  atEach(text, ' code: ', (at) => {
    const name = BEFORE_TEA_RE.exec(text.slice(Math.max(0, at - 101), at + 11))?.[1]
    return name && /[A-Z.]/.test(name) && !/[A-Z]\w*(?:Exception|Error)$|^Message$/.test(name) ? toCode(name) : null
  })
/** The TOP SDK's sub code after errcode 88's message: `88:Remote service error:60011:没有调用该接口的权限`. */
const TOP_SUB_RE = /:(-?[0-9]{2,9}):([^:\r\n]{1,500})$/
/**
 * Go's `%v` of the answer's struct, fields in order without names (`&{40014 不合法的access_token 0}`:
 * https://github.com/golang/go/blob/c674ce87c2e47699bb51e02885fb80519ecbfb27/src/fmt/doc.go#L95-L101); a Ruby
 * client's `(40014) 不合法的access_token` (https://github.com/seandong/dingtalk/blob/bcae1a45497c2da10230ee568ab0fed99ae4dd8c/lib/dingtalk/errors.rb#L12)
 * at a line's head (two digits or more: `(1) 第一步` numbers a list) or after the `in 'method': ` of an uncaught exception
 * (not `curl: (22) …`, curl's own exit code).
 */
const PRINTED_CODE_RE = /(?:^|[\s:=])&?\{(-?[0-9]{1,9}) ([^{}\r\n]{0,2000})\}|(?:^\((-?[0-9]{2,9})|\bin [`'][^'\r\n]{1,200}': \((-?[0-9]{1,9}))\)(?:[ \t]([^\r\n]{0,2000})|$)/m
/** A code then a colon at the head of a log line's message (Go's `fmt.Errorf("%d: %s")` after `2026/12/03 10:15:42`); a date (`20261203:`) is none. */
const LINE_CODE_RE = /(?:^|[ \t])(?!(?:19|20)[0-9]{6}[:：])(-?[0-9]{5,9})[:：](?:[ \t]|$)/m
const BARE_CODE_RE = new RegExp(codeAfter('code|status|error code').source, 'gi')
/** A failure said after a zero code on its line: a non-empty `error=` / `err=` (not `<nil>`), or `result=fail`. */
const FAILED_AFTER = /\berr(?:or)?=(?!<nil>|nil\b|null\b|["']{2}|\s|$)|\bresult=fail/i

/**
 * The first bare `code` / `status` that can be DingTalk's code: a `status: 200` (or 0, or a 3xx) before
 * `Code:param.cardTemplateIdEmpty` says the call went through, not what failed, and an HTTP status
 * before it is the transport's; those only when nothing else is there. At most 20 looked at.
 */
function bareCode(text: string): number | string | null {
  BARE_CODE_RE.lastIndex = 0
  let zero: 0 | null = null
  let status: number | null = null
  for (let i = 0, m = BARE_CODE_RE.exec(text); m !== null && i < 20; i++, m = BARE_CODE_RE.exec(text)) {
    const code = toCode(m[1])
    // An exception's own `(code: 0)` as Monolog / Laravel print it (`RuntimeException(code: 0): …`) is no code, not a success.
    // A `code=0` before a failure on its line (`result=fail … code=0 error=Post …: context deadline exceeded`) is
    // the HTTP status of a request that got no answer (Go's net/http: no StatusCode), as an alerting sender logs
    // it (github.com/ccfos/nightingale/blob/d204aa0cd4929f5637001cc114d5603c05c6b4a4/alert/sender/dingtalk.go#L105,
    // its `code` resp.StatusCode: …/blob/97ee149a3086ec5f65bf8d49a94603387b2258e4/pkg/poster/post.go): no success.
    if (code === 0) zero = /(?:Exception|Error)\($/.test(text.slice(Math.max(0, m.index - 20), m.index + 1)) || FAILED_AFTER.test(text.slice(m.index, m.index + 200).split('\n', 1)[0] ?? '') ? zero : 0
    else if (typeof code === 'number' && HTTP_STATUSES.has(code)) status ??= code
    else if (code !== null && !(typeof code === 'number' && code >= 100 && code < 400)) return code
  }
  // An HTTP error status (`code: 400, 未知错误 … 'code': 'unknownError'`) only when no code follows it;
  // `code: 0` and nothing failing: the success it says.
  return status ?? zero
}
/**
 * A gateway code right after its HTTP status, the way DingTalk's table of the new API's codes lists them
 * (HttpCode, then 错误码: `400 staffId.notExisted`,
 * https://open.dingtalk.com/document/development/server-api-error-codes-1): dotted and camel-cased, so a
 * file after a status (`404 favicon.ico`, `404 README.md`) is none.
 */
const STATUS_THEN_CODE_RE = /(?:^|[^\w.])[45][0-9]{2}[ \t]{1,3}[`'"]?([A-Za-z][A-Za-z0-9]{0,60}(?:\.[A-Za-z][A-Za-z0-9]{0,60}){1,4})(?![\w.])/
const INNER_CODE_RE = /\bCode\s*[:：]\s*(-?[0-9]{3,9})\b/
const MESSAGE_RES = [
  new RegExp(`${Q}?(?:err_?msg|resp_?msg|error_?message|sub_?msg|message|msg)${Q}?\\]?\\s*(?:=>|[:=：])\\s*(?:string\\(\\d+\\)\\s*)?[ub]?"((?:[^"\\\\\\r\\n]|\\\\.){1,2000})"`, 'i'),
  new RegExp(`${Q}?(?:err_?msg|resp_?msg|error_?message|sub_?msg|message|msg)${Q}?\\]?\\s*(?:=>|[:=：])\\s*(?:string\\(\\d+\\)\\s*)?[ub]?'((?:[^'\\\\\\r\\n]|\\\\.){1,2000})'`, 'i'),
  /(?:err_?msg|resp_?msg)\s*[:=]\s*([^\r\n]{1,2000})/i,
]

function fromText(text: string): Found {
  const sub = SUBCODE_RE.exec(text)
  if (sub) return { code: Number(sub[1]), message: sub[2]!.trim(), success: false, fromKey: 'sub_code' }
  let fromKey: string | null = 'errcode'
  let code = toCode(ERRCODE_RE.exec(text)?.[1] ?? ERRCODE_SPACED_RE.exec(text)?.[1])
  if (code === 88) {
    // Only a number: `subCode=null` is a language's word for none.
    const sub = toCode(SUB_KEY_RE.exec(text)?.[1])
    if (typeof sub === 'number') code = sub
  }
  let thrown: string | null = null
  if (code === null) {
    const m = exceptionCode(text)
    if (m) {
      code = Number(m[1])
      fromKey = 'exception'
      thrown = m[2]!.trim() || null
      const sub = code === 88 && thrown ? TOP_SUB_RE.exec(thrown) : null
      if (sub) {
        code = Number(sub[1])
        thrown = sub[2]!.trim()
      }
    }
  }
  if (code === null) {
    code = teaCode(text)
    if (code !== null) fromKey = 'tea'
  }
  const printed = code === null ? PRINTED_CODE_RE.exec(text) : null
  if (printed) {
    code = Number(printed[1] ?? printed[3] ?? printed[4])
    // A status there is read as one: Go's http.Response prints `&{404 Not Found 404 HTTP/1.1 …}`, .NET's WebException `: (403) Forbidden.`
    fromKey = 'printed'
    thrown = (printed[2] ?? printed[5] ?? '').replace(/(?: -?[0-9]{1,9})+$| \([\w:]{1,200}\)$/, '').trim() || null
  }
  if (code === null) {
    code = bareCode(text)
    fromKey = code === null ? null : 'code'
  }
  const statusThen = code === null ? STATUS_THEN_CODE_RE.exec(text)?.[1] : null
  if (statusThen && /[a-z][A-Z]/.test(statusThen)) {
    code = statusThen
    fromKey = 'status'
  }
  const inner = INNER_CODE_RE.exec(text)
  // `errorCode 3` wraps the real reason (`权限校验失败 Code:52013 - Message: …`).
  if (inner && (code === null || code === 3 || fromKey === 'code')) {
    code = Number(inner[1])
    fromKey = 'inner'
  }
  let message: string | null = null
  for (const re of MESSAGE_RES) {
    const m = re.exec(text)
    if (m) {
      message = m[1]!
      break
    }
  }
  message ??= thrown
  const trimmed = text.trim()
  // Only a number pasted (“310000”), or a code then a message (“40014: 不合法的access_token”).
  // A log line that starts with a clock time (“08:54:28 error …”) is not a code and a message.
  const lead = /^(-?[0-9]{2,9})(?![:：][0-5][0-9](?:[:：.,\s]|$))(?:\s*[:：,，]\s*(\S[^\r\n]{0,1999}))?$/.exec(trimmed)
  if (code === null && lead) {
    code = Number(lead[1])
    fromKey = 'lead'
    message ??= lead[2] ?? null
  }
  // A code written into a Chinese sentence: “进入后提示错误52013”, “错误码：60020”.
  // After a colon a one-digit code is one too (`错误码：1`, `错误码：-1`); after the label 错误码 / 返回码
  // and a colon, a gateway code (`错误码：unknownError`), never a word after 报错 / 错误 (`报错：Exception`).
  // Without a colon, on the same line only, and never a date's year: a message ending in 错误 at the end of
  // one log line is not coded by the next line's timestamp (`计算签名错误` then `2026-12-04 10:21:07`).
  const gluedNumber = /(?:错误码?|错误代码|报错|返回码)(?:\s*[:：=]\s*(-?[0-9]{1,9})|[ \t]*(-?[0-9]{2,9}))(?![0-9]|-[0-9])/.exec(text)
  const gluedName = gluedNumber ? null : toCode(/(?:错误码|错误代码|返回码)\s*[:：=]\s*([A-Za-z][\w.]{1,99})/.exec(text)?.[1])
  if (code === null && (gluedNumber || gluedName !== null)) {
    code = gluedNumber ? Number(gluedNumber[1] ?? gluedNumber[2]) : gluedName
    fromKey = 'glued'
  }
  const lineCode = code === null ? LINE_CODE_RE.exec(text) : null
  if (lineCode) {
    code = Number(lineCode[1])
    fromKey = 'line'
  }
  // “sign not match  310000”: a message, then the code.
  const tail = /^([^\r\n{}]{2,200}?)\s+(-?[0-9]{5,9})$/.exec(trimmed)
  if (code === null && tail) {
    code = Number(tail[2])
    fromKey = 'tail'
    message ??= tail[1]!
  }
  return { code, message, success: code === 0, fromKey }
}

/** `{\"errcode\":90002,…}` inside a log line: one pass that drops the escaping backslashes. */
function unescapeOnce(text: string): string {
  return text.replace(/\\(["\\/])/g, '$1').replace(/\\n/g, '\n')
}

function parse(response: unknown): ParsedResponse {
  let text = ''
  let found: Found = { code: null, message: null, success: false, fromKey: null }
  if (isObject(response)) {
    try {
      text = JSON.stringify(response) ?? ''
    } catch {
      text = ''
    }
    found = fromObject(response)
  } else {
    // Chat apps and word processors turn quotes curly (“code":…); JSON reading needs them straight.
    text = (typeof response === 'string' ? response.trim() : String(response ?? '')).replace(/[“”„‟″]/g, '"').replace(/[‘’]/g, "'")
  }
  const scan = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text
  if (!isObject(response)) {
    const escaped = scan.includes('\\"')
    const reading = fromJsonIn(scan)
    found = reading.found ?? found
    if ((found.code === null || found.fromKey === 'code' || found.success) && escaped) {
      const unescaped = fromJsonIn(unescapeOnce(scan)).found
      if (unescaped && unescaped.code !== null && !unescaped.success) found = { ...unescaped, message: unescaped.message ?? found.message }
    }
    if ((found.code === null || found.fromKey === 'code') && !found.success) {
      const loose = fromText(escaped ? unescapeOnce(scan) : scan)
      // A success read in the words (`"errcode":0` of another answer) never hides a failing code found.
      const takeLoose = loose.code !== null && (found.code === null || (loose.fromKey !== 'code' && loose.code !== 0))
      if (takeLoose) found = { ...loose, message: found.message ?? loose.message }
      else found = { ...found, message: found.message ?? loose.message }
    } else if (found.success) {
      // A success beside an error written in words (`{"errcode":0}`, then `钉钉 errcode: 40035`): the
      // error is what the paste is about. A bare `status: 200` (an HTTP success) is no error.
      const loose = fromText(reading.rest)
      const httpOk = typeof loose.code === 'number' && loose.code >= 100 && loose.code < 400
      if (loose.code !== null && loose.code !== 0 && !httpOk && loose.fromKey !== 'lead' && loose.fromKey !== 'tail') found = loose
    }
  }
  // errorCode 3 / 88 wrap the real one when the message names it.
  if ((found.code === 3 || found.code === 88) && found.message) {
    const inner = INNER_CODE_RE.exec(found.message) ?? /subcode\s*=\s*(-?[0-9]{1,9})/i.exec(found.message)
    if (inner) found = { ...found, code: Number(inner[1]) }
  }
  let httpStatus: number | null = null
  // A code an exception carries first (`ApiException: 404:…`) is the library's errcode, not a status.
  if (typeof found.code === 'number' && HTTP_STATUSES.has(found.code) && found.fromKey !== 'errcode' && found.fromKey !== 'sub_code' && found.fromKey !== 'exception') {
    httpStatus = found.code
    found = { ...found, code: null }
  }
  // A status written by the HTTP client around the answer: “error=401 Client Error”, “status code 403”, “HTTP/2 403”.
  httpStatus ??= Number(STATUS_RE.exec(scan)?.[1] ?? '') || null
  httpStatus ??= Number(STATUS_PHRASE_RE.exec(scan)?.[1] ?? '') || null
  // An HTML page instead of JSON: its <title> (“400 The plain HTTP request was sent to HTTPS port”) is the message.
  const title = /<title>([^<]{1,300})<\/title>/i.exec(scan)?.[1]?.trim()
  if (title) {
    if (found.message === null) found = { ...found, message: title }
    httpStatus ??= Number(/^([1-5][0-9]{2})\b/.exec(title)?.[1] ?? '') || null
  }
  const endpoint = addressCalled(scan)
  const source = found.message ?? scan
  const description = /(?:description|错误描述)\s*[:：]\s*([^;；]*)/i.exec(source)?.[1]?.trim() || null
  const solution = /(?:solution|解决方案)\s*[:：]\s*([^;；]*)/i.exec(source)?.[1]?.trim() || null
  const requestIp = /request\s*ip\s*[=:]\s*([0-9a-f.:]{3,45})/i.exec(scan)?.[1] ?? null
  const scopes = /"?requiredScopes"?\s*[:=]\s*\[([^\]]{0,2000})\]/i.exec(scan)?.[1]
  const requiredScopes = scopes ? [...scopes.matchAll(/["']([\w.:-]{1,100})["']/g)].map((m) => m[1]!) : []
  return { code: found.code, message: found.message, text, description, solution, requestIp, requiredScopes, httpStatus, success: found.success, endpoint }
}

export function parseResponse(response: unknown): ParsedResponse {
  try {
    return parse(response)
  } catch {
    // A parser bug must never break the page or the CLI: fall back to “no code found”.
    const text = typeof response === 'string' ? response : ''
    return { code: null, message: null, text, description: null, solution: null, requestIp: null, requiredScopes: [], httpStatus: null, success: false, endpoint: null }
  }
}
