/**
 * What a bare HTTP status at DingTalk's API hosts means (the rule that picks one is http-status.ts):
 * loaded only when a paste is answered by its status alone, to keep the catalog's chunk small.
 */
import type { ErrorEntry } from './entry'

// Not `unconfirmed`: the status's meaning is DingTalk's (the widget would call it community experience);
// which of its causes applies is what stays 未确认, and each cause says so in its own words.

const CODES_DOC = 'https://open.dingtalk.com/document/development/server-api-error-codes-1'
const BATCH_SEND_DOC = 'https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches'
const WITHOUT_BODY = '只有状态码、没有响应体时，无法确定是哪一种（未确认）。把响应体（JSON 里的 code 和 message）一起贴进来可以得到确切原因。'

/** Answers for a status alone; their ids start with `http.` (a message DingTalk's table knows is preferred). */
export const STATUS_ENTRIES: readonly ErrorEntry[] = [
  {
    id: 'http.403.api',
    source: 'app',
    codes: [],
    title: '新版接口拒绝了请求（HTTP 403）',
    cause: `钉钉错误码表对新版接口（api.dingtalk.com）的 403 的说明是“请求被拒绝，通常由于权限不足或触发限流”：常见的是应用没有这个接口的权限（Forbidden.AccessDenied.AccessTokenPermissionDenied）、服务器出口 IP 不在白名单（IpNotInWhiteList）、触发限流（QpsLimit…），或本月调用次数用完（ApiCountLimitForOrg）。${WITHOUT_BODY}`,
    fix: '先在开发者后台“权限管理”里确认应用已开通这个接口的权限，再核对服务器出口 IP；同一时间其他接口也被拒时，多半是限流或额度。',
    anchor: 'err-60011',
    docUrl: CODES_DOC,
  },
  {
    id: 'http.400.robotSend',
    source: 'app',
    codes: [],
    title: '机器人发送接口说参数不对（HTTP 400）',
    cause: `调用应用机器人的发送接口（api.dingtalk.com/v1.0/robot/…）返回 400，是请求参数不被接受。钉钉为批量发送列出的原因有：robotCode 无效或企业内没有这个机器人、msgKey 为空或无效、msgParam 不是 JSON 格式的字符串或太长、userIds 为空或超过 100 个。${WITHOUT_BODY}`,
    fix: '核对 robotCode 是否是本企业内部应用机器人的 robotCode、msgKey 与 msgParam 是否配套，msgParam 要是 JSON 字符串（例如 "{\\"content\\":\\"…\\"}"），userIds 每次不超过 100 个。',
    anchor: 'err-40035',
    docUrl: BATCH_SEND_DOC,
  },
  {
    id: 'http.400.api',
    source: 'app',
    codes: [],
    title: '接口说请求参数不对（HTTP 400）',
    cause: `钉钉错误码表对 400 的说明是“请求参数错误，服务器无法理解”：参数缺失、类型或格式不对，或请求体不是合法的 JSON。${WITHOUT_BODY}`,
    fix: '对照接口文档核对每个必填参数和类型，请求头带上 Content-Type: application/json，请求体用 JSON 序列化后发送。',
    anchor: 'err-40035',
    docUrl: CODES_DOC,
  },
  {
    id: 'http.5xx',
    source: 'unknown',
    codes: [],
    title: '钉钉服务端出错（HTTP 5xx）',
    cause: `钉钉错误码表对 500、502、503、504 的说明分别是服务器内部错误、网关错误、服务不可用（系统过载）、网关超时：问题在钉钉一侧或途中的网关，不是请求本身。${WITHOUT_BODY}`,
    fix: '稍等后重试，间隔逐次加长，最多几次；发送消息类的接口重试前先确认上一次是否已经送达，避免重复发送。',
    anchor: 'err-system-busy',
    docUrl: CODES_DOC,
  },
]

