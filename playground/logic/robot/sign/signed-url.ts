import { SIGNATURE_WINDOW_MS } from '../clock/window'
import { error, type Finding, type ValidationResult, warning } from '../../core/findings'
import { validateRobotSecret } from '../security/secret'
import { sign } from './sign'
import { parseWebhook } from '../webhook/webhook'

/**
 * A webhook and secret checked once, ready to be signed at any time (`signAt`): the signer signs
 * again on 新签名 and `send` before every message and retry without parsing them again.
 */
export interface SigningTarget {
  /** The full webhook URL (a bare access_token made into one). */
  url: string
  /** The secret as normalised: the HMAC key. */
  secret: string
  /** Whether the URL as given carried a `timestamp` / `sign` (replaced by every signing). */
  carriesSignature: boolean
}

export interface SignedUrl {
  url: string
  timestamp: string
  sign: string
  /** Milliseconds since the epoch after which DingTalk answers 310000 “invalid timestamp”. */
  expiresAt: number
}

/**
 * Parse and check the webhook and secret: the findings, and the target when nothing is an error.
 * `checkSecret` is the robot-secret validator; the command line passes a laxer one (any key).
 */
export function signingTarget(
  webhook: string,
  secret: string,
  checkSecret: (raw: string) => ValidationResult = validateRobotSecret,
): { target: SigningTarget | null; findings: Finding[] } {
  return signingTargetOf(parseWebhook(webhook), checkSecret(secret))
}

/** The same from a webhook and a secret already checked (`send` prints each one's findings under its own name). */
export function signingTargetOf(
  parsed: ReturnType<typeof parseWebhook>,
  checkedSecret: ValidationResult,
): { target: SigningTarget | null; findings: Finding[] } {
  const findings: Finding[] = [...parsed.findings, ...checkedSecret.findings]
  if (parsed.url === null || findings.some((f) => f.level === 'error')) return { target: null, findings }
  if (parsed.carriesSignature) findings.push(warning('signWebhook.replaced', '已用新的 timestamp 和 sign 替换地址里旧的签名。'))
  return { target: { url: parsed.url, secret: checkedSecret.value, carriesSignature: parsed.carriesSignature }, findings }
}

/** Errors for a time that cannot be signed: not a positive number, or seconds instead of milliseconds. */
export function signTimeFindings(now: number): Finding[] {
  if (typeof now !== 'number' || !Number.isFinite(now) || now <= 0) {
    return [error('signWebhook.badTime', '当前时间无效，无法生成签名。请检查电脑的系统时间。')]
  }
  // A 10-digit number is seconds; DingTalk wants milliseconds (13 digits) and rejects the rest.
  if (now < 1e11) return [error('signWebhook.seconds', 'timestamp 要用毫秒（13 位数字），这里像是秒（10 位）。请乘以 1000。')]
  return []
}

function keyOf(pair: string): string {
  const key = pair.split('=')[0] ?? ''
  try {
    return decodeURIComponent(key)
  } catch {
    return key
  }
}

/** The target's URL with `timestamp` and `sign` for `now` (ms), replacing any it carried; other query parameters kept. */
export function signAt(target: SigningTarget, now: number): SignedUrl {
  const timestamp = String(Math.floor(now))
  const signature = sign(target.secret, timestamp)
  const [beforeHash = '', ...hashParts] = target.url.split('#')
  const hash = hashParts.length > 0 ? `#${hashParts.join('#')}` : ''
  const [base = '', ...queryParts] = beforeHash.split('?')
  const kept = queryParts
    .join('?')
    .split('&')
    .filter((pair) => pair !== '' && !['timestamp', 'sign'].includes(keyOf(pair)))
  const query = [...kept, `timestamp=${timestamp}`, `sign=${signature}`].join('&')
  return { url: `${base}?${query}${hash}`, timestamp, sign: signature, expiresAt: Math.floor(now) + SIGNATURE_WINDOW_MS }
}

/** All three at once, for a single signing: check the inputs and the time, then sign. */
export function signWebhook(
  webhook: string,
  secret: string,
  now: number,
  checkSecret: (raw: string) => ValidationResult = validateRobotSecret,
): { result: SignedUrl | null; findings: Finding[] } {
  const { target, findings } = signingTarget(webhook, secret, checkSecret)
  const timeErrors = signTimeFindings(now)
  if (target === null || timeErrors.length > 0) return { result: null, findings: [...findings, ...timeErrors] }
  return { result: signAt(target, now), findings }
}
