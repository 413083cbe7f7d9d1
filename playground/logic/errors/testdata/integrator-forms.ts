/**
 * The words of the programs that talk to DingTalk for the admin and wrap its answer in their own (issue 21):
 * Stream-mode chat-bot frameworks and robot-webhook senders (alerting tools). Each form copies the program's
 * own format string or log line (`source`: its file at a fixed commit, with the line where it helps);
 * everything around it (times, account names, request ids, tokens) is INVENTED. integrator-forms.test.ts reads
 * each form with DingTalk's answers from several entries, and the program's own words without any DingTalk
 * failure.
 *
 * `kind` says what the program puts in its words:
 * - `new`: a new-API answer (api.dingtalk.com: `code` / `message`, with its HTTP status);
 * - `old`: an old-API answer (oapi.dingtalk.com: `errcode` / `errmsg`);
 * - `robot`: a custom robot's answer (robot/send: `errcode` / `errmsg`);
 * - `status`: only an HTTP status, DingTalk's body hidden by the program (`expect` gives the entry per status);
 * - `own`: the program's own words (its configuration check, a success): `expect` gives what they read as.
 *
 * Left out, and why:
 * - n8n's NodeApiError (github.com/n8n-io/n8n/blob/d4a3d562d9f11a294b6979d3043b999f98ef4864/packages/workflow/src/errors/node-api.error.ts)
 *   shows its own phrase for the status (“Forbidden - perhaps check your credentials?”) and the answer's `message`
 *   without its `code`. A new-API message the old API also gives (不合法的access_token, 访问IP不在白名单之中,
 *   没有调用该接口的权限…) is then read as the old errcode's entry (app.40014, app.60020, app.60011), even beside an
 *   explicit 401 / 403, where the JSON gives app.InvalidAuthentication, app.ipNotInWhiteList, app.permissionDenied
 *   (the same 故障排查 sections for the first two). A rule taking the new API's twin by a 4xx status was tried and
 *   dropped: the first real set labels the Tea SDKs' `code: 400, 不合法的access_token` app.40014 (two build answers),
 *   and library-forms.test.ts holds those forms to the old errcode's entry too.
 * - Grafana's DingDing contact point and Apprise never read the robot's errcode (the robot answers HTTP 200), and
 *   chatgpt-on-wechat's channel only logs its handler's own exception (`dingtalk process error=…`): nothing of
 *   DingTalk's to read beyond what the Stream SDK prints (stream-sdk-words.test.ts).
 */
import type { Answer } from './paste-forms'

export interface IntegratorForm {
  program: string
  /** The program's format string or log line: a GitHub file URL at a 40-hex commit. */
  source: string
  kind: 'new' | 'old' | 'robot' | 'status' | 'own'
  /** The paste; `a` is DingTalk's answer (kind new / old / robot), `status` the HTTP status (new, status). */
  render: (a: Answer, status: number) => string
  /** kind status: the entry each status gives; kind own: the one answer (`unknown`: none), with why. */
  expect?: Record<number, string> | string
  why?: string
}

const GH = 'https://github.com'
const RID = '3F2A9C1E-0000-4000-8000-00000000000B'
/** A new-API answer body as DingTalk sends it. */
export const newBody = (a: Answer): string => JSON.stringify({ code: String(a.code), requestid: RID, message: a.message ?? '' })
/** An old-API or robot body as DingTalk sends it. */
export const oldBody = (a: Answer): string => JSON.stringify({ errcode: a.code, errmsg: a.message ?? '' })
/** A Python dict as `%s` / an f-string prints it (str values quoted with '). */
/** Python's repr of bytes: b'…', each non-ASCII byte as \\xNN. */
const pyBytes = (s: string): string =>
  `b'${Array.from(new TextEncoder().encode(s), (b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('').replace(/'/g, "\\'")}'`
const pyDict = (a: Answer): string => `{'errcode': ${String(a.code)}, 'errmsg': '${(a.message ?? '').replace(/'/g, "\\'")}'}`

