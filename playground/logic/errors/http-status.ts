/**
 * A bare HTTP status with no DingTalk code (403 from api.dingtalk.com, 400 on a robot's batch send,
 * 502 from oapi): read by the status and the family of the address called. Only for DingTalk's own
 * API hosts; the meaning is what DingTalk's error-code table gives the bare status
 * (https://open.dingtalk.com/document/development/server-api-error-codes-1: 400 请求参数错误, 401
 * access_token缺失或无效, 403 请求被拒绝，通常由于权限不足或触发限流, 404 请求的资源不存在, 405, 5xx), and
 * which of several causes it is stays 未确认 without the body. The rule is here (small, always loaded);
 * the answers' texts are in http-status-entries.ts, loaded only when a rule names one of them.
 */
/** DingTalk's two API hosts: the old (oapi) and the new (api). Another dingtalk.com address is a document link. */
function apiHost(endpoint: string | null): 'api' | 'oapi' | null {
  const host = /^(?:https?:\/\/)?([\w.-]+)/i.exec(endpoint ?? '')?.[1]?.toLowerCase()
  return host === 'api.dingtalk.com' ? 'api' : host === 'oapi.dingtalk.com' ? 'oapi' : null
}

/**
 * The entry id for a status at an address, or null. Ordered from the narrowest family: the Stream
 * gateway, a robot's send, the new API, then either host.
 */
export function statusRuleId(
  status: number | null,
  endpoint: string | null,
  streamMentioned: boolean,
  dingtalkNamed = false,
  streamConnecting = false,
): string | null {
  if (status === null) return null
  const path = (endpoint ?? '').replace(/^(?:https?:\/\/)?[\w.-]+(?::443)?/i, '').toLowerCase()
  if (status === 401 && (path.startsWith('/v1.0/gateway/connections/open') || streamMentioned || streamConnecting)) return 'stream.authFailed'
  if (status === 414) return 'robot.uriTooLarge'
  const host = apiHost(endpoint)
  // No API address, but the paste names DingTalk (a bot's channel log, an HTTP client's “Request failed with
  // status code 403”) and calls no other service's address (the caller decides both, catalog.ts); a link to
  // DingTalk's documents or console is no address called. DingTalk's table gives a bare 400, 401 and 403 one
  // meaning each (400 请求参数错误, 401 access_token缺失或无效, 403 请求被拒绝，通常由于权限不足或触发限流);
  // the old API answers its errors with HTTP 200 and an errcode, so a bare 401 / 403 is the new API's. A 5xx
  // there is as likely another hop's.
  if (host === null) {
    if ((endpoint !== null && !/^(?:https?:\/\/)?(?:open|ding-doc)[.-]/i.test(endpoint)) || !dingtalkNamed) return null
    // A client's Stream connection attempt answered by a bare status (`streamConnecting`: the paste says a
    // connection attempt failed, as a channel's connection manager logs around the SDK's connect, “Connection
    // attempt 7 failed: Request failed with status code 400”: github.com/soimy/openclaw-channel-dingtalk/blob/
    // 0a55d287fb2dbd3ffc4ccd32d1037322d34c8065/src/connection-manager.ts): the long connection did not open.
    if (streamConnecting) return 'stream.connectionLost'
    return status === 400 ? 'http.400.api' : status === 401 ? 'app.InvalidAuthentication' : status === 403 ? 'http.403.api' : null
  }
  if (host === 'api') {
    if (status === 401) return 'app.InvalidAuthentication'
    // The interactive card's instance endpoints (create, createAndDeliver, deliver, update) list no 403 of their
    // own, only 400 param.* and 500 system.busy, and require Card.Instance.Write
    // (https://open.dingtalk.com/document/development/interface-for-creating-a-card-instance#错误码): a 403 there
    // is the gateway's, and on these once-per-reply calls it has been the missing card permission
    // (github.com/DingTalk-Real-AI/dingtalk-openclaw-connector/issues/268). The AI card's
    // streaming endpoint, called many times a second, keeps the plain reading (QPS is as likely there).
    if (status === 403) return /^\/v1\.0\/card\/instances(?:[/?#]|$)/.test(path) ? 'app.permissionDenied' : 'http.403.api'
    // The app's token endpoint lists one 400, invalidClientIdOrSecret
    // (https://open.dingtalk.com/document/development/obtain-the-access-token-of-an-internal-app#错误码): a bare
    // 400 there, its body hidden by the caller (httpx's raise_for_status: “Client error '400 Bad Request' for url
    // …/v1.0/oauth2/accessToken”, github.com/HKUDS/nanobot/blob/3d106489a8fb537ed459ff154108bb61e0041661/nanobot/channels/dingtalk.py), is that one.
    if (status === 400 && path.startsWith('/v1.0/oauth2/accesstoken')) return 'app.invalidClientIdOrSecret'
    if (status === 400) return path.startsWith('/v1.0/robot/') ? 'http.400.robotSend' : 'http.400.api'
  }
  if (status === 404 || status === 405) return 'app.apiNotFound'
  if (status >= 500 && status <= 504) return 'http.5xx'
  return null
}
