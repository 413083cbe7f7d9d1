/**
 * The only door to dingtalk-jsapi. Only the theme's hook imports it, with `import()` and only
 * after `inDingTalk()` said yes; widgets reach it through jsapi-slot.ts. Why: dingtalk-jsapi
 * reads `self` when loaded (it throws in Node, i.e. during the build) and is ~21 KB gzip that
 * browsers outside DingTalk must never download.
 * We load the union entry (core + the PC/Android/iOS/Harmony bridges) and just the three
 * APIs we use, not the whole package.
 */
import 'dingtalk-jsapi/entry/union'
import setTitle from 'dingtalk-jsapi/api/biz/navigation/setTitle'
import setData from 'dingtalk-jsapi/api/biz/clipboardData/setData'
import requestAuthCodeV2 from 'dingtalk-jsapi/api/union/requestAuthCode'
import requestAuthCodeLegacy from 'dingtalk-jsapi/api/runtime/permission/requestAuthCode'
import { syncTitle } from './page-title'

export async function setPageTitle(title: string): Promise<void> {
  await setTitle({ title })
}

/** Called once by the theme's hook: the native title bar follows the page title from now on. */
export function startInDingTalk(): void {
  syncTitle(setPageTitle)
}

export async function setClipboard(text: string): Promise<void> {
  await setData({ text })
}

/**
 * 免登: a one-time auth code (valid 5 minutes). The new call needs DingTalk 7.0.45 (mobile) /
 * 7.0.50 (PC) and the Client ID; older clients only know the legacy call with the CorpId.
 * jsapi does not check versions itself and old clients answer with their own error, so on any
 * failure but a cancel we try the legacy call once; if that fails too, the first error stands.
 */
export async function requestAuthCode(corpId: string, clientId: string): Promise<string> {
  if (!clientId) return (await requestAuthCodeLegacy({ corpId })).code
  try {
    return (await requestAuthCodeV2({ corpId, clientId })).code
  } catch (first) {
    if ((first as { errorCode?: unknown } | null)?.errorCode === '-1') throw first
    try {
      return (await requestAuthCodeLegacy({ corpId })).code
    } catch {
      throw first
    }
  }
}
