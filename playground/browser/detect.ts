/**
 * Is this page running inside DingTalk? Decided from the user agent alone, so that outside
 * DingTalk nothing of dingtalk-jsapi is ever downloaded. DingTalk's mobile clients send
 * `AliApp(DingTalk/7.0.50)`, the PC client `DingTalk(7.0.50)`: both match /DingTalk/i, the
 * same test dingtalk-jsapi itself uses (lib/env.js).
 */
export function isDingTalkUserAgent(userAgent: string): boolean {
  return /DingTalk/i.test(userAgent)
}

/** The browser check; false during the build (no navigator there). */
export function inDingTalk(): boolean {
  return typeof navigator !== 'undefined' && isDingTalkUserAgent(navigator.userAgent || '')
}
