import { APP_ERRORS } from './app-errors'
import { CALLBACK_ERRORS, HTML_NOT_JSON, NET_FAILURE, STREAM_SDK } from './callback-errors'
import type { Diagnosis, ErrorEntry, ErrorRule, ErrorSource, ErrorText, ErrorTexts } from './entry'
import { statusRuleId } from './http-status'
import { JSAPI_ERRORS } from './jsapi-errors'
import type { ShardLoader } from './official-table'
import { parseResponse, type ParsedResponse } from './parse-response'
import { ROBOT_ERRORS } from './robot-errors'

export type { Diagnosis } from './entry'

/** Every known error: robot first (its 310000 variants need their order), then app, callbacks / Stream, then 免登 / JS-API. */
export const ERROR_CATALOG: readonly ErrorRule[] = [...ROBOT_ERRORS, ...APP_ERRORS, ...CALLBACK_ERRORS, ...JSAPI_ERRORS]

/** Codes that wrap the real reason (88 鉴权异常 → sub_code; errorCode 3 → the message): the text decides first. */
const WRAPPERS = new Set<number | string>([88, 3])

function sameCode(a: number | string, b: number | string): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  // A gateway code may arrive whole (Forbidden.AccessDenied.IpNotInWhiteList) or in part.
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`)
}

/**
 * What in a paste tells the side of DingTalk it comes from (issue 21), strongest first: the endpoint or JS-API
 * called (4), an SDK's class or package (2), words (1). Each clue counts once; the highest sum wins, a tie
 * goes to the earlier side (robot, 免登 / JS-API, app), as the words alone always did.
 * - robot/send, robot/sendBySession: the group robot; its samples build an OapiRobotSendRequest on
 *   DefaultDingTalkClient, the client every old API shares, so only the request class counts
 *   (open.dingtalk.com/document/development/custom-robots-send-group-messages, …/receive-message); the old SDK
 *   names the API dingtalk.oapi.robot.send, and every other dingtalk.oapi.… is the app's, in its topsdk log lines
 *   (github.com/capricornxl/ad-password-self-service/blob/bc04829070921eeddfae04f93c6ee478854657e7/utils/dingtalk_sdk/api/rest/OapiRobotSendRequest.py#L22);
 *   Python's DingtalkChatbot (github.com/zhuifengshen/DingtalkChatbot/blob/08726adbd8c2ea1aade4a6687720fef3577a86bf/dingtalkchatbot/chatbot.py#L37).
 * - dd.config / dd.error / dd.ready, requestAuthCode: a JS-API call in the page
 *   (open.dingtalk.com/document/development/jsapi-request-auth-code).
 * - any other path on oapi.dingtalk.com (gettoken, /topapi/, /sns/, /message/…), /v1.0/ (the new API, also the
 *   app's robot and Stream's /v1.0/gateway/connections/open): the app's server API; the new SDK's packages
 *   com.aliyun.dingtalk…, alibabacloud_dingtalk, @alicloud/dingtalk… (open.dingtalk.com/document/development/api-querydevicecustomtemplate),
 *   dingtalk-stream (open.dingtalk.com/document/development/stream), any other Oapi…Request of the old SDK
 *   (OapiRobotMessageSendgroupRequest too: the app's robot).
 */
const SIDE_CLUES: readonly (readonly [RegExp, 'robot' | 'jsapi' | 'app', number])[] = [
  [/robot\/send|sendBySession|dingtalk\.oapi\.robot\.send\b/i, 'robot', 4],
  [/\bdd\.(?:config|error|ready)|requestAuthCode/i, 'jsapi', 4],
  [/gettoken|\/topapi\/|\/sns\/|\/v1\.0\/|oapi\.dingtalk\.com\/(?!robot)\w|dingtalk\.oapi\.(?!robot\.send\b)\w/i, 'app', 4],
  [/OapiRobotSendRequest|dingtalkchatbot/i, 'robot', 2],
  [/com\.aliyun\.dingtalk|alibabacloud_dingtalk|@alicloud\/dingtalk|dingtalk[-_]stream|Oapi(?!RobotSendRequest)\w{1,60}Request/i, 'app', 2],
  [/机器人|webhook|msgtype|access_token=[0-9a-f]{20,}/i, 'robot', 1],
  [/jsapi|errorCode"?\s*:\s*"?3\b|免登/i, 'jsapi', 1],
  [/api\.dingtalk\.com|oapi\.dingtalk\.com|access_?token|requestid|request_id|appkey|corp_?id/i, 'app', 1],
]

/** The side a paste comes from, and whether an endpoint or an SDK says so (not words alone). */
interface Side {
  side: ErrorSource
  strong: boolean
}

function sideOf(text: string): Side {
  const score = { robot: 0, jsapi: 0, app: 0 }
  for (const [clue, side, weight] of SIDE_CLUES) if (clue.test(text)) score[side] += weight
  let side: ErrorSource = 'unknown'
  for (const s of ['robot', 'jsapi', 'app'] as const) if (score[s] > (side === 'unknown' ? 0 : score[side])) side = s
  return { side, strong: side !== 'unknown' && score[side] >= 2 }
}

/** Which side of DingTalk the paste comes from, by the clues around the answer (SIDE_CLUES). */
export const guessSource = (text: string): ErrorSource => sideOf(text).side

const STREAM_LOST = 'stream.connectionLost'

/** The catalog's entry with this id. */
const entryById = (id: string): ErrorRule | null => ERROR_CATALOG.find((e) => e.id === id) ?? null
const HANDLER_FAILED = 'stream.handlerFailed'

function byText(haystack: string): ErrorRule | null {
  // A gateway code written in the text (IpNotInWhiteList) is the most specific clue.
  const lower = haystack.toLowerCase()
  const named = ERROR_CATALOG.find((e) => e.codes.some((c) => typeof c === 'string' && c.length > 5 && lower.includes(c.toLowerCase())))
  if (named) return named
  const at = ERROR_CATALOG.findIndex((e) => e.text?.test(haystack))
  const worded = ERROR_CATALOG[at]
  // A Stream SDK's words that the connection failed, and the reason after them: a reason with an entry of
  // its own (DNS, certificate, proxy) is the answer (only entries after it are left to try: those before did
  // not match); the SDK's words beside a network failure are the connection.
  // A handler that failed because the connection dropped (its reply on a closed socket:
  // github.com/open-dingtalk/dingtalk-stream-sdk-python/issues/63) is the connection.
  if (worded?.id === STREAM_LOST) return ERROR_CATALOG.slice(at + 1).find((e) => !e.codes.length && e.id !== HANDLER_FAILED && e.text?.test(haystack)) ?? worded
  return worded ?? (STREAM_SDK.test(haystack) && NET_FAILURE.test(haystack) ? entryById(STREAM_LOST) : null)
}

const NAMES_DINGTALK = /钉钉|dingtalk|dingding/i
/**
 * Another service's address called: a link after `from`, `for url`, an HTTP method, `url:` or an arrow, not on
 * dingtalk.com (“status code 400 from https://api.example.com/…”, as axios and requests print it).
 */
const OTHER_CALLED = /(?:\bfrom|\bfor url:?|\b(?:POST|GET|PUT|PATCH|DELETE)|\burl["']?\s{0,3}[:=]|→)\s{0,3}["']?https?:\/\/(?![\w.-]{0,60}dingtalk\.com)/i

/**
 * An answer without DingTalk's code, read by its HTTP status and the address called (http-status.ts):
 * a 401 from the Stream gateway is the connection's credentials, a 403 from api.dingtalk.com a refusal.
 * Without an API address, the paste must name DingTalk in its words (a link to DingTalk's documents alone
 * does not) and call no other service's address.
 */
function statusRule(parsed: ParsedResponse, haystack: string): string | null {
  const named = NAMES_DINGTALK.test(haystack.replace(/https?:\/\/\S{0,300}/gi, ' ')) && !OTHER_CALLED.test(haystack)
  return statusRuleId(parsed.httpStatus, parsed.endpoint, /\bStream\b|dingtalk_stream/i.test(haystack) || STREAM_SDK.test(haystack), named, STREAM_CONNECTING.test(haystack))
}

/**
 * A Stream channel's own words for its connection attempt, around the SDK's connect (a bare status there is
 * the long connection's, http-status.ts): “Connection attempt N failed” and “Reconnection failed”
 * (github.com/soimy/openclaw-channel-dingtalk/blob/0a55d287fb2dbd3ffc4ccd32d1037322d34c8065/src/connection-manager.ts#L382,
 * #L693), its `[DingTalk][ConnectionError][connect.open]` tag (…/src/utils.ts#L453); the DingTalk connector's
 * 重连失败 and its wrappers of the first connect's 400 / 401 (github.com/DingTalk-Real-AI/
 * dingtalk-openclaw-connector/blob/97776891fe7bb9762a9fddd12d80d44a5dbc65bb/src/core/connection.ts#L348, #L740, #L758).
 */
const STREAM_CONNECTING =
  /\bconnection attempt\b|\breconnect(?:ion)? failed|\[DingTalk\]\[ConnectionError\]|重连失败|Bad Request \(400\):\s{1,4}- clientId or clientSecret|Authentication failed \(401 Unauthorized\):\s{1,4}- Your clientId/i

/** The entry a status rule names: the catalog's, or a bare-status answer once diagnose() loaded them. */
function statusEntry(id: string, statusEntries: readonly ErrorEntry[]): ErrorRule | null {
  return entryById(id) ?? statusEntries.find((e) => e.id === id) ?? null
}

/**
 * The text as the entries' rules read it: full-width letters and punctuation folded (NFKC: “：” “，” “ｅｒｒ”),
 * and the spaces a screenshot's OCR puts between Chinese characters dropped (“签 名 不 匹 配”). Only for
 * matching: the errmsg shown stays as pasted.
 */
function readable(text: string): string {
  const folded = text.normalize('NFKC')
  return folded.replace(/([\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])/g, '$1') + inDingTalksOrder(folded)
}

/**
 * DingTalk's messages for a wrong field read 不合法的<field> (40056 不合法的agentid, 40014 不合法的access_token, 40003
 * 不合法的UserID: https://open.dingtalk.com/document/development/server-api-error-codes-1); people retell them field
 * first (“agentId 不合法”), the order the same table uses for others (suitekey不合法, ip不合法). Each field (a letter,
 * then 1–29 letters, digits or _, not cut from a longer word) named before 不合法 is added in DingTalk's order, at most
 * eight; the retelling stays (corpId 不合法 is the JS-API's). Linear: indexOf, then a 35-character window before it.
 */
function inDingTalksOrder(text: string): string {
  let out = ''
  for (let at = text.indexOf('不合法'), n = 0; at !== -1 && n < 8; at = text.indexOf('不合法', at + 3)) {
    const from = Math.max(0, at - 35)
    const field = text[at + 3] === '的' ? null : /(?<!\w)([A-Za-z]\w{1,29})[ \t]{0,3}$/.exec(text.slice(from, at))
    if (field && (field.index > 0 || from === 0)) [out, n] = [`${out}\n不合法的${field[1]}`, n + 1]
  }
  return out
}

/** What a paste says, as every step reads it: the answer's message, then the paste (its first 100,000 characters). */
const saidIn = (parsed: ParsedResponse): string => `${parsed.message ?? ''}\n${parsed.text.slice(0, 100_000)}`

/** Text that names an error: then the paste is not a success, whatever `status: 0` or `errcode: 0` it also holds. */
const NAMES_ERROR =
  /err_?code["'\]]?\s*(?:=>|[:=])\s*(?:int\()?["']?-?[1-9]|Forbidden\.AccessDenied|InvalidAuthentication|invalidClientIdOrSecret|authFailed|MissingParameter|InvalidAction/i

export function namesError(text: string): boolean {
  const head = readable(text.slice(0, 100_000))
  return NAMES_ERROR.test(head) || byText(head) !== null
}

/** Whether a catalog entry lists the code (else DingTalk's table may, or it is a tool's own). */
const catalogLists = (code: number | string): boolean => ERROR_CATALOG.some((e) => e.codes.some((c) => sameCode(c, code)))

/** `dingtalkListed`: DingTalk's table lists the code, so it is DingTalk's answer, not a tool's wrapper. */
function findEntry(code: number | string | null, haystack: string, side: Side, dingtalkListed = false, message = ''): ErrorRule | null {
  if (code === null) return byText(haystack)
  const byCode = ERROR_CATALOG.filter((e) => e.codes.some((c) => sameCode(c, code)))
  // One rule over the paste's context, strongest first: the answer's message says an entry's own words (the
  // last failing answer's, before words elsewhere) (64); the side an endpoint or SDK says (32); the entry's words
  // or its endpoint (`at`) elsewhere in the paste (16); the side words say (8); words the other side prints too
  // (4); the code's general entry, without words of its own (1); of equals, the first. Words are the other
  // side's too when that side's entry for the code has none (it stands for DingTalk's table's message, which
  // 43004's 无效的HTTP HEADER Content-Type is on both: server-api-error-codes-1, custom-robots-send-group-messages).
  let best: ErrorRule | null = null
  let top = -1
  let said = false
  for (const e of byCode) {
    const shared = byCode.some((o) => o.source !== e.source && !o.text)
    const inMessage = message !== '' && e.text?.test(message) === true
    const inPaste = e.text?.test(haystack) === true
    const atPaste = e.at?.test(haystack) === true
    const words = shared ? (inPaste ? 4 : 0) : (inMessage ? 64 : 0) + (inPaste || atPaste ? 16 : 0)
    const sided = e.source === side.side ? (side.strong ? 32 : 8) : 0
    const score = words + sided + (e.text ? 0 : 1)
    if (score > top) [best, top, said] = [e, score, words > 0 || atPaste]
  }
  // An entry chosen by its words or endpoint is the answer; else another entry's words may still say more.
  if (said) return best
  // An unknown or wrapping code: DingTalk's words (or a tool's) may still say what it is. A code DingTalk's
  // table lists (90017, 60004, sign.not.match) is not taken over by the words of an entry for another
  // code (部门不存在 inside 父亲部门不存在); an entry for a situation, with no code of its own, still reads it.
  if (byCode.length === 0 || WRAPPERS.has(code)) {
    const found = byText(haystack)
    if (found && !(dingtalkListed && !WRAPPERS.has(code) && found.codes.length > 0)) return found
  }
  return best
}

/**
 * The same numbering family: as many digits and the same first three as one of the entry's codes
 * (400202 and 400401 are both robot parameter errors, 4002xx–4004xx). Short codes never count.
 */
function sameFamily(codes: readonly (number | string)[], code: number | string): boolean {
  if (typeof code !== 'number' || Math.abs(code) < 100_000) return false
  const own = String(code)
  return codes.some((c) => typeof c === 'number' && String(c).length === own.length && String(c).slice(0, 3) === own.slice(0, 3))
}


/** Fix text with what the answer itself says: the caller IP of 60020, the missing permission, the robot's missing field. */
function tailor(entry: ErrorRule, fixText: string, parsed: ParsedResponse): string {
  let fix = fixText
  if ((entry.id === 'app.60020' || entry.id === 'app.ipNotInWhiteList') && parsed.requestIp) {
    fix = `钉钉看到的请求 IP 是 ${parsed.requestIp}：把这个 IP 加进应用的“服务器出口IP”。${fix}`
  }
  if (entry.id === 'app.permissionDenied' && parsed.requiredScopes.length) {
    fix = `缺少的权限：${parsed.requiredScopes.join('、')}。${fix}`
  }
  if (entry.id === 'robot.4004xx') {
    const field = /参数\s*(\w+)\s*--》\s*(\w+)/.exec(parsed.message ?? parsed.text)
    if (field) fix = `缺少或格式不对的字段：${field[1]}.${field[2]}。${fix}`
  }
  return fix
}

/**
 * `texts`: what to tell the user, by entry id; `statusEntries`: the answers for a bare status
 * (http-status-entries.ts, with their own texts), once the async diagnose() loaded them; `dingtalkListed`:
 * the code is one DingTalk's table lists (found by the async diagnose()); `netId`: the net.* entry (or the Stream
 * connection) a network failure in the paste stands for (net-words.ts, loaded by the async diagnose()).
 */
export function diagnoseWith(parsed: ParsedResponse, texts: ErrorTexts, statusEntries: readonly ErrorEntry[] = [], dingtalkListed = false, netId: string | null = null): Diagnosis {
  const errmsg = parsed.message === null ? null : Array.from(parsed.message).slice(0, 2000).join('')
  const base = {
    errcode: parsed.code,
    errmsg,
    unconfirmed: false,
    officialDescription: parsed.description,
    officialSolution: parsed.solution,
    docUrl: null,
    anchor: null,
  }
  if (parsed.success && !namesError(`${parsed.message ?? ''}\n${parsed.text}`)) {
    return {
      ...base,
      matched: true,
      source: 'unknown',
      id: 'success',
      title: '调用成功',
      cause: '钉钉返回 errcode 0（或返回了 accessToken），说明这次请求成功了。',
      fix: '无需处理。若群里仍没收到消息，请确认 Webhook 属于目标群的机器人。',
    }
  }
  if (parsed.text.trim() === '' && parsed.code === null) {
    return {
      ...base,
      matched: false,
      source: 'unknown',
      id: 'empty',
      title: '请粘贴钉钉返回的内容',
      cause: '没有收到任何内容。',
      fix: '把接口返回的完整 JSON（包含 errcode 和 errmsg，或 code 和 message）粘贴到这里。',
    }
  }
  const haystack = readable(saidIn(parsed))
  const side = sideOf(haystack)
  const source = side.side
  // `errcode 0` / `status 0` beside an error's words: the words decide, the 0 is not the code.
  const code = parsed.success ? null : parsed.code
  let entry = findEntry(code, haystack, side, dingtalkListed, readable(parsed.message ?? ''))
  // No code: the status and the address called; the SDK's “connection failed” yields to what the status says (401: the credentials).
  // The rule is read once, for both uses below (it scans the whole haystack).
  const rule = code === null && (entry === null || entry.id === STREAM_LOST) ? statusRule(parsed, haystack) : undefined
  if (rule) entry = statusEntry(rule, statusEntries) ?? entry
  // No code and no status: a network failure beside DingTalk's name (net-words.ts, found by diagnose()) says more than
  // an entry for one of DingTalk's answers that only words matched (a gettoken address is not its 40001); a cause
  // with an entry of its own (DNS, a certificate) inside the same wrapper is that entry.
  const net = netId && code === null && !rule && (entry === null || entry.codes.length > 0) ? entryById(netId) : null
  if (net) entry = ERROR_CATALOG.find((e) => !e.codes.length && e.text?.test(haystack)) ?? net
  // A JSON parser given a page instead of DingTalk's answer, in a paste that names DingTalk or its address; a
  // status with a rule of its own (a 502 from oapi) says more.
  if (code === null && entry === null && rule === null && HTML_NOT_JSON.test(haystack) && NAMES_DINGTALK.test(haystack)) {
    entry = entryById('net.htmlNotJson')
  }
  if (entry) {
    const said: ErrorText = 'title' in entry ? (entry as ErrorEntry) : (texts[entry.id] ?? { title: entry.id, cause: '', fix: '' })
    // A code of the entry written in the paste (invalidParameter.authCode.notFound) is the one to show.
    const lower = haystack.toLowerCase()
    const firstCode = entry.codes.find((c) => code === null && typeof c === 'string' && lower.includes(c.toLowerCase())) ?? entry.codes[0] ?? null
    return {
      ...base,
      // A code the entry does not list is a wrapper (88, a tool's own `code`): show the entry's; one of
      // the entry's own numbering family (400202 beside 4004xx) is what DingTalk answered: keep it.
      errcode: code !== null && (entry.codes.some((c) => sameCode(c, code)) || sameFamily(entry.codes, code)) ? code : (firstCode ?? code),
      matched: true,
      source: entry.source === 'unknown' ? source : entry.source,
      id: entry.id,
      title: said.title,
      cause: said.cause,
      fix: tailor(entry, said.fix, parsed),
      unconfirmed: entry.unconfirmed ?? false,
      docUrl: entry.docUrl ?? null,
      anchor: entry.anchor,
    }
  }
  const official = parsed.solution ? `钉钉给出的解决方案：${parsed.solution}。` : ''
  return {
    ...base,
    matched: false,
    source,
    id: 'unknown',
    title: parsed.code === null ? '没有找到错误码' : `未收录的错误码 ${parsed.code}`,
    cause:
      parsed.code === null
        ? '内容里没有 errcode（或 code），也不像本站收录的任何一种错误信息。'
        : `错误码 ${parsed.code} 不在本站整理的列表里。${parsed.description ? `钉钉的说明：${parsed.description}。` : ''}`,
    fix:
      parsed.code === null
        ? '请粘贴接口返回的完整 JSON（包含 errcode 和 errmsg）。注意钉钉机器人出错时 HTTP 状态码仍是 200，要看 errcode 是否为 0。'
        : // official-row.ts puts advice for the side the answer came from in front, once loaded.
          `${official}也可以在钉钉开放平台文档（https://open.dingtalk.com/document/）搜索该错误码。`,
  }
}

