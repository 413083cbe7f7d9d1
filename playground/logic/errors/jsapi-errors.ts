import type { ErrorRule } from './entry'

const JSAPI_AUTH_DOC = 'https://open.dingtalk.com/document/development/jsapi-authentication'

/**
 * 免登 and JS-API errors, seen in the page inside DingTalk (dd.config / dd.error, requestAuthCode)
 * as {"errorCode": …, "errorMessage" | "message": …}. errorCode 3 is a wrapper: the message says why.
 */
export const JSAPI_ERRORS = [
  {
    id: 'jsapi.52013',
    source: 'jsapi',
    codes: [52013],
    text: /签名校验失败/i,
    anchor: 'err-52013',
    docUrl: JSAPI_AUTH_DOC,
  },
  {
    id: 'jsapi.corpId',
    source: 'jsapi',
    codes: [3, 1002],
    // requestAuthCode's errorCode 3 is 对应企业没有xxxx域名微应用: no app of the corpId passed uses the page's domain
    // (open.dingtalk.com/document/development/obtain-the-micro-application-exemption-authorization-code).
    text: /corp_?id\s*不合法|域名微应用/i,
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
    // Seen on the DingTalk login (扫码登录) page; the thread's fix was the Client ID. Not in DingTalk's table.
    id: 'jsapi.900103',
    source: 'jsapi',
    codes: [900103],
    anchor: 'err-jsapi-900103',
    unconfirmed: true,
  },
] as const satisfies readonly ErrorRule[]
