/**
 * 回调验签: is a `timestamp` / `sign` pair that DingTalk sent genuine? Shown by the 回调验签 widget
 * and run by `dingtalk verify`, so both answer alike. DingTalk's rule
 * (https://open.dingtalk.com/document/development/receive-message): sign must equal
 * Base64(HmacSHA256(key, timestamp + "\n" + key)) and the timestamp must be within one hour of now;
 * for an enterprise robot's message callback the key is the app's AppSecret. The same recipe signs a
 * group robot's webhook with its 加签 secret
 * (https://open.dingtalk.com/document/dingstart/customize-robot-security-settings).
 */
import { SIGNATURE_WINDOW_MS } from '../clock/window'
import type { FieldText } from '../../core/field-text'
import { error, type Finding, type ValidationResult, warning, worstLevel } from '../../core/findings'
import { normalizeInput } from '../../core/normalize'
import { charCount } from '../../core/text'
import { validateRobotSecret } from '../security/secret'
import { signBase64 } from '../sign/sign'
import { validateRobotTimestamp } from '../sign/timestamp'

export type CallbackReason = 'ok' | 'mismatch' | 'expired' | 'future'

export interface CallbackVerdict {
  reason: CallbackReason
  valid: boolean
  /** The sign equals what this key computes (right key and algorithm), whatever the time. */
  signMatches: boolean
  /** now − timestamp, in ms (negative: the timestamp is in the future). */
  ageMs: number
  /** The timestamp as a Beijing time, e.g. "2019-12-25 16:23:56". */
  time: string
  /** The sign this key gives for this timestamp (not a secret: it travels in the request). */
  expected: string
  /** Chinese, one sentence. */
  headline: string
  /** Chinese: what to check next (empty when valid). */
  advice: string[]
}

export interface CallbackCheck {
  timestamp: ValidationResult
  sign: ValidationResult
  key: ValidationResult
  /** Null until the key and timestamp are usable and there is a sign (and a clock). */
  verdict: CallbackVerdict | null
}

/** Base64 of 32 bytes (HMAC-SHA256): 43 characters and one "=". */
const BASE64_SHA256 = /^[A-Za-z0-9+/]{43}=$/

const KEY_HELP = '企业内部机器人的消息回调用应用的 AppSecret（Client Secret）；群机器人用它的加签密钥（SEC 开头）。'

/** What the 回调验签 form shows for each of its three fields (beside the checks that state the same limits). */
export const CALLBACK_TIMESTAMP_TEXT: FieldText = { label: 'timestamp', hint: '请求头里的 timestamp：13 位的毫秒数。', placeholder: '1577262236757' }
export const CALLBACK_SIGN_TEXT: FieldText = {
  label: 'sign',
  hint: '请求头里的 sign：44 个字符的 Base64。做过 URL 编码的、“+”变成了空格的也可以。',
}
export const CALLBACK_KEY_TEXT: FieldText = {
  label: '密钥',
  hint: '企业内部机器人的消息回调：应用的 AppSecret（Client Secret）；群机器人：加签密钥（SEC 开头）。',
}

/** The `timestamp` header: 13 digits of milliseconds (the site's robot timestamp check, worded for a callback). */
export function checkCallbackTimestamp(raw: string): ValidationResult {
  const result = validateRobotTimestamp(raw, Number.NaN)
  const findings = result.findings.map((f): Finding => {
    if (f.code === 'robotTimestamp.empty') return error(f.code, '请填写 timestamp：钉钉回调请求头里的 timestamp，13 位的毫秒数。')
    if (f.code === 'robotTimestamp.seconds') {
      return error(
        f.code,
        'timestamp 是 10 位的秒数，钉钉机器人回调请求头里的 timestamp 是 13 位的毫秒数。事件订阅的 HTTP 回调（地址里带 signature、nonce）是另一种签名，不能在这里核对。',
      )
    }
    return f
  })
  return { value: result.value, findings }
}

