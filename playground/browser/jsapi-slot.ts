/**
 * Where the widgets find dingtalk-jsapi. The theme's DingTalk hook starts loading ./jsapi (only
 * inside DingTalk) and puts the promise here; widgets only read it. So no widget imports the
 * jsapi chunk itself: outside DingTalk it is never requested, and it does not count as widget
 * code of any page. Type-only import below: no runtime dependency on ./jsapi.
 */
export type Jsapi = typeof import('./jsapi')

const KEY = '__gtFaqDingTalkJsapi'
type Slot = { [KEY]?: Promise<Jsapi> }

/** The theme hook: hand over the loading jsapi. */
export function provideJsapi(loading: Promise<Jsapi>): void {
  ;(globalThis as Slot)[KEY] = loading
}

/** Widgets: the jsapi, or undefined outside DingTalk (nothing was loaded). */
export function loadedJsapi(): Promise<Jsapi> | undefined {
  return (globalThis as Slot)[KEY]
}