const ASTRBOT = `${GH}/AstrBotDevs/AstrBot/blob/8347fcdc0d749c75a8c6c49404bbe4dce2509804/astrbot/core/platform/sources/dingtalk/dingtalk_adapter.py`
const ASTRBOT_ZH = `${GH}/AstrBotDevs/AstrBot/blob/16201b26ebdebff7d0de0c74bb7b4ba1e98d7acf/astrbot/i18n/locales/zh-cn/i18n_messages.ftl`
const SOIMY = `${GH}/soimy/openclaw-channel-dingtalk/blob/0a55d287fb2dbd3ffc4ccd32d1037322d34c8065/src`
const REALAI = `${GH}/DingTalk-Real-AI/dingtalk-openclaw-connector/blob/97776891fe7bb9762a9fddd12d80d44a5dbc65bb/src/core/connection.ts`
const NANOBOT = `${GH}/HKUDS/nanobot/blob/3d106489a8fb537ed459ff154108bb61e0041661/nanobot/channels/dingtalk.py`
const NIGHTINGALE = `${GH}/ccfos/nightingale/blob/d204aa0cd4929f5637001cc114d5603c05c6b4a4/alert/sender/dingtalk.go`
const DOLPHIN = `${GH}/apache/dolphinscheduler/blob/30307eb7e4049e3d2a7d437b965355d04d9582ad/dolphinscheduler-alert/dolphinscheduler-alert-plugins/dolphinscheduler-alert-dingtalk/src/main/java/org/apache/dolphinscheduler/plugin/alert/dingtalk/DingTalkSender.java`
const KUMA = `${GH}/louislam/uptime-kuma/blob/a5252f0b1a1fbd6cf96f6c725bdfabc03742d735/server/notification-providers/dingding.js`
const APPRISE = `${GH}/caronc/apprise/blob/70667a5c2879239cd84b33ec811b4d7aed41099a/apprise/plugins/dingtalk.py`
const ELASTALERT = `${GH}/jertel/elastalert2/blob/c7b8ff916030e1a013c301adb24ea6bc92f7a798/elastalert/alerters/dingtalk.py`
const JUMPSERVER = `${GH}/jumpserver/jumpserver/blob/f9e08ee9ec0a09f766d767344b965e99cfb248f8/apps/common/sdk/im/mixin.py`
const LANGBOT = `${GH}/langbot-app/LangBot/blob/d9bb9467bffe55388dd87385f8dfb478861d3415/pkg/platform/sources/dingtalk.py`

/** A Node stack under the connectors' errors (invented paths). */
const NODE_AT = '\n    at DWClient.getEndpoint (/app/node_modules/dingtalk-stream/dist/client.js:120:19)'