/** The `sign` header as DingTalk computed it: Base64, also when URL-encoded or form-decoded ("+" became a space). */
export function checkCallbackSign(raw: string): ValidationResult {
  const normalized = normalizeInput(raw)
  const findings: Finding[] = [...normalized.findings]
  let value = normalized.value
  if (value === '') return { value, findings: [...findings, error('callbackSign.empty', '请填写 sign：钉钉回调请求头里的 sign，44 个字符的 Base64。')] }
  // Twice at most: a sign encoded twice (%252B) is a known slip of HTTP libraries.
  for (let round = 0; round < 2 && /%[0-9a-f]{2}/i.test(value); round++) {
    try {
      value = decodeURIComponent(value)
      findings.push(
        round === 0
          ? warning('callbackSign.urlEncoded', '这个 sign 做过 URL 编码（%2B、%2F、%3D），已先还原再比较。请求头里的 sign 本身不编码。')
          : warning('callbackSign.encodedTwice', '这个 sign 被 URL 编码了两次（%252B 之类），已还原两次再比较。'),
      )
    } catch {
      break // not URL-encoded after all: compared as given
    }
  }
  if (/[\r\n\t]/.test(value)) {
    value = value.replace(/[\r\n\t]/g, '')
    findings.push(warning('callbackSign.lineBreak', '已删除 sign 中间的换行。'))
  }
  const spaceWarning = warning('callbackSign.space', 'sign 中的空格已换回“+”：表单解码会把“+”变成空格，钉钉的 sign 里没有空格。')
  if (value.includes(' ')) {
    value = value.replace(/ /g, '+')
    findings.push(spaceWarning)
  }
  // A sign that began with "+" lost it twice: form decoding made it a space, trimming then dropped the space.
  // Where the sign is that many characters short and the value as given began with spaces, they were "+".
  const lead = /^ +/.exec(raw.replace(/^[\r\n\t]+/, ''))?.[0].length ?? 0
  for (let k = 1; k <= Math.min(lead, 43) && !BASE64_SHA256.test(value); k++) {
    if (!BASE64_SHA256.test('+'.repeat(k) + value)) continue
    value = '+'.repeat(k) + value
    if (!findings.includes(spaceWarning)) findings.push(spaceWarning)
    // Those spaces were the sign's own: when nothing else was trimmed, “trimmed” would not be true.
    const trimmed = findings.findIndex((f) => f.code === 'normalize.trim')
    if (trimmed >= 0 && raw === ' '.repeat(k) + raw.trim()) findings.splice(trimmed, 1)
  }
  if (!BASE64_SHA256.test(value)) {
    const length = charCount(value)
    const what = /[^A-Za-z0-9+/=]/.test(value)
      ? `这里有其他字符${length === 44 ? '' : `，共 ${length} 个字符`}`
      : length !== 44
        ? `这里是 ${length} 个字符`
        : '这里的结尾不是一个 ='
    findings.push(error('callbackSign.shape', `钉钉的 sign 是 44 个字符的 Base64（字母、数字、+、/，以 = 结尾），${what}。请复制请求头 sign 的完整值。`))
  }
  return { value, findings }
}

/** The key: any non-empty text can be one (AppSecret or 加签 secret); only what is certainly no key is an error. */
export function checkCallbackKey(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...findings, ...more] })
  if (value === '') return done(error('callbackKey.empty', `请填写密钥。${KEY_HELP}`))
  if (/^https?:\/\//i.test(value) || value.includes('access_token=')) {
    return done(error('callbackKey.isWebhook', `这是一个地址，不是密钥。${KEY_HELP}`))
  }
  if (/\s/.test(value)) return done(warning('callbackKey.space', '密钥中间有空格或换行，AppSecret 和加签密钥里都没有：请确认复制得完整无误。'))
  // A 加签 secret: the robot checks' warnings on its shape (hex, length) still help.
  if (value.startsWith('SEC')) return done(...validateRobotSecret(value).findings.filter((f) => f.level === 'warning' && !f.code.startsWith('normalize.')))
  return done()
}

