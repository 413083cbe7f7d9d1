import type { ErrorRule } from './entry'

const JSAPI_AUTH_DOC = 'https://open.dingtalk.com/document/development/jsapi-authentication'

/**
 * 免登 and JS-API errors, seen in the page inside DingTalk (dd.config / dd.error, requestAuthCode)
 * as {"errorCode": …, "errorMessage" | "message": …}. errorCode 3 is a wrapper: the message says why.
 */
export const JSAPI_ERRORS = [
  {
    // dd.config's signature codes in DingTalk's table (https://open.dingtalk.com/document/development/server-api-error-codes-1):
    // 52013 签名校验失败, 52012 jsapi 签名生成失败, 52016 无效的签名参数 (its message there is only “请检查”).
    id: 'jsapi.52013',
    source: 'jsapi',
    codes: [52013, 52012, 52016],
    text: /签名校验失败|jsapi\s{0,3}签名生成失败|无效的签名参数/i,
    anchor: 'err-52013',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    id: 'jsapi.corpId',
    source: 'jsapi',
    codes: [3, 1002],
    // requestAuthCode's errorCode 3 is 对应企业没有xxxx域名微应用: no app of the corpId passed uses the page's domain
    // (open.dingtalk.com/document/development/obtain-the-micro-application-exemption-authorization-code ⚠归档); the current
    // H5 FAQ gives it with errorCode 9 (https://open.dingtalk.com/document/development/h5-micro-application), and 9
    // wraps other failures too (签名校验失败 on PC: https://developer.aliyun.com/ask/224837), so the words decide. The
    // 小程序's dd.getAuthCode answers {error: 1002, errorMessage: 企业无此微应用} when the organisation has not opened
    // the app (https://open.dingtalk.com/document/development/small-program).
    text: /corp_?id\s*不合法|域名微应用|企业无此微应用/i,
    at: /requestAuthCode/i,
    anchor: 'err-jsapi-corpid',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    id: 'jsapi.3',
    source: 'jsapi',
    codes: [3],
    text: /权限校验失败/i,
    anchor: 'err-52013',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    // errorCode 3 with no words: DingTalk's JS-API pages give 3 a meaning per API (系统异常 / 未知错误 for most, e.g.
    // open.dingtalk.com/document/development/jsapi-show-toast; requestAuthCode's above), so alone it is 未确认.
    id: 'jsapi.3.unsaid',
    source: 'jsapi',
    codes: [3],
    anchor: 'err-jsapi-3',
    docUrl: JSAPI_AUTH_DOC,
    unconfirmed: true,
  },
  {
    // {"errcode":100,"errmsg":"js api auth request bad"} (github.com/lightningminers/index-oa-template/issues/4); not in DingTalk's table.
    id: 'jsapi.authRequestBad',
    source: 'jsapi',
    codes: [100],
    text: /js\s*api\s*auth\s*request\s*bad/i,
    anchor: 'err-52013',
    docUrl: JSAPI_AUTH_DOC,
    unconfirmed: true,
  },
  {
    // The JS-API's own messages when the page runs outside DingTalk (seen in github.com/injekt/openapi-demo-php/issues/17).
    id: 'jsapi.notInDingTalk',
    source: 'jsapi',
    codes: [],
    text: /not\s*in\s*DingTalk|请在钉钉(?:客户端)?(?:内|中)打开/i,
    anchor: 'err-jsapi-corpid',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    id: 'jsapi.corpIdRequired',
    source: 'jsapi',
    codes: [],
    text: /corp_?id\s*is\s*required|缺少\s*corp_?id/i,
    anchor: 'err-jsapi-corpid',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    // dd.config's ticket (DingTalk's table: 52011 “jsapi ticket 读取失败”; the 鉴权 page's FAQ: the access_token's corpId is
    // not dd.config's, or the ticket expired: https://open.dingtalk.com/document/development/jsapi-authentication).
    id: 'jsapi.52011',
    source: 'jsapi',
    codes: [52011],
    text: /jsapi\s{0,3}ticket\s{0,3}读取失败/i,
    anchor: 'err-52011',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    // 52019 “无效的agentid” in DingTalk's table, “无效的agent_id” in the 鉴权 page's FAQ: dd.config's agentId is not the
    // app whose AppKey fetched the ticket. The new API's invalidAgentId (“无效的agentId”) keeps DingTalk's row (catalog.ts).
    id: 'jsapi.52019',
    source: 'jsapi',
    codes: [52019],
    text: /无效的\s{0,3}agent_?id/i,
    anchor: 'err-52019',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    // dd.config's jsApiList: 52017 无效的jsapi列表参数 (DingTalk's table). Its neighbours 52022 无效的jsapi类型 and 52024
    // 无效的jsapi tag have no explanation there (“无”): DingTalk's own row answers them.
    id: 'jsapi.configList',
    source: 'jsapi',
    codes: [52017],
    text: /无效的\s{0,3}jsapi\s{0,3}列表参数/i,
    anchor: 'err-52017',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    // {errorCode: "7", errorMessage: "API not authed"}: a JS-API that needs dd.config called without it
    // (https://open.dingtalk.com/document/development/h5-micro-application); dingtalk-jsapi names "7" no_permission
    // (ERROR_CODE in https://unpkg.com/dingtalk-jsapi@3.2.9/lib/sdk/sdkLib.js). By its words only: a bare 7 stays unread.
    id: 'jsapi.notAuthed',
    source: 'jsapi',
    codes: [],
    text: /API\s{0,3}not\s{0,3}authed/i,
    anchor: 'err-jsapi-not-authed',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    // dingtalk-jsapi's own rejection for a JS-API the client it runs in lacks: {errorCode: 4050, errorMessage:
    // "[DINGTALK-JSAPI] ERROR 4050: '<api>' do not support the current platform ('pc')"}, 4060 “… not configured for
    // the platform” (https://unpkg.com/dingtalk-jsapi@3.2.9/lib/log.js, lib/sdk/middlewares/checkConfig.js). The
    // platform 'notInDingTalk' is jsapi.notInDingTalk's (matched before this entry).
    id: 'jsapi.platform',
    source: 'jsapi',
    codes: [],
    text: /do not support the current platform \('(?!notInDingTalk)|not configured for the platform/i,
    anchor: 'err-jsapi-platform',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    // Seen on the DingTalk login (扫码登录) page; the thread's fix was the Client ID. Not in DingTalk's table.
    id: 'jsapi.900103',
    source: 'jsapi',
    codes: [900103],
    anchor: 'err-jsapi-900103',
    unconfirmed: true,
  },
] as const satisfies readonly ErrorRule[]
