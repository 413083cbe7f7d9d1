import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { charCount } from '../../core/text'
import { identifyShape, ROBOT_SECRET, SHAPE_NAMES } from '../../app/credentials/shapes'

const WHERE = '密钥在群设置 → 机器人 → 该机器人的“安全设置 → 加签”下方，是 SEC 开头的字符串。'

export const ROBOT_SECRET_TEXT: FieldText = { label: '加签密钥', hint: '安全设置 → 加签 下方 SEC 开头的字符串。', placeholder: 'SEC…' }

/** Why a value is certainly not a robot secret: what is wrong (one sentence, no full stop) and how to fix it. */
export interface RobotSecretProblem {
  code: string
  what: string
  fix: string
}

/**
 * The shape errors of a non-empty, normalised value, in the order they are checked; null when the
 * value has the secret's shape (or only its length or digits are unusual, which are warnings).
 * `sign` reads `what` on its own: it signs with any key, an AppSecret too.
 */
export function robotSecretProblem(value: string): RobotSecretProblem | null {
  if (/\s/.test(value)) return { code: 'robotSecret.space', what: '密钥中间不应有空格或换行，请重新复制', fix: WHERE }
  if (ROBOT_SECRET.test(value)) return null
  if (/^https?:\/\//i.test(value) || value.includes('access_token=')) {
    return { code: 'robotSecret.isWebhook', what: '这是 Webhook 地址，不是加签密钥', fix: WHERE }
  }
  if (!value.startsWith('SEC')) {
    if (value.toUpperCase().startsWith('SEC')) {
      return { code: 'robotSecret.prefixCase', what: `密钥以大写的 SEC 开头，这里是“${value.slice(0, 3)}”`, fix: '签名区分大小写，请原样复制。' }
    }
    const shape = identifyShape(value)
    const hint = shape && shape !== 'appSecret' ? `这看起来是${SHAPE_NAMES[shape]}。` : ''
    return { code: 'robotSecret.prefix', what: '加签密钥以 SEC 开头，这个值不是', fix: `${hint}${WHERE}` }
  }
  if (/[^\x21-\x7e]/.test(value)) {
    return { code: 'robotSecret.chars', what: '密钥只含英文字母和数字，这里有中文或其他字符，请重新复制', fix: WHERE }
  }
  return null
}

/**
 * The robot signing secret: officially "SEC开头的字符串"; `SEC` + 64 hex on every real one
 * (length UNCONFIRMED, so only a warning). It is the HMAC key, so every character counts.
 */
function checkRobotSecret(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const out: Finding[] = [...findings]
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...out, ...more] })
  if (value === '') return done(error('robotSecret.empty', `请填写加签密钥。${WHERE}`))
  const problem = robotSecretProblem(value)
  if (problem) return done(error(problem.code, `${problem.what}。${problem.fix}`))
  if (ROBOT_SECRET.test(value)) return done()
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

export const validateRobotSecret = forField('robotSecret', checkRobotSecret)
