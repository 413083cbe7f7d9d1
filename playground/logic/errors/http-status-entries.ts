/**
 * What a bare HTTP status at DingTalk's API hosts means (the rule that picks one is http-status.ts), and the
 * answers of http-status.ts's rules of words (WORD_RULES, cited there): loaded only when a paste is answered by
 * one of them, to keep the catalog's chunk small.
 */
import type { ErrorEntry } from './entry'

// Not `unconfirmed`: the status's meaning is DingTalk's (the widget would call it community experience);
// which of its causes applies is what stays 未确认, and each cause says so in its own words.

const CODES_DOC = 'https://open.dingtalk.com/document/development/server-api-error-codes-1'
const BATCH_SEND_DOC = 'https://open.dingtalk.com/document/development/chatbots-send-one-on-one-chat-messages-in-batches'
const WITHOUT_BODY = '只有状态码、没有响应体时，无法确定是哪一种（未确认）。把响应体（JSON 里的 code 和 message）一起贴进来可以得到确切原因。'

/** Answers for a status alone, their ids starting with `http.` (a message DingTalk's table knows is preferred), and for a rule of words. */
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
    // The rule and its evidence: WORD_RULES in http-status.ts.
    id: 'robot.callbackSign',
    source: 'robot',
    codes: [],
    title: '机器人回调验签失败（不是 Webhook 的 310000）',
    cause: '钉钉把机器人收到的消息推送到你的消息接收地址时，请求头带 timestamp 和 sign。你的服务算出的 sign 与它不一致（用了加签密钥 SEC… 或别的应用的 AppSecret、对 sign 做了 URL 编码或解码、timestamp 不是这次请求的），或 timestamp 与现在相差 1 小时以上，都判为非法请求。',
    fix: '用本应用的 AppSecret，对“请求头的 timestamp + 换行 + AppSecret”做 HmacSHA256 再 Base64，与请求头的 sign 原样比较（不做 URL 编码）；校准服务器时间。可以用本站的回调验签工具核对一组值。',
    anchor: 'err-robot-callback-sign',
    docUrl: 'https://open.dingtalk.com/document/development/receive-message',
  },
  {
    // The rule and its evidence: WORD_RULES in http-status.ts.
    id: 'callback.urlBlacklisted',
    source: 'app',
    codes: [],
    title: '回调地址在安全黑名单中（地址有跳转）',
    cause: '钉钉的说明是：请求网址有转发或重定向的逻辑时，暂不支持用作回调地址，保存时就会这样提示。',
    fix: '填最终处理请求的 https 地址：不经 301/302 跳转，不用短链接或会再跳转的网关地址；可以先用 curl -I 看这个地址是否返回跳转。',
    anchor: 'err-callback-stream',
    docUrl: 'https://open.dingtalk.com/document/development/event-subscription-and-data-push',
  },
  {
    // A page where DingTalk's JSON was expected (the parsers' words: WORD_RULES in http-status.ts).
    id: 'http.htmlNotJson',
    source: 'unknown',
    codes: [],
    title: '收到的是网页，不是钉钉的 JSON',
    cause: '程序按 JSON 读应答，读到的却是网页（以 < 开头）：网址不是钉钉接口的地址（少了路径、填成了文档或后台页面）、代理或防火墙返回了自己的提示页，或途中的网关出错返回了错误页（502 等）。具体是哪一种未确认。',
    fix: '用 curl 请求同一个网址看返回内容（网页标题常说明原因）；核对网址与接口文档一致；经代理时放行钉钉的域名或加进 NO_PROXY。',
    anchor: 'err-callback-stream',
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

