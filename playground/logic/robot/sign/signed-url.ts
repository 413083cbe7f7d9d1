import { SIGNATURE_WINDOW_MS } from '../clock/window'
import { error, type Finding, type ValidationResult, warning } from '../../core/findings'
import { validateRobotSecret } from '../security/secret'
import { sign } from './sign'
import { parseWebhook } from '../webhook/webhook'


export interface SignedUrl {
  url: string
  timestamp: string
  sign: string
  /** Milliseconds since the epoch after which DingTalk answers 310000 “invalid timestamp”. */
  expiresAt: number
}

function keyOf(pair: string): string {
  const key = pair.split('=')[0] ?? ''
  try {
    return decodeURIComponent(key)
  } catch {
    return key
  }
}

/**
 * The webhook with a fresh `timestamp` and `sign`; other query parameters kept as they were.
 * `checkSecret` is the robot-secret validator; the command line passes a laxer one (any key).
 */
export function signWebhook(
  webhook: string,
  secret: string,
  now: number,
  checkSecret: (raw: string) => ValidationResult = validateRobotSecret,
): { result: SignedUrl | null; findings: Finding[] } {
  const parsed = parseWebhook(webhook)
  const checkedSecret = checkSecret(secret)
  const findings: Finding[] = [...parsed.findings, ...checkedSecret.findings]
  if (typeof now !== 'number' || !Number.isFinite(now) || now <= 0) {
    findings.push(error('signWebhook.badTime', '当前时间无效，无法生成签名。请检查电脑的系统时间。'))
  } else if (now < 1e11) {
    // A 10-digit number is seconds; DingTalk wants milliseconds (13 digits) and rejects the rest.
    findings.push(error('signWebhook.seconds', 'timestamp 要用毫秒（13 位数字），这里像是秒（10 位）。请乘以 1000。'))
  }
  if (parsed.url === null || findings.some((f) => f.level === 'error')) return { result: null, findings }

  const timestamp = String(Math.floor(now))
  const signature = sign(checkedSecret.value, timestamp)
  const [beforeHash = '', ...hashParts] = parsed.url.split('#')
  const hash = hashParts.length > 0 ? `#${hashParts.join('#')}` : ''
  const [base = '', ...queryParts] = beforeHash.split('?')
  const pairs = queryParts.join('?').split('&').filter((pair) => pair !== '')
  const kept = pairs.filter((pair) => !['timestamp', 'sign'].includes(keyOf(pair)))
  if (kept.length !== pairs.length) {
    findings.push(warning('signWebhook.replaced', '已用新的 timestamp 和 sign 替换地址里旧的签名。'))
  }
  const query = [...kept, `timestamp=${timestamp}`, `sign=${signature}`].join('&')
  return {
    result: { url: `${base}?${query}${hash}`, timestamp, sign: signature, expiresAt: Math.floor(now) + SIGNATURE_WINDOW_MS },
    findings: findings.filter((f) => f.code !== 'robotWebhook.hasSignature'),
  }
}