let textsLoad: Promise<ErrorTexts> | undefined
const loadTexts = () => (textsLoad ??= import('./error-texts').then((m) => m.ERROR_TEXTS))

/** Where DingTalk's table comes from: the site's chunks in the browser, the bundled JSON in the terminal. */
export interface OfficialTable {
  /** One shard of rows by code. */
  shard: ShardLoader
  /**
   * DingTalk's standard messages → their code (official-messages.ts, with its index); loaded only for a
   * paste without a code, the finder built once by the loader.
   */
  messages: () => Promise<(text: string) => Promise<string | null>>
}

async function codeFromMessage(text: string, table: OfficialTable): Promise<string | null> {
  return (await table.messages())(text)
}

/** A code of DingTalk's table as a paste would carry it: a number where it is one. */
const asCode = (code: string): number | string => (/^-?\d{1,15}$/.test(code) ? Number(code) : code)

/**
 * A printer's escapes (\uXXXX, \xNN, %XX, HTML references, `+` for a space in a query's value): paste-decode.ts
 * reads the paste decoded. Linear: `=\w+\+` backtracks only within the word after each `=`.
 */
const PRINTER_ESCAPE = /\\[ux][0-9a-f]|%[0-9a-f]{2}|&#?[0-9a-z]{1,8};|=\w+\+/i

