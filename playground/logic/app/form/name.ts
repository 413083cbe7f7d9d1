import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { lengthFinding } from '../../core/length'
import { charCount } from '../../core/text'

/**
 * 应用名称. Old console (the FAQ): "名称可以由中文、数字及英文组成。长度在2-10个字符".
 * New console: at least 2; the create/update API: 2–20 "中文、数字以及字母".
 * A name valid in either console is never an error: 11–20 characters is a warning (too long
 * only for the old console), under 2 or over 20 is an error (wrong in both).
 */
export const APP_NAME_MIN = 2
export const APP_NAME_MAX_OLD = 10
export const APP_NAME_MAX = 20

export const APP_NAME_TEXT: FieldText = {
  label: '应用名称',
  hint: `中文、数字或字母；旧版控制台 ${APP_NAME_MIN}–${APP_NAME_MAX_OLD} 个字符，新版 ${APP_NAME_MIN}–${APP_NAME_MAX} 个`,
}

function checkAppName(raw: string): ValidationResult {
  const normalized = normalizeInput(raw, { freeText: true })
  const out: Finding[] = [...normalized.findings]
  // Letters and digits typed in full width (ＧＴ系统) are made half-width, as in every other field;
  // Chinese punctuation stays (the chars check below speaks about it).
  const value = normalized.value.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  if (value !== normalized.value) out.push(warning('appName.fullWidth', '已把全角字母和数字（如 ＧＴ）转换为半角。'))
  const length = charCount(value)
  if (length === 0) return { value, findings: [...out, error('appName.empty', `请填写应用名称，如“跟投系统”（${APP_NAME_MIN} 到 ${APP_NAME_MAX_OLD} 个字符最稳妥）。`)] }
  const found = lengthFinding(length, { min: APP_NAME_MIN, max: APP_NAME_MAX, maxOld: APP_NAME_MAX_OLD }, {
    short: (n) => error('appName.tooShort', `应用名称至少 ${APP_NAME_MIN} 个字符，这里只有 ${n} 个。`),
    long: (n) => error('appName.tooLong', `应用名称最多 ${APP_NAME_MAX} 个字符，这里有 ${n} 个，请缩短。`),
    longForOld: (n) =>
      warning(
        'appName.longForOldConsole',
        `新版控制台允许 ${APP_NAME_MIN} 到 ${APP_NAME_MAX} 个字符，但旧版控制台（FAQ 截图）只允许 ${APP_NAME_MIN} 到 ${APP_NAME_MAX_OLD} 个，这里有 ${n} 个。如在旧版界面创建，请缩短到 ${APP_NAME_MAX_OLD} 个以内。`,
      ),
  })
  if (found) out.push(found)
  // Both consoles name 中文、数字、字母; whether spaces or punctuation pass is UNCONFIRMED.
  if (/[^\p{Script=Han}\p{L}\p{N}]/u.test(value)) {
    out.push(
      warning(
        'appName.chars',
        '应用名称按规范由中文、数字和字母组成；这里有空格、标点、表情或其他符号，控制台可能不接受，建议去掉。',
      ),
    )
  }
  return { value, findings: out }
}

export const validateAppName = forField('appName', checkAppName)
