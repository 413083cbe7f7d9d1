/**
 * What went wrong with a 免登 auth-code request, in Chinese. DingTalk's bridge rejects with
 * an object like { errorCode, errorMessage } (or an Error); we show its own words and the
 * usual causes from DingTalk's documentation (https://open.dingtalk.com/document/development/jsapi-request-auth-code,
 * https://open.dingtalk.com/document/development/enterprise-internal-application-logon-free).
 */
import { isTimeout } from './with-timeout'

export interface AuthCodeFailure {
  /** DingTalk's own code and message, as received ('' when there is none). */
  detail: string
  /** Chinese: what it usually means and what to check. */
  explanation: string
}

const CAUSES =
  '常见原因：① CorpId 与当前登录钉钉的组织不一致（请在该组织里打开本页）；② 本页的域名与应用的首页地址域名不一致（钉钉要求运行免登 JSAPI 的页面与首页地址同域名）；③ AppKey（Client ID）填错；④ 钉钉版本过低（手机 7.0.45、电脑 7.0.50 及以上）。'

export function explainAuthCodeFailure(reason: unknown): AuthCodeFailure {
  if (isTimeout(reason)) {
    return {
      detail: '',
      explanation: `${reason.message}，请求已放弃。常见原因：钉钉版本过低（手机 7.0.45、电脑 7.0.50 及以上），或网络不好。可以再试一次；仍不行，请升级钉钉后重新打开本页。`,
    }
  }
  const r = (reason ?? {}) as { errorCode?: unknown; errorMessage?: unknown; message?: unknown }
  const code = r.errorCode == null ? '' : String(r.errorCode)
  const message = String(r.errorMessage ?? r.message ?? (typeof reason === 'string' ? reason : ''))
  const detail = [code && `错误码 ${code}`, message].filter(Boolean).join('：').slice(0, 300)
  if (code === '-1' || /cancel|取消/i.test(message)) {
    return { detail, explanation: '请求被取消了，可以再试一次。' }
  }
  if (/not ?support|不支持|version|版本/i.test(message)) {
    return { detail, explanation: '当前钉钉版本不支持此接口：请把钉钉升级到最新版（手机 7.0.45、电脑 7.0.50 及以上）。' }
  }
  return { detail, explanation: `钉钉拒绝了请求。${CAUSES}` }
}
