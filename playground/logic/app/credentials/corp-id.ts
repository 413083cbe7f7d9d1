import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { charCount } from '../../core/text'
import { mixUpFinding } from './mix-up'
import { APP_KEY, CORP_ID, hasInnerSpace, MASKED } from './shapes'
import { WHERE } from './where'

export const CORP_ID_TEXT: FieldText = { label: 'CorpId', placeholder: 'ding 开头，20 或 36 个字符' }

/** CorpId: `ding` + 16 or 32 hex digits (17 values seen in public code, collected for the tests in credentials.test.ts). */
function checkCorpId(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const out: Finding[] = [...findings]
  if (value === '') return { value, findings: [...out, error('corpId.empty', `请填写 CorpId。${WHERE.corpId}`)] }
  if (hasInnerSpace(value)) {
    out.push(error('corpId.space', `CorpId 中间不应有空格或换行，请重新复制。${WHERE.corpId}`))
    return { value, findings: out }
  }
  const lower = value.toLowerCase()
  if (CORP_ID.test(lower)) {
    // Every sample seen is lowercase; uppercase is unusual but not proven wrong (UNCONFIRMED).
    if (lower !== value) out.push(warning('corpId.uppercase', 'CorpId 通常全是小写字母，请确认是原样复制的。'))
    return { value, findings: out }
  }
  // The known mix-up: an AppKey also starts with `ding` and has 20 characters, but contains g–z.
  if (APP_KEY.test(lower)) {
    out.push(
      error(
        'corpId.looksLikeAppKey',
        `这看起来是 AppKey（Client ID），不是 CorpId：CorpId 在 ding 之后只有 0–9 和 a–f，这串含有 g–z 的字母。${WHERE.corpId}`,
      ),
    )
    return { value, findings: out }
  }
  const mixUp = mixUpFinding('corpId', 'CorpId', value, ['corpId'])
  if (mixUp) return { value, findings: [...out, mixUp] }
  if (!lower.startsWith('ding')) {
    out.push(error('corpId.prefix', `CorpId 以 ding 开头，这个值不是。${WHERE.corpId}`))
    return { value, findings: out }
  }
  if (MASKED.test(lower)) {
    out.push(warning('corpId.masked', '这像是文档里打码的示例（含 xxx），请填写你自己企业的 CorpId。'))
    return { value, findings: out }
  }
  const rest = lower.slice(4)
  if (/[^0-9a-f]/.test(rest)) {
    out.push(
      error(
        'corpId.notHex',
        `CorpId 在 ding 之后只含 0–9 和 a–f，这里有其他字符。若它含 g–z 的字母，可能是 AppKey。${WHERE.corpId}`,
      ),
    )
    return { value, findings: out }
  }
  // Right alphabet, wrong length: probably cut short while copying. Lengths are observed, not documented.
  out.push(
    warning(
      'corpId.length',
      `CorpId 通常是 20 或 36 个字符（ding + 16 或 32 位），这里是 ${charCount(value)} 个。请检查是否少复制或多复制了字符。`,
    ),
  )
  return { value, findings: out }
}

export const validateCorpId = forField('corpId', checkCorpId)
