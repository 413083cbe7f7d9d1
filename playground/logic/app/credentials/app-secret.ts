import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { charCount } from '../../core/text'
import { mixUpFinding } from './mix-up'
import { APP_SECRET, hasInnerSpace, ROBOT_TOKEN } from './shapes'
import { WHERE } from './where'

export const APP_SECRET_TEXT: FieldText = { label: 'AppSecret（Client Secret）', placeholder: '64 个字符' }

/**
 * AppSecret = Client Secret: 64 characters of [A-Za-z0-9_-], may start with `_` or `-`
 * (13 values seen in public code; live secrets, so not copied here). The value itself is never echoed back.
 */
function checkAppSecret(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const out: Finding[] = [...findings]
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...out, ...more] })
  if (value === '') return done(error('appSecret.empty', `请填写 AppSecret（Client Secret）。${WHERE.appSecret}`))
  if (hasInnerSpace(value)) {
    return done(error('appSecret.space', `AppSecret 中间不应有空格或换行，请重新复制。${WHERE.appSecret}`))
  }
  // The console shows the secret masked until you click 查看; a masked copy cannot work.
  if (/[*•●…]/.test(value)) {
    return done(error('appSecret.masked', `这像是打码后的显示值（含 * 或 …）。请点击“查看”后复制完整的 AppSecret。${WHERE.appSecret}`))
  }
  if (APP_SECRET.test(value)) {
    // 64 lowercase hex fits the alphabet, but a random secret is almost never all hex: it is a robot access_token.
    if (ROBOT_TOKEN.test(value)) {
      return done(
        warning('appSecret.looksLikeRobotToken', '这串只有 0–9 和 a–f，像是群机器人 Webhook 里的 access_token，请确认是应用的 AppSecret。'),
      )
    }
    return done()
  }
  const mixUp = mixUpFinding('appSecret', 'AppSecret', value, ['appSecret', 'agentId', 'uuid'])
  if (mixUp) return done(mixUp)
  if (/[^\x20-\x7e]/.test(value)) {
    return done(error('appSecret.chars', `AppSecret 只含英文字母、数字、_ 和 -，这里有中文或其他字符，请重新复制。${WHERE.appSecret}`))
  }
  if (/[^A-Za-z0-9_-]/.test(value)) {
    out.push(warning('appSecret.punctuation', 'AppSecret 通常只含英文字母、数字、_ 和 -，这里有其他符号，请确认复制完整无误。'))
  }
  const length = charCount(value)
  if (length !== 64) {
    // 64 is observed on every real secret, not documented: a warning only.
    out.push(warning('appSecret.length', `AppSecret 通常是 64 个字符，这里是 ${length} 个。请检查是否少复制或多复制了字符。`))
  }
  return done()
}

export const validateAppSecret = forField('appSecret', checkAppSecret)
