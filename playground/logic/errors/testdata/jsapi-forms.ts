/**
 * Issue 21: what 免登 and JS-API authorisation report, each row from DingTalk's pages or the dingtalk-jsapi
 * package (its source at a version), read by jsapi-forms.test.ts in the forms the client prints. Invented
 * values only (app.example.com, the ids); the codes and messages are DingTalk's or the package's own.
 *
 * Left out, and why:
 * - errorCode "-1" (dingtalk-jsapi's ERROR_CODE.cancel, the user cancelled) and "1" (not_exist): no message of
 *   their own in the docs, and the bare codes -1 / 1 are the server's 系统繁忙 / Platform System error; which side
 *   a bare code belongs to is the code-sharing choice in catalog.ts, not this file's (未确认 what the client says).
 * - errorCode "2" "unknown nuvajs bootstrap error" (the Android bridge's own, lib/bridge/h5Android.js) and 5010
 *   “JsBridge initialization fails” (lib/log.js): the docs say nothing of a cause (未确认).
 * - 991 “Not found mock data” (lib/mock): the package's mock mode, never a real client.
 * - dd.getAuthCode's 3 “系统异常” (https://open.dingtalk.com/document/development/jsapi-get-auth-code) and a bare
 *   errorCode 3: the wrapper's reading belongs to catalog.ts.
 * - 52022 无效的jsapi类型 / 52024 无效的jsapi tag (no explanation in the table: “无”), 52020 / 52023 (服务窗), 41007 无效的ssocode (the admin console's SSO), 40087 / 40091 (permanent codes of
 *   third-party apps), 42008 临时授权码失效 (its endpoint is not named): DingTalk's own row answers them.
 * - /v1.0/oauth2/userAccessToken: its page lists no error codes of its own (未确认 what a bad code answers).
 */

const H5_FAQ = 'https://open.dingtalk.com/document/development/h5-micro-application'
const MINI_FAQ = 'https://open.dingtalk.com/document/development/small-program'
const AUTH = 'https://open.dingtalk.com/document/development/jsapi-authentication'
const CODES = 'https://open.dingtalk.com/document/development/server-api-error-codes-1'
const LOGIN_FAQ = 'https://open.dingtalk.com/document/development/development-mlogon-faq'
/** ⚠归档: DingTalk marks the page historical (历史文档（不推荐）). */
const REQUEST_AUTH_CODE_ARCHIVED = 'https://open.dingtalk.com/document/development/obtain-the-micro-application-exemption-authorization-code'
const SDK_LOG = 'https://unpkg.com/dingtalk-jsapi@3.2.9/lib/log.js'
const SDK_LIB = 'https://unpkg.com/dingtalk-jsapi@3.2.9/lib/sdk/sdkLib.js'

export interface ClientRow {
  /** The entry (or `official:<code>`) the answer must be read as. */
  id: string
  /** errorCode as the client gives it; null when the client gives words only. */
  code: number | null
  errorMessage: string
  /** Which call reports it. */
  via: string
  source: string
  archived?: boolean
}