/**
 * The diagnosis every caller shows (故障排查, 工具箱, `dingtalk diagnose`, `send`, `check-credentials`,
 * `doctor`): the curated catalog first; then DingTalk's table (loaded only now, one shard) for the
 * explanation and link of any code it lists; a paste with no code and no catalog match is read for
 * DingTalk's standard messages (计算解密文字错误 → its code). A failed load leaves the curated answer.
 */
export async function diagnose(response: string | Record<string, unknown>, table: OfficialTable): Promise<Diagnosis> {
  const parsed = await readPaste(response)
  const d = await diagnoseRead(parsed, table)
  if (d.id !== 'unknown') return d
  // Nothing read it: the entries whose words it shares most, as places to look (related-entries.ts, its own chunk).
  try {
    const [{ relatedEntries }, texts] = await Promise.all([import('./related-entries'), loadTexts()])
    const related = relatedEntries(readable(saidIn(parsed)), ERROR_CATALOG, texts).map((e) => ({ id: e.id, title: texts[e.id]?.title ?? e.id, anchor: e.anchor }))
    return related.length ? { ...d, related } : d
  } catch {
    return d
  }
}

/** The paste parsed, and decoded when a printer escaped it (paste-decode.ts, loaded only then). */
async function readPaste(response: string | Record<string, unknown>): Promise<ParsedResponse> {
  const parsed = parseResponse(response)
  if (!PRINTER_ESCAPE.test(parsed.text)) return parsed
  try {
    return (await import('./paste-decode')).readDecoded(parsed)
  } catch {
    // A failed load leaves the paste as read.
    return parsed
  }
}

