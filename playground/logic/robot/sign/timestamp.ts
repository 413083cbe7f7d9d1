import { error, type Finding, type ValidationResult } from '../../core/findings'
import { normalizeInput } from '../../core/normalize'
import { SIGNATURE_WINDOW_MS } from '../clock/window'

/**
 * A robot `timestamp` as found in a signed URL: milliseconds (13 digits), within one hour of
 * DingTalk's clock. A 10-digit value is seconds, the classic mistake behind “invalid timestamp”.
 */
export function validateRobotTimestamp(raw: string, now: number): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const out: Finding[] = [...findings]
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...out, ...more] })
  if (value === '') return done(error('robotTimestamp.empty', '缺少 timestamp：加签时 URL 里要带 timestamp 和 sign 两个参数。'))
  if (!/^[0-9]+$/.test(value)) return done(error('robotTimestamp.notNumber', 'timestamp 是当前时间的毫秒数，只含数字。'))
  if (value.length === 10) {
    return done(error('robotTimestamp.seconds', 'timestamp 要用毫秒（13 位数字），这里是秒（10 位）。请乘以 1000（如 Java 的 System.currentTimeMillis()）。'))
  }
  if (value.length !== 13) return done(error('robotTimestamp.length', `timestamp 应是 13 位的毫秒数，这里是 ${value.length} 位。`))
  if (typeof now === 'number' && Number.isFinite(now)) {
    const diff = Number(value) - now
    if (diff < -SIGNATURE_WINDOW_MS) {
      return done(error('robotTimestamp.expired', '签名已过期：timestamp 比现在早了 1 小时以上，钉钉会返回 310000“invalid timestamp”。请每次发送前重新生成签名。'))
    }
    if (diff > SIGNATURE_WINDOW_MS) {
      return done(error('robotTimestamp.future', 'timestamp 比现在晚了 1 小时以上：请检查生成签名那台机器的系统时间。'))
    }
  }
  return done()
}
