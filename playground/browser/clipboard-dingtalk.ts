/**
 * Copying through DingTalk's clipboard, with a time limit: loaded by clipboard.ts only inside
 * DingTalk, so a browser never downloads it (the message editor's first load is near its budget).
 */
import type { Jsapi } from './jsapi-slot'
import { DINGTALK_TIMEOUT_MS, isTimeout, withTimeout } from '../logic/app/jsapi/with-timeout'

/** '' when DingTalk copied; otherwise why its clipboard was not used (the browser's is tried next). */
export async function copyInDingTalk(loading: Promise<Jsapi>, text: string): Promise<string> {
  try {
    await withTimeout(
      loading.then((jsapi) => jsapi.setClipboard(text)),
      DINGTALK_TIMEOUT_MS.clipboard,
    )
    return ''
  } catch (reason) {
    // an old client, a refused call or no answer: fall back to the browser's clipboard
    return isTimeout(reason) ? '钉钉的剪贴板没有回应，' : '钉钉的剪贴板不可用，'
  }
}
