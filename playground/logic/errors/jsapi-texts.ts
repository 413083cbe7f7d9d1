import type { ErrorText } from './entry'
import type { JSAPI_ERRORS } from './jsapi-errors'

/** What to tell the user for each entry of jsapi-errors.ts (loaded only once a paste is diagnosed). */
export const JSAPI_TEXTS: Record<(typeof JSAPI_ERRORS)[number]['id'], ErrorText> = {
  'jsapi.52013': {
    title: 'JS-API 鉴权签名校验失败',
    cause: 'dd.config 的 signature 与钉钉按 url、nonceStr、timeStamp、jsapi_ticket 算出的不一致。最常见的是 url 不同：签名用的网址和页面真实网址差了端口（:443）、# 之后的部分、http/https，或手机端与 PC 端取到的网址不一样；其次是 jsapi_ticket 过期或来自别的应用。',
    fix: '签名用的 url 必须是当前页面的完整网址（不含 # 及之后的部分，原样不编码）；服务端缓存 jsapi_ticket（7200 秒）并按应用区分；签名参数与 dd.config 里的 nonceStr、timeStamp 完全一致；url 的查询部分先解码一次再签（iOS 传来的网址是编码过的）；agentId 与 corpId 属于同一个应用和组织。',
  },
  'jsapi.corpId': {
    title: 'corpId 不合法，或这个组织没有当前域名的微应用',
    cause: 'JS-API（dd.config、requestAuthCode）收到的 corpId 不是当前组织的 CorpId：用了 AppKey、别的组织的 CorpId，或首页地址里的 $CORPID$ 没有被替换。requestAuthCode 的 errorCode 3 或 9（对应企业没有xxxx域名微应用）：这个 corpId 下没有使用当前页面域名的应用，或首页地址跳到了别的域名；小程序的 1002（企业无此微应用）：这个组织没有开通该应用。',
    fix: '使用开发者后台显示的本组织 CorpId（ding 开头）；首页地址可以写 …?corpId=$CORPID$，由钉钉替换成当前组织的 CorpId；页面从应用首页地址的域名打开。',
  },
  'jsapi.3.unsaid': {
    title: 'JS-API 返回 errorCode 3，没有说明原因（未确认）',
    cause: '钉钉的 JS-API 文档里 errorCode 3 的含义随接口而不同：requestAuthCode 是“对应企业没有xxxx域名微应用”，多数接口是“系统异常”或“未知错误”。只有错误码时无法确定。',
    fix: '看是哪个 JS-API 报的：requestAuthCode 核对 corpId 与页面域名；dd.config 打印完整的 errorMessage 再诊断；其他接口查它的错误码表。',
  },
  'jsapi.3': {
    title: 'JS-API 权限校验失败',
    cause: 'dd.config 鉴权没有通过（errorCode 3）。errorMessage 里通常还有一个更具体的 Code，例如 52013 签名校验失败。',
    fix: '按 errorMessage 里的具体原因处理：签名失败时核对 url、ticket、nonceStr、timeStamp；同时确认页面在钉钉里打开、应用已发布且当前用户在可见范围内。',
  },
  'jsapi.authRequestBad': {
    title: 'JS-API 鉴权请求不完整（dd.config 参数）',
    cause: 'dd.config 发出的鉴权请求缺少或写错了参数（agentId、corpId、timeStamp、nonceStr、signature、jsApiList 之一），钉钉不受理这次鉴权。',
    fix: '核对 dd.config 的每个参数都有值、类型正确（timeStamp 为签名时用的那个时间戳，jsApiList 为数组），再按“签名校验失败”一节核对签名。',
  },
  'jsapi.notInDingTalk': {
    title: '页面不在钉钉里打开',
    cause: '免登和 JS-API 只能在钉钉客户端里用：页面在普通浏览器里打开时，钉钉的 JS 库报“Not in DingTalk”。',
    fix: '从钉钉工作台（手机或电脑版）打开应用首页再试；在浏览器里调试时，改用钉钉开发者工具或真机调试。',
  },
  'jsapi.corpIdRequired': {
    title: '免登时没有传 corpId',
    cause: '获取免登授权码（requestAuthCode / getAuthCode）时没有带 corpId，钉钉客户端拒绝执行。',
    fix: '调用时传入本组织的 CorpId（ding 开头），或在应用首页地址里带 corpId=$CORPID$ 并从网址读取。',
  },
  'jsapi.52011': {
    title: 'jsapi_ticket 读取失败',
    cause: '钉钉读不到 dd.config 所用的 jsapi_ticket：换 ticket 的 access_token 属于别的组织（corpId 与 dd.config 的不同），或缓存的 ticket 已过期。',
    fix: '用本应用、本组织的 access_token 换 ticket，按应用缓存不超过 2 小时，过期重取；dd.config 的 corpId 与之一致。',
  },
  'jsapi.52019': {
    title: 'dd.config 的 agentId 无效',
    cause: 'dd.config 里的 agentId 与换 jsapi_ticket 所用 AppKey 不是同一个应用。',
    fix: '在开发者后台同一个应用的详情页核对 AgentId 和 AppKey，两者都用这个应用的。',
  },
  'jsapi.configList': {
    title: 'dd.config 的 jsApiList 不对',
    cause: 'jsApiList 不是数组，或写了不存在的 JS-API 名（或带了 dd. 前缀）。',
    fix: 'jsApiList 写成数组，只列要用的 JS-API 名，不带 dd.。',
  },
  'jsapi.notAuthed': {
    title: 'JS-API 未鉴权（API not authed）',
    cause: '调用的 JS-API 需要先通过 dd.config 鉴权：页面没有调用 dd.config、鉴权失败，或没等 dd.ready 就调用了，也可能没写进 jsApiList。',
    fix: '先完成 dd.config（用 dd.error 看鉴权是否失败），把这个 JS-API 写进 jsApiList，并在 dd.ready 里调用。',
  },
  'jsapi.platform': {
    title: '当前客户端不支持这个 JS-API',
    cause: '钉钉 JS 库报告这个 JS-API 在当前端（如 PC、某一系统）上不可用或没有配置。',
    fix: '查该 JS-API 文档的支持端与版本，在不支持的端上换用别的方式，或升级钉钉客户端。',
  },
  'jsapi.900103': {
    title: '登录参数不正确',
    cause: '钉钉登录页（扫码或免登）收到的参数不被接受。公开讨论里是 Client ID（应用 ID，ding 开头）填错了；钉钉文档没有列出这个错误码。',
    fix: '核对登录地址里的 client_id（应用的 Client ID）、redirect_uri（与后台登记的回调地址一致）和 scope。',
  },
}
