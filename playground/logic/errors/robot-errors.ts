import type { ErrorRule } from './entry'

/** DingTalk's page on the custom robot's errors (the error table at its end). */
const ROBOT_DOC = 'https://open.dingtalk.com/document/development/custom-robots-send-group-messages'

/**
 * DingTalk's errmsg in ROBOT_DOC's error table (错误码描述) is each code's text (400013–400106 too), so a
 * paste of the message alone is read (entry-wordings.test.ts); except where DingTalk's global table gives the
 * same words to a new API code (不支持的消息类型, 含有不合适的内容 …): alone, they are that row's.
 * Custom group robot errors. DingTalk answers HTTP 200 with a non-zero errcode. Variants of one
 * code come first, the generic entry for that code last.
 */
export const ROBOT_ERRORS = [
  {
    // The other direction: DingTalk POSTs a robot's messages to the app's 消息接收地址 with headers timestamp and sign,
    // signed with the AppSecret, not URL-encoded; a sign that differs, or a timestamp over an hour away, is an illegal
    // request (https://open.dingtalk.com/document/development/receive-message). Its words (签名不匹配, sign not match) on
    // one line with the callback's (回调, outgoing, callback, 消息接收, 请求头 / header), bounded windows; with DingTalk's
    // code 310000 the webhook's entries decide (they list the code), and a callback crypto library's words are 900005
    // (callback-words.ts).
    id: 'robot.callbackSign',
    source: 'robot',
    codes: [],
    text: /(?:回调|outgoing|callback|消息接收|请求头|header)[^\r\n]{0,80}?(?:签名不[匹一]|sign(?:ature)? (?:not match|mismatch)|sign\s?校验失败|验签失败)|(?:签名不[匹一]|sign(?:ature)? (?:not match|mismatch)|验签失败)[^\r\n]{0,80}?(?:回调|outgoing|callback|消息接收|请求头|header)/i,
    anchor: 'err-robot-callback-sign',
    docUrl: 'https://open.dingtalk.com/document/development/receive-message',
  },
  {
    id: 'robot.310000.keywords',
    source: 'robot',
    codes: [310000],
    text: /keywords? not in content|关键词不匹配|关键词/i,
    anchor: 'err-310000-keywords',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.310000.sign',
    source: 'robot',
    codes: [310000],
    text: /sign not match|签名不匹配|签名不对|签名错误|加签失败/i,
    anchor: 'err-310000-sign',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.310000.timestamp',
    source: 'robot',
    codes: [310000],
    text: /invalid timestamp|签名过期|timestamp\s*(?:无效|过期|invalid|expired)|时间戳(?:无效|过期)/i,
    anchor: 'err-310000-timestamp',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.310000.ip',
    source: 'robot',
    codes: [310000],
    text: /(?<!访问\s*)ip\s*(?:地址)?\s*(?:[0-9a-f.:]{3,45}\s*)?(?:不在|not in)\s*(?:白名单|white)|安全\s*ip\s*地址段/i,
    anchor: 'err-310000-ip',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.310000',
    source: 'robot',
    codes: [310000],
    anchor: 'err-310000',
    docUrl: ROBOT_DOC,
  },
  {
    // The robot that answers in a conversation posts to a sessionWebhook (…/robot/sendBySession?session=…).
    id: 'robot.session',
    source: 'robot',
    codes: [300001],
    text: /session\s*不存在|session\s*(?:is\s*)?not\s*exist|sendBySession/i,
    anchor: 'err-session',
  },
  {
    id: 'robot.300001.msgtype',
    source: 'robot',
    codes: [300001],
    text: /msgtype\s*is\s*null/i,
    anchor: 'err-300001-msgtype',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.300001',
    source: 'robot',
    codes: [300001],
    text: /token\s*is\s*not\s*exist/i,
    anchor: 'err-300001',
    docUrl: ROBOT_DOC,
  },
  {
    // A made-up 64-hex token answers 300005 too (curl probe with a random token), so it is not only external groups.
    id: 'robot.300005',
    source: 'robot',
    codes: [300005],
    anchor: 'err-300001',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.40035',
    source: 'robot',
    codes: [40035],
    text: /缺少参数\s*json|missing\s*parameter\s*json/i,
    anchor: 'err-40035',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.43004',
    source: 'robot',
    codes: [43004],
    text: /无效的\s*HTTP\s*HEADER\s*Content-Type/i,
    anchor: 'err-43004',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.4004xx',
    source: 'robot',
    // The older wording “message param text is null” came with 300001 (github.com/go-gitea/gitea/issues/4382),
    // also naming two fields, “message param title or text is null” (github.com/grafana/grafana/pull/13755):
    // 300001's other meanings (token, session, msgtype) are told by their own words first.
    codes: [400401, 400402, 400403, 400404, 400405, 400406, 400407, 400408, 400409, 400410, 300001],
    text: /参数\s*\S+\s*--》|miss(?:ing)?\s*param|param\s+[\w>.-]{1,40}(?:\s+or\s+[\w>.-]{1,40})?\s+is\s+(?:null|empty)/i,
    anchor: 'err-4004xx',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.400013',
    source: 'robot',
    codes: [400013],
    text: /群已被解散/,
    anchor: 'err-400013',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.400101',
    source: 'robot',
    codes: [400101],
    text: /access_?token\s*不存在/i,
    anchor: 'err-400101',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.400102',
    source: 'robot',
    codes: [400102],
    text: /机器人已停用/,
    anchor: 'err-400102',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.400105',
    source: 'robot',
    codes: [400105],
    anchor: 'err-400105',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.400106',
    source: 'robot',
    codes: [400106],
    text: /机器人不存在/,
    anchor: 'err-400106',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.410100',
    source: 'robot',
    codes: [410100],
    text: /发送速度太快|发送太快|发消息太频繁|发送太频繁|消息发送过于频繁/i,
    anchor: 'err-410100',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.130101',
    source: 'robot',
    codes: [130101],
    text: /send too fast|exceed 20 times/i,
    anchor: 'err-410100',
    docUrl: ROBOT_DOC,
  },
  {
    // Seen from the webhook as "sending too many messages per minute" (curl probe); the group template
    // robot's table lists 660026 as 机器人发送消息失败 (open.dingtalk.com/document/development/group-template-robot-message).
    id: 'robot.660026',
    source: 'robot',
    codes: [660026],
    text: /sending too many messages per minute/i,
    anchor: 'err-660026',
    unconfirmed: true,
  },
  {
    id: 'robot.101002',
    source: 'robot',
    codes: [101002],
    text: /message is too long/i,
    anchor: 'err-460101',
    unconfirmed: true,
  },
  {
    id: 'robot.sendForbidden',
    source: 'robot',
    codes: [],
    text: /send\s*forbidden/i,
    anchor: 'err-send-forbidden',
    unconfirmed: true,
  },
  {
    id: 'robot.430101',
    source: 'robot',
    codes: [430101],
    anchor: 'err-430101',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.430102',
    source: 'robot',
    codes: [430102],
    anchor: 'err-430101',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.430103',
    source: 'robot',
    codes: [430103],
    anchor: 'err-430101',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.430104',
    source: 'robot',
    codes: [430104],
    anchor: 'err-430101',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.460101',
    source: 'robot',
    codes: [460101],
    text: /body\s*大小不合法|20000\s*bytes|message too long/i,
    anchor: 'err-460101',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.500100',
    source: 'robot',
    codes: [500100],
    anchor: 'err-500100',
    docUrl: ROBOT_DOC,
  },
  {
    id: 'robot.90030',
    source: 'robot',
    codes: [90030],
    text: /webhook over limit/i,
    anchor: 'err-90030',
    unconfirmed: true,
  },
  {
    // DingTalk's reply inside the chat when a robot cannot answer @-mentions; in public threads the robot's
    // name held words like ChatGPT (github.com/sytpb/chatgpt-dingtalk-robot/issues/16). Not in DingTalk's docs.
    id: 'robot.atUnavailable',
    source: 'robot',
    codes: [],
    text: /@\s*能力暂不可用/,
    anchor: 'err-400102',
    unconfirmed: true,
  },
] as const satisfies readonly ErrorRule[]
