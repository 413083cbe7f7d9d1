import { error, type Finding, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { charCount } from '../../core/text'
import { identifyShape, ROBOT_SECRET, SHAPE_NAMES } from '../../app/credentials/shapes'

const WHERE = '密钥在群设置 → 机器人 → 该机器人的“安全设置 → 加签”下方，是 SEC 开头的字符串。'

export const ROBOT_SECRET_TEXT: FieldText = { label: '加签密钥', hint: '安全设置 → 加签 下方 SEC 开头的字符串。', placeholder: 'SEC…' }

/**
 * The robot signing secret: officially "SEC开头的字符串"; `SEC` + 64 hex on every real one
 * (length UNCONFIRMED, so only a warning). It is the HMAC key, so every character counts.
 */
export function validateRobotSecret(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const out: Finding[] = [...findings]
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...out, ...more] })
  if (value === '') return done(error('robotSecret.empty', `请填写加签密钥。${WHERE}`))
  if (/\s/.test(value)) return done(error('robotSecret.space', `密钥中间不应有空格或换行，请重新复制。${WHERE}`))
  if (ROBOT_SECRET.test(value)) return done()
  if (/^https?:\/\//i.test(value) || value.includes('access_token=')) {
    return done(error('robotSecret.isWebhook', `这是 Webhook 地址，不是加签密钥。${WHERE}`))
  }
  if (!value.startsWith('SEC')) {
    if (value.toUpperCase().startsWith('SEC')) {
      return done(error('robotSecret.prefixCase', `密钥以大写的 SEC 开头，这里是“${value.slice(0, 3)}”。签名区分大小写，请原样复制。`))
    }
    const shape = identifyShape(value)
    const hint = shape && shape !== 'appSecret' ? `这看起来是${SHAPE_NAMES[shape]}。` : ''
    return done(error('robotSecret.prefix', `加签密钥以 SEC 开头，这个值不是。${hint}${WHERE}`))
  }
  if (/[^\x21-\x7e]/.test(value)) {
    return done(error('robotSecret.chars', `密钥只含英文字母和数字，这里有中文或其他字符，请重新复制。${WHERE}`))
  }
  const rest = value.slice(3)
  if (/[^0-9a-f]/.test(rest)) {
    out.push(warning('robotSecret.notHex', '真实的密钥在 SEC 之后通常只有 0–9 和 a–f，请确认复制无误。'))
  }
  if (rest.length !== 64) {
    out.push(
      warning('robotSecret.length', `密钥通常是 67 个字符（SEC + 64 位），这里是 ${charCount(value)} 个。请检查是否少复制或多复制了字符。`),
    )
  }
  return done()
}
