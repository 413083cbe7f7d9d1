import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { lengthFinding } from '../../core/length'
import { charCount } from '../../core/text'

/**
 * 应用简介 / 应用描述. Old console (the FAQ): "最多32个字符". New console: at least 4;
 * the API: at most 200. So 1–3 and 33–200 characters are warnings (fine in one console),
 * empty or over 200 errors.
 */
export const APP_DESCRIPTION_MIN = 4
export const APP_DESCRIPTION_MAX_OLD = 32
export const APP_DESCRIPTION_MAX = 200

export const APP_DESCRIPTION_TEXT: FieldText = {
  label: '应用简介',
  hint: `简要描述应用提供的产品或服务；旧版最多 ${APP_DESCRIPTION_MAX_OLD} 个字符，新版 ${APP_DESCRIPTION_MIN}–${APP_DESCRIPTION_MAX} 个`,
}

function checkAppDescription(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw, { freeText: true })
  const out: Finding[] = [...findings]
  const length = charCount(value)
  if (length === 0) {
    return { value, findings: [...out, error('appDescription.empty', '请填写应用简介，简要描述应用提供的产品或服务，如“企业跟投管理平台”。')] }
  }
  const found = lengthFinding(length, { min: APP_DESCRIPTION_MIN, max: APP_DESCRIPTION_MAX, maxOld: APP_DESCRIPTION_MAX_OLD }, {
    short: (n) => warning('appDescription.shortForNewConsole', `新版控制台要求应用描述至少 ${APP_DESCRIPTION_MIN} 个字符，这里只有 ${n} 个，请补充。`),
    long: (n) => error('appDescription.tooLong', `应用描述最多 ${APP_DESCRIPTION_MAX} 个字符，这里有 ${n} 个，请缩短。`),
    longForOld: (n) =>
      warning(
        'appDescription.longForOldConsole',
        `旧版控制台（FAQ 截图）的应用简介最多 ${APP_DESCRIPTION_MAX_OLD} 个字符，这里有 ${n} 个；新版允许到 ${APP_DESCRIPTION_MAX} 个。如在旧版界面填写，请缩短。`,
      ),
  })
  if (found) out.push(found)
  if (/[\r\n]/.test(value)) out.push(warning('appDescription.lineBreak', '应用简介是一行文字，建议去掉换行。'))
  return { value, findings: out }
}

export const validateAppDescription = forField('appDescription', checkAppDescription)