/** Compares in time that depends only on `expected`'s length (no early exit on the first difference). */
export function constantTimeEqual(given: string, expected: string): boolean {
  let diff = given.length ^ expected.length
  for (let i = 0; i < expected.length; i++) diff |= (given.charCodeAt(i) | 0) ^ expected.charCodeAt(i)
  return diff === 0
}

/** "2019-12-25 16:23:56" in Beijing time (UTC+8, no daylight saving), whatever the device's zone. */
export function beijingTime(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000)
  if (Number.isNaN(d.getTime())) return ''
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`
}

/** "5 分钟", "3 小时", "2170 天": coarse, for a sentence. */
export function describeAge(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000)
  if (minutes < 120) return `${minutes} 分钟`
  const hours = Math.round(minutes / 60)
  return hours < 48 ? `${hours} 小时` : `${Math.round(hours / 24)} 天`
}

function judge(sign: string, key: string, timestamp: string, now: number, same: (a: string, b: string) => boolean): CallbackVerdict {
  const expected = signBase64(key, timestamp)
  const signMatches = same(sign, expected)
  const ageMs = now - Number(timestamp)
  const reason: CallbackReason = !signMatches ? 'mismatch' : ageMs > SIGNATURE_WINDOW_MS ? 'expired' : -ageMs > SIGNATURE_WINDOW_MS ? 'future' : 'ok'
  const base = { reason, valid: reason === 'ok', signMatches, ageMs, time: beijingTime(Number(timestamp)), expected }
  if (reason === 'ok') return { ...base, headline: '签名有效：密钥和算法一致，timestamp 与现在相差不超过 1 小时。', advice: [] }
  if (reason === 'mismatch') {
    return {
      ...base,
      headline: '签名无效：用这个密钥算出的 sign 和收到的不一致。',
      advice: [
        `密钥要对：${KEY_HELP}不要用别的应用的。`,
        'timestamp 和 sign 要取自同一个请求。',
        'sign 不能被改动（URL 编码、“+”变成空格的情况已自动处理）。',
      ],
    }
  }
  if (reason === 'expired') {
    return {
      ...base,
      headline: `签名已过期：密钥和算法都对，但 timestamp 比现在早 ${describeAge(ageMs)}，钉钉规定相差 1 小时以上即为非法请求。`,
      advice: ['若这是刚收到的请求，请检查本机（或服务器）的系统时间。'],
    }
  }
  return {
    ...base,
    headline: `时间戳在未来：密钥和算法都对，但 timestamp 比现在晚 ${describeAge(ageMs)}，超过 1 小时，按非法请求处理。`,
    advice: ['请检查本机（或服务器）的系统时间。'],
  }
}

/**
 * The three fields checked, and the verdict once they allow one. A sign of the wrong shape still
 * gets a verdict (mismatch): it is certainly not what DingTalk sent. `now` is the caller's clock
 * (0 or NaN: no verdict yet); `same` compares the signs (the command line passes Node's
 * timingSafeEqual if it likes; the default is constant-time too).
 */
export function verifyCallback(
  input: { timestamp: string; sign: string; key: string },
  now: number,
  same: (given: string, expected: string) => boolean = constantTimeEqual,
): CallbackCheck {
  const timestamp = checkCallbackTimestamp(input.timestamp)
  const sign = checkCallbackSign(input.sign)
  const key = checkCallbackKey(input.key)
  const usable = (r: ValidationResult) => worstLevel(r.findings) !== 'error'
  const ready = usable(timestamp) && usable(key) && sign.value !== '' && Number.isFinite(now) && now > 0
  return { timestamp, sign, key, verdict: ready ? judge(sign.value, key.value, timestamp.value, now, same) : null }
}

/** DingTalk's own example request header (receive-message: timestamp 1577262236757, its Java sample's key);
 * DingTalk prints no sign for it: the sign was computed, and matches a public third-party test. Expired, of course. */
export const CALLBACK_DOCS_EXAMPLE = {
  timestamp: '1577262236757',
  key: 'this is a secret',
  sign: 'DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=',
} as const