/** The rules' reading: the catalog, DingTalk's table and its messages, the network's and callbacks' words. */
async function diagnoseRead(pasted: ParsedResponse, table: OfficialTable): Promise<Diagnosis> {
  let parsed = pasted
  const text = parsed.text.slice(0, 100_000)
  if (parsed.text.trim() === '' && parsed.code === null) return diagnoseWith(parsed, {})
  // The entries' texts are their own chunk (most of the catalog's bytes), loaded on the first paste.
  const texts = await loadTexts()
  let netId: string | null = null
  const readAs = (p: ParsedResponse, statusEntries: readonly ErrorEntry[] = [], listed = false) => diagnoseWith(p, texts, statusEntries, listed, netId)
  let d = readAs(parsed)
  // DingTalk's messages are scanned once per paste (a linear pass over up to 100 KB), whichever step asks first.
  let scanned: Promise<string | null> | undefined
  // The fields retold before 不合法 in DingTalk's order too (inDingTalksOrder).
  const codeInMessages = () => (scanned ??= codeFromMessage(saidIn(parsed) + inDingTalksOrder(saidIn(parsed).normalize('NFKC')), table))
  if (parsed.success) {
    // A success said, and maybe an error beside it: read on as a paste without a code (the success's own
    // “ok” is not the failing answer's message); a success stands only when DingTalk's messages name
    // no error either (`{"errcode":0,…}` then `父亲部门不存在` is 60004). One flat object is just that.
    const success = d.id === 'success' ? d : null
    if (success && /^\s*\{[^{}]*\}\s*$/.test(text)) return success
    parsed = { ...parsed, success: false, code: null, message: null }
    d = readAs(parsed)
    if (success) {
      try {
        if ((await codeInMessages()) === null) return success
      } catch {
        return success
      }
    }
  }
  try {
    // Read once: the steps below change the paste's code, never its words.
    const pasted = readable(saidIn(parsed))
    if (parsed.code === null && (!d.matched || entryById(d.id)?.codes.length) && NAMES_DINGTALK.test(pasted) && !OTHER_CALLED.test(pasted)) {
      // A runtime's words for a call to DingTalk that failed in the network: their own chunk.
      netId = (await import('./net-words')).netCause(pasted)
      if (netId) d = readAs(parsed)
    }
    if (parsed.code === null || !d.matched) {
      // A callback crypto library's exception, or the console's timedout: the code its words stand for decides.
      const code = (await import('./callback-words')).callbackCode(readable(text))
      if (code !== null) d = readAs((parsed = { ...parsed, code }))
    }
    const chosen = entryById(d.id)
    if (parsed.code !== null && chosen && chosen.codes.length > 0 && !WRAPPERS.has(parsed.code) && !catalogLists(parsed.code)) {
      // Another entry chosen by the words for a code it does not list: when DingTalk's table lists the
      // code, its row is the answer (the words 部门不存在 inside 父亲部门不存在 are not 60003).
      const { listedByDingTalk } = await import('./official-row')
      if (await listedByDingTalk(parsed.code, table.shard)) d = readAs(parsed, [], true)
    }
    if (parsed.code === null) {
      const code = await codeInMessages()
      const asPasted = code === null ? null : asCode(code)
      const entry = chosen
      if (asPasted === null) {
        if (d.matched) return d
        // No code and no message: the status and the address called, when a rule knows them.
        if (!statusRule(parsed, text)?.startsWith('http.')) return d
        return readAs(parsed, (await import('./http-status-entries')).STATUS_ENTRIES)
      } else if (!d.matched) {
        // The code DingTalk gives that message, read as if it had been pasted (a catalog entry wins);
        // a status alone says less than the message.
        d = readAs({ ...parsed, code: asPasted })
      } else if (entry?.codes.some((c) => sameCode(c, asPasted))) {
        // The entry the words matched covers several codes (900008–900010): the message tells which.
        d = { ...d, errcode: asPasted }
      } else if (entry) {
        // DingTalk's whole message beats an entry's rule matching part of it (签名错误 inside 计算签名错误).
        const words = entry.text?.exec(pasted)?.[0] ?? ''
        const { saysMore } = await import('./official-row')
        if (await saysMore(asPasted, words, table.shard)) d = readAs({ ...parsed, code: asPasted }, [], true)
      }
    }
    if (d.errcode === null) return d
    // DingTalk's row and the words around it are their own chunk, loaded beside the table's shard.
    const { withOfficialAnswer } = await import('./official-row')
    const answered = await withOfficialAnswer(d, d.errcode, text, table.shard)
    if (answered.matched || parsed.code === null) return answered
    // A number neither list knows (`30006，设备id异常`): DingTalk's message beside it may still name its code.
    const code = await codeInMessages()
    if (code === null || code === String(parsed.code)) return answered
    const named = readAs({ ...parsed, code: asCode(code) })
    return named.errcode === null ? answered : await withOfficialAnswer(named, named.errcode, text, table.shard)
  } catch {
    return d
  }
}
