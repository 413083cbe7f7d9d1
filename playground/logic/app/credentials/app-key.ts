import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { charCount } from '../../core/text'
import { mixUpFinding } from './mix-up'
import { APP_KEY, CORP_ID, hasInnerSpace, MASKED, SHARE_SDK_APP_ID, SUITE_KEY } from './shapes'
import { WHERE } from './where'

export const APP_KEY_TEXT: FieldText = { label: 'AppKey（Client ID）', placeholder: 'ding 开头，20 个字符' }

/** AppKey = Client ID: `ding` + 16 of [a-z0-9] (22 values seen in public code, collected for the tests in credentials.test.ts). */
function checkAppKey(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const out: Finding[] = [...findings]
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...out, ...more] })
  if (value === '') return done(error('appKey.empty', `请填写 AppKey（Client ID）。${WHERE.appKey}`))
  if (hasInnerSpace(value)) return done(error('appKey.space', `AppKey 中间不应有空格或换行，请重新复制。${WHERE.appKey}`))
  const lower = value.toLowerCase()
  const mixUp = mixUpFinding('appKey', 'AppKey', value, ['appKey', 'corpId', 'shareSdkAppId', 'suiteKey'])
  if (mixUp) return done(mixUp)
  if (lower !== value) out.push(warning('appKey.uppercase', 'AppKey 通常全是小写字母，请确认是原样复制的。'))

  if (SHARE_SDK_APP_ID.test(lower)) {
    return done(
      error(
        'appKey.shareSdkAppId',
        `这是钉钉分享/登录 SDK 的 appId（dingoa 开头、22 个字符），不是企业内部应用的 AppKey。${WHERE.appKey}`,
      ),
    )
  }
  if (CORP_ID.test(lower)) {
    // A 36-character CorpId can never be an AppKey; a 20-character all-hex one almost never is
    // (a random AppKey is all hex with probability ≈ 2×10⁻⁶), so that case is only a warning.
    if (lower.length === 36) {
      return done(error('appKey.looksLikeCorpId', `这是 CorpId（ding + 32 位十六进制），不是 AppKey。${WHERE.appKey}`))
    }
    return done(
      warning(
        'appKey.looksLikeCorpId',
        `这像是 CorpId：AppKey 几乎总含有 g–z 的字母，而这串只有 0–9 和 a–f。请确认没有把 CorpId 粘到这里。${WHERE.appKey}`,
      ),
    )
  }
  if (APP_KEY.test(lower)) return done()
  if (SUITE_KEY.test(lower)) {
    return done(error('appKey.suiteKey', `这是第三方应用的 SuiteKey，不是企业内部应用的 AppKey。${WHERE.appKey}`))
  }
  if (!lower.startsWith('ding')) return done(error('appKey.prefix', `AppKey（Client ID）以 ding 开头，这个值不是。${WHERE.appKey}`))
  if (MASKED.test(lower)) return done(warning('appKey.masked', '这像是文档里打码的示例（含 xxx），请填写你自己应用的 AppKey。'))
  if (/[^a-z0-9]/.test(lower)) {
    return done(error('appKey.chars', `AppKey 只含小写字母和数字，这里有其他字符，请重新复制。${WHERE.appKey}`))
  }
  // Right alphabet, unusual length: observed, not documented, so only a warning.
  return done(
    warning(
      'appKey.length',
      `AppKey 通常是 20 个字符（ding + 16 位），这里是 ${charCount(value)} 个。请检查是否少复制或多复制了字符。`,
    ),
  )
}

export const validateAppKey = forField('appKey', checkAppKey)