/** What the page inside DingTalk reports (dd.error / dd.config, requestAuthCode, dd.getAuthCode, any JS-API's onFail). */
export const CLIENT_ROWS: readonly ClientRow[] = [
  { id: 'jsapi.corpId', code: 9, errorMessage: '对应企业没有 app.example.com 域名微应用', via: 'requestAuthCode', source: H5_FAQ },
  {
    id: 'jsapi.corpId',
    code: 3,
    errorMessage: '对应企业没有app.example.com域名微应用',
    via: 'runtime.permission.requestAuthCode',
    source: REQUEST_AUTH_CODE_ARCHIVED,
    archived: true,
  },
  { id: 'jsapi.corpId', code: 1002, errorMessage: '企业无此微应用', via: 'dd.getAuthCode', source: MINI_FAQ },
  // dingtalk-jsapi retries a call that failed with "7" (ERROR_CODE.no_permission) once dd.config is done.
  { id: 'jsapi.notAuthed', code: 7, errorMessage: 'API not authed', via: 'any JS-API needing dd.config', source: H5_FAQ },
  { id: 'jsapi.52011', code: 52011, errorMessage: 'jsapi ticket 读取失败', via: 'dd.config', source: CODES },
  { id: 'jsapi.52011', code: 52011, errorMessage: 'jsapi ticket读取失败', via: 'dd.config', source: AUTH },
  { id: 'jsapi.52019', code: 52019, errorMessage: '无效的agentid', via: 'dd.config', source: CODES },
  { id: 'jsapi.52019', code: 52019, errorMessage: '无效的agent_id', via: 'dd.config', source: AUTH },
  { id: 'jsapi.52013', code: 52013, errorMessage: '签名校验失败', via: 'dd.config', source: CODES },
  { id: 'jsapi.52013', code: 52012, errorMessage: 'jsapi 签名生成失败', via: 'dd.config', source: CODES },
  // 52016's message in the table is only “请检查”; its explanation 无效的签名参数 is what can be read (未确认 which the client shows).
  { id: 'jsapi.52013', code: 52016, errorMessage: '无效的签名参数', via: 'dd.config', source: CODES },
  { id: 'jsapi.configList', code: 52017, errorMessage: '无效的jsapi列表参数', via: 'dd.config', source: CODES },
  {
    id: 'jsapi.platform',
    code: 4050,
    errorMessage: "[DINGTALK-JSAPI] ERROR 4050: 'biz.util.openLink' do not support the current platform ('pc')",
    via: 'dingtalk-jsapi, any JS-API',
    source: SDK_LOG,
  },
  {
    id: 'jsapi.platform',
    code: 4060,
    errorMessage: "[DINGTALK-JSAPI] ERROR 4060: This API method is not configured for the platform ('android')",
    via: 'dingtalk-jsapi, any JS-API',
    source: SDK_LOG,
  },
  {
    id: 'jsapi.notInDingTalk',
    code: 4050,
    errorMessage: "[DINGTALK-JSAPI] ERROR 4050: 'runtime.permission.requestAuthCode' do not support the current platform ('notInDingTalk')",
    via: 'dingtalk-jsapi outside DingTalk',
    source: SDK_LOG,
  },
  { id: 'jsapi.notInDingTalk', code: null, errorMessage: "[DINGTALK-JSAPI] ERROR 4040: Do not support the current environment：'notInDingTalk'", via: 'dd.config outside DingTalk', source: SDK_LOG },
  { id: 'jsapi.notInDingTalk', code: null, errorMessage: 'Not in DingTalk PC webview', via: 'any JS-API in a browser', source: H5_FAQ },
  { id: 'jsapi.notInDingTalk', code: null, errorMessage: 'Not in DingTalk runtime', via: 'dingtalk-jsapi outside DingTalk', source: SDK_LIB },
]

export interface ServerRow {
  id: string
  errcode: number
  errmsg: string
  endpoint: string
  source: string
}

/** What the server is answered when it exchanges the code (/topapi/v2/user/getuserinfo, /user/getuserinfo, /sns/getuserinfo_bycode). */
export const SERVER_ROWS: readonly ServerRow[] = [
  { id: 'app.40078', errcode: 40078, errmsg: '不存在的临时授权码', endpoint: 'https://oapi.dingtalk.com/topapi/v2/user/getuserinfo', source: LOGIN_FAQ },
  { id: 'official:41026', errcode: 41026, errmsg: '缺少tmp_auth_code', endpoint: 'https://oapi.dingtalk.com/user/getuserinfo', source: LOGIN_FAQ },
  { id: 'official:40079', errcode: 40079, errmsg: '不存在的授权信息', endpoint: 'https://oapi.dingtalk.com/topapi/v2/user/getuserinfo', source: LOGIN_FAQ },
  {
    id: 'official:853002',
    errcode: 853002,
    errmsg: 'timestamp参数不合法，该参数值与钉钉服务器当前时间相差超过1分钟',
    endpoint: 'https://oapi.dingtalk.com/sns/getuserinfo_bycode',
    source: 'https://open.dingtalk.com/document/development/queries-basic-user-information',
  },
  {
    id: 'official:853004',
    errcode: 853004,
    errmsg: 'signature参数不正确，与钉钉服务端计算出来的签名不一致，注意该参数传递时必须urlEncode',
    endpoint: 'https://oapi.dingtalk.com/sns/getuserinfo_bycode',
    source: 'https://open.dingtalk.com/document/development/queries-basic-user-information',
  },
]