export const INTEGRATOR_FORMS: readonly IntegratorForm[] = [
  // AstrBot's dingtalk adapter: t("msg-835b1ce6", res=resp.status, res_2=await resp.text()) after POST
  // /v1.0/oauth2/accessToken; msg-b8aaa69b / msg-7553c219 after the robot's group / 1:1 send; the zh-cn texts.
  {
    program: 'AstrBot (token fetch)',
    source: ASTRBOT_ZH,
    kind: 'new',
    render: (a, s) => `[10:00:01] [Core] [ERRO] [dingtalk.dingtalk_adapter:262]: 获取钉钉机器人 access_token 失败：${s}，${newBody(a)}`,
  },
  {
    program: 'AstrBot (group message)',
    source: ASTRBOT,
    kind: 'new',
    render: (a, s) => `[10:00:02] [Core] [ERRO] [dingtalk.dingtalk_adapter:331]: 钉钉群消息发送失败：${s}，${newBody(a)}`,
  },
  {
    program: 'AstrBot (English locale, 1:1 message)',
    source: `${GH}/AstrBotDevs/AstrBot/blob/af24027b6dca31b74ed625d1a1cc604f2abfbb4b/astrbot/i18n/locales/en-us/i18n_messages.ftl`,
    kind: 'new',
    render: (a, s) => `[10:00:03] [Core] [ERRO] [dingtalk.dingtalk_adapter:366]: DingTalk private message sending failed:${s},${newBody(a)}`,
  },
  {
    program: 'AstrBot (media upload: the old API answer as a dict)',
    source: ASTRBOT,
    kind: 'old',
    render: (a) => `[10:00:04] [Core] [ERRO] [dingtalk.dingtalk_adapter:421]: 钉钉媒体上传失败:${pyDict(a)}`,
  },
  {
    program: 'AstrBot (its own check: no token to send with)',
    source: ASTRBOT,
    kind: 'own',
    render: () => '[10:00:05] [Core] [ERRO] [dingtalk.dingtalk_adapter:307]: 钉钉群消息发送失败：access_token 为空',
    expect: 'unknown',
    why: 'the token fetch failed earlier (its own line says why); this line alone names no cause',
  },
  // soimy/openclaw-channel-dingtalk: formatDingTalkErrorPayloadLog and formatDingTalkConnectionErrorLog (utils.ts).
  {
    program: 'openclaw-channel-dingtalk (ErrorPayload)',
    source: `${SOIMY}/utils.ts#L272`,
    kind: 'new',
    render: (a) => `[DingTalk][AICard][ErrorPayload][card.create] code=${String(a.code)} message=${a.message ?? ''} payload=${newBody(a)}`,
  },
  {
    program: 'openclaw-channel-dingtalk (ConnectionError with the answer)',
    source: `${SOIMY}/utils.ts#L453`,
    kind: 'new',
    render: (a, s) =>
      `[default] Failed to establish connection: Request failed with status code ${s} [DingTalk][ConnectionError][connect.open] status=${s} requestId=${RID} code=${String(a.code)} message=${a.message ?? ''} payload=${newBody(a)} See docs/connection-troubleshooting.md or run scripts/dingtalk-connection-check.*`,
  },
  {
    program: 'openclaw-channel-dingtalk (ConnectionError, status only)',
    source: `${SOIMY}/utils.ts#L468`,
    kind: 'status',
    render: (_, s) =>
      `[acct-a] Failed to establish connection: Request failed with status code ${s} [DingTalk][ConnectionError][connect.open] status=${s} See docs/connection-troubleshooting.md or run scripts/dingtalk-connection-check.*`,
    expect: { 400: 'stream.connectionLost', 401: 'stream.authFailed', 403: 'stream.connectionLost', 500: 'stream.connectionLost' },
    why: 'connect.open is the SDK’s getEndpoint (POST /v1.0/gateway/connections/open): the long connection did not open',
  },
  {
    program: 'openclaw-channel-dingtalk (Reconnection failed)',
    source: `${SOIMY}/connection-manager.ts#L693`,
    kind: 'status',
    render: (_, s) => `[dingtalk] [acct-a] Reconnection failed: Request failed with status code ${s}`,
    expect: { 400: 'stream.connectionLost', 401: 'stream.authFailed', 403: 'stream.connectionLost' },
    why: 'its reconnect runs the SDK’s connect again (connection-manager.ts)',
  },
  {
    program: 'openclaw-channel-dingtalk (Max connection attempts)',
    source: `${SOIMY}/connection-manager.ts#L390`,
    kind: 'own',
    render: () => '[dingtalk] [acct-a] Max connection attempts (10) reached. Giving up.',
    expect: 'unknown',
    why: 'says only that it stopped trying; the attempts’ own lines hold the cause',
  },
  // DingTalk-Real-AI/dingtalk-openclaw-connector: its wrappers around the first connect and its reconnect.
  {
    program: 'dingtalk-openclaw-connector (Bad Request (400) with the answer)',
    source: `${REALAI}#L740`,
    kind: 'new',
    render: (a) =>
      `Error: [DingTalk][default] Bad Request (400):\n  - clientId or clientSecret format is invalid\n  - clientId: dingexample00000001 (type: string, length: 19)\n  - clientSecret: ****** (type: string, length: 64)\n  - Common issues:\n    1. clientId/clientSecret must be strings, not numbers\n  - Error details: Request failed with status code 400\n  - Response data: ${newBody(a)}${NODE_AT}`,
  },
  {
    program: 'dingtalk-openclaw-connector (Bad Request (400), empty answer)',
    source: `${REALAI}#L740`,
    kind: 'status',
    render: () =>
      `Error: [DingTalk][default] Bad Request (400):\n  - clientId or clientSecret format is invalid\n  - clientId: dingexample00000001 (type: string, length: 19)\n  - clientSecret: ****** (type: string, length: 64)\n  - Error details: Request failed with status code 400\n  - Response data: {}`,
    expect: { 400: 'stream.connectionLost' },
    why: 'printed only in the catch around client.connect() (connection.ts#L692): the Stream connection’s open',
  },
  {
    program: 'dingtalk-openclaw-connector (Authentication failed (401))',
    source: `${REALAI}#L758`,
    kind: 'status',
    render: () =>
      'Error: [DingTalk][default] Authentication failed (401 Unauthorized):\n  - Your clientId or clientSecret is invalid, expired, or revoked\n  - clientId: dingexam...\n  - Please verify your credentials at DingTalk Developer Console\n  - Error details: Request failed with status code 401',
    expect: { 401: 'stream.authFailed' },
    why: 'the same catch: the gateway refused the credentials of the Stream connection',
  },
  {
    program: 'dingtalk-openclaw-connector (Failed to connect to DingTalk Stream)',
    source: `${REALAI}#L769`,
    kind: 'status',
    render: (_, s) => `Error: [DingTalk][default] Failed to connect to DingTalk Stream: Request failed with status code ${s}`,
    expect: { 403: 'stream.connectionLost', 500: 'stream.connectionLost', 502: 'stream.connectionLost' },
  },
  {
    program: 'dingtalk-openclaw-connector (重连失败)',
    source: `${REALAI}#L348`,
    kind: 'status',
    render: (_, s) => `[DingTalk:default] 重连失败：Request failed with status code ${s} (尝试 3)`,
    expect: { 400: 'stream.connectionLost', 401: 'stream.authFailed', 503: 'stream.connectionLost' },
    why: 'its reconnect calls client.connect() again (connection.ts#L291)',
  },
  {
    program: 'dingtalk-openclaw-connector (its own check: missing credentials)',
    source: `${REALAI}#L133`,
    kind: 'own',
    render: () =>
      'Error: [DingTalk][default] Missing credentials: clientId=MISSING, clientSecret=present. Please check your configuration in channels.dingtalk-connector.',
    expect: 'unknown',
    why: 'its own configuration, before any call to DingTalk',
  },
  // nanobot: httpx's raise_for_status() message after POST /v1.0/oauth2/accessToken, and resp.text after a send.
  {
    program: 'nanobot (token fetch, status only)',
    source: `${NANOBOT}`,
    kind: 'status',
    render: (_, s) =>
      `2026-12-04 10:00:01.123 | ERROR    | nanobot.channels.dingtalk:_get_access_token:196 - Failed to get DingTalk access token: Client error '${s} ${s === 400 ? 'Bad Request' : 'Forbidden'}' for url 'https://api.dingtalk.com/v1.0/oauth2/accessToken'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/${s}`,
    expect: { 400: 'app.invalidClientIdOrSecret', 403: 'http.403.api' },
    why: 'DingTalk lists one 400 for this endpoint, invalidClientIdOrSecret',
  },
  {
    program: 'nanobot (send failed)',
    source: `${NANOBOT}`,
    kind: 'new',
    render: (a) => `2026-12-04 10:00:02.456 | ERROR    | nanobot.channels.dingtalk:send:247 - DingTalk send failed: ${newBody(a)}`,
  },
  {
    program: 'nanobot (its own check)',
    source: `${NANOBOT}`,
    kind: 'own',
    render: () => '2026-12-04 10:00:00.001 | ERROR    | nanobot.channels.dingtalk:start:131 - DingTalk client_id and client_secret not configured',
    expect: 'unknown',
    why: 'its own configuration, before any call to DingTalk',
  },
  // LangBot: its own check of the adapter's settings.
  {
    program: 'LangBot (its own check)',
    source: `${LANGBOT}`,
    kind: 'own',
    render: () => 'Exception: 钉钉缺少相关配置项，请查看文档或联系管理员',
    expect: 'unknown',
    why: 'its own configuration (client_id, client_secret, robot_name, robot_code), before any call',
  },
  // Nightingale: doSend's log line; `code` is resp.StatusCode (0 without an answer), `response` the body.
  {
    program: 'Nightingale (the robot’s answer in response=)',
    source: NIGHTINGALE,
    kind: 'robot',
    render: (a) =>
      `2026-12-04 10:00:01.123 INFO sender/dingtalk.go:108 dingtalk_sender: result=succ url=https://oapi.dingtalk.com/robot/send?access_token=0000aaaa code=200 response=${oldBody(a)}`,
  },
  {
    program: 'Nightingale (no answer: code=0 and the Go error)',
    source: NIGHTINGALE,
    kind: 'own',
    render: () =>
      '2026-12-04 10:00:06.123 ERROR sender/dingtalk.go:106 dingtalk_sender: result=fail url=https://oapi.dingtalk.com/robot/send?access_token=0000aaaa code=0 error=Post "https://oapi.dingtalk.com/robot/send?access_token=0000aaaa": context deadline exceeded (Client.Timeout exceeded while awaiting headers) response=',
    expect: 'net.timeout',
    why: 'code=0 is the HTTP status of a request that got no answer, not errcode 0',
  },
  // DolphinScheduler's DingTalk alert plugin: the errmsg alone, and the raw answer after the message sent.
  {
    program: 'DolphinScheduler (errmsg only)',
    source: DOLPHIN,
    kind: 'robot',
    render: (a) => `[INFO] 2026-12-04 10:00:01.123 +0800 o.a.d.p.a.d.DingTalkSender:[130] - alert send ding talk msg error : ${a.message ?? ''}`,
  },
  {
    program: 'DolphinScheduler (message sent and answer)',
    source: DOLPHIN,
    kind: 'robot',
    render: (a) =>
      `[INFO] 2026-12-04 10:00:01.123 +0800 o.a.d.p.a.d.DingTalkSender:[175] - Ding Talk send msg :{"msgtype":"text","text":{"content":"告警 测试"},"at":{"atMobiles":[],"atUserIds":[],"isAtAll":false}}, resp: ${oldBody(a)}`,
  },
  // Uptime Kuma: throw new Error(result.data.errmsg), then throwGeneralAxiosError's "Error: " + error + " ".
  {
    program: 'Uptime Kuma (errmsg only)',
    source: KUMA,
    kind: 'robot',
    render: (a) => `Error: Error: ${a.message ?? ''} `,
  },
  // JumpServer's IM SDK (its DingTalk login and notices): check_errcode_is_0, check_http_is_200, token_request.
  {
    program: 'JumpServer (errcode is not 0)',
    source: JUMPSERVER,
    kind: 'old',
    render: (a) => `2026-12-04 10:00:01 [mixin ERROR] Response 200 but errcode is not 0: errcode=${String(a.code)} errmsg=${a.message ?? ''} `,
  },
  {
    program: 'JumpServer (HTTP not 200: the body as Python bytes)',
    source: JUMPSERVER,
    kind: 'new',
    render: (a, s) =>
      `2026-12-04 10:00:01 [mixin ERROR] Response error: status_code=${s} url=https://api.dingtalk.com/v1.0/oauth2/userAccessToken\ncontent=${pyBytes(newBody(a))}`,
  },
  {
    program: 'JumpServer (token refused three times: the answer as a dict)',
    source: JUMPSERVER,
    kind: 'old',
    render: (a) =>
      `2026-12-04 10:00:01 [mixin ERROR] Get access_token error, check config: url=https://oapi.dingtalk.com/topapi/v2/user/get data=${pyDict(a)}`,
  },
  // Apprise and ElastAlert look only at the HTTP status; the robot answers its errors with HTTP 200.
  {
    program: 'Apprise (its success line)',
    source: APPRISE,
    kind: 'own',
    render: () => 'Sent DingTalk notification.',
    expect: 'unknown',
    why: 'a success; Apprise never prints the robot’s errcode (it checks the status only)',
  },
  {
    program: 'ElastAlert 2 (requests’ HTTPError on robot/send)',
    source: ELASTALERT,
    kind: 'own',
    render: () => 'elastalert.util.EAException: Error posting to dingtalk: 400 Client Error: Bad Request for url: https://oapi.dingtalk.com/robot/send?access_token=0000aaaa',
    expect: 'unknown',
    why: 'the robot answers its own errors with HTTP 200 and an errcode; a 400 there is the gateway’s, its cause 未确认',
  },
]

/** DingTalk's answers the forms are read with: several entries of each side (codes and messages as DingTalk prints them). */
export const NEW_ANSWERS: readonly { a: Answer; status: number }[] = [
  { a: { code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' }, status: 400 },
  { a: { code: 'Forbidden.AccessDenied.AccessTokenPermissionDenied', message: '没有调用该接口的权限，接口权限申请参考：https://open.dingtalk.com/document/orgapp/add-api-permission' }, status: 403 },
  { a: { code: 'InvalidAuthentication', message: '不合法的access_token' }, status: 401 },
  { a: { code: 'Forbidden.AccessDenied.IpNotInWhiteList', message: '访问IP不在白名单之中, request ip=203.0.113.10' }, status: 403 },
]
export const OLD_ANSWERS: readonly Answer[] = [
  { code: 40014, message: '不合法的access_token' },
  { code: 60020, message: '访问ip不在白名单之中,request ip=203.0.113.10' },
  { code: 40089, message: '不合法的corpid或corpsecret' },
]
export const ROBOT_ANSWERS: readonly Answer[] = [
  { code: 310000, message: 'keywords not in content, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' },
  { code: 310000, message: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' },
  { code: 300001, message: 'token is not exist' },
  { code: 410100, message: '发送速度太快而被限流' },
]
