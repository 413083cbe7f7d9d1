/**
 * `verify`: checks a signature DingTalk sent with a callback (the enterprise robot's message
 * callback, HTTP event callbacks): the `timestamp` and `sign` headers. Valid when the sign is
 * base64(HMAC-SHA256(key, timestamp + "\n" + key)) for this key and the timestamp is within an
 * hour of now, as https://open.dingtalk.com/document/development/receive-message asks.
 */
import { timingSafeEqual } from 'node:crypto'
import { signBase64 } from '../../playground/logic/robot/sign'
import { SIGNATURE_LIFETIME_MS } from '../../playground/logic/robot/signed-url'
import { validateRobotTimestamp } from '../../playground/logic/robot/timestamp'
import { requireOption } from './args'
import { EXIT, type ExitCode } from './exit-codes'
import type { CliIo } from './io'
import { hasError, printFindings } from './report'
import { type Found, readCredentials } from './secrets'
import { checkSigningKey } from './signing-key'
import { VERIFY_OPTIONS, type VerifyValues } from './verify.command'

type Reason = 'ok' | 'mismatch' | 'expired' | 'future'

/** The sign as DingTalk computed it: Base64, or URL-encoded Base64, or form-decoded (“+” became a space). */
function normaliseSign(raw: string): string {
  let s = raw.trim()
  if (/%[0-9a-f]{2}/i.test(s)) {
    try {
      s = decodeURIComponent(s)
    } catch {
      // not URL-encoded after all: compared as given
    }
  }
  return s.replace(/ /g, '+')
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.byteLength === y.byteLength && timingSafeEqual(x, y)
}

export async function runVerify(opts: VerifyValues, io: CliIo): Promise<ExitCode> {
  const rawTimestamp = requireOption(opts, 'timestamp', '即钉钉请求头里的 timestamp。')
  const rawSign = requireOption(opts, 'sign', '即钉钉请求头里的 sign。')
  const found = (await readCredentials(io, VERIFY_OPTIONS, opts)).secret as Found
  if (opts.secret === undefined) io.err(`（密钥取自${found.source}。）`)

  const key = checkSigningKey(found.value)
  io.protect(key.value)
  printFindings(io, key.findings.filter((f) => f.code !== 'cli.key.notRobotSecret'), '密钥 ')
  if (hasError(key.findings)) return EXIT.failed

  // The format checks of the site (digits, milliseconds); the window is judged here.
  const ts = validateRobotTimestamp(rawTimestamp, Number.NaN)
  printFindings(io, ts.findings, 'timestamp ')
  if (hasError(ts.findings)) return EXIT.failed

  const now = io.now()
  const expected = signBase64(key.value, ts.value)
  const given = normaliseSign(rawSign)
  const age = now - Number(ts.value)
  const reason: Reason = !sameText(given, expected)
    ? 'mismatch'
    : age > SIGNATURE_LIFETIME_MS
      ? 'expired'
      : -age > SIGNATURE_LIFETIME_MS
        ? 'future'
        : 'ok'

  if (opts.json) io.out(JSON.stringify({ valid: reason === 'ok', reason }))
  else if (reason === 'ok') io.out('签名有效：密钥和算法一致，时间戳在 1 小时之内。')
  if (reason === 'mismatch') {
    io.err('签名无效：用这个密钥算出的 sign 和收到的不一致。')
    io.err('  请确认：用的是这个应用的 AppSecret（机器人回调、事件回调）而不是别的应用的；')
    io.err('  timestamp 和 sign 取自同一个请求；sign 没有被改动（URL 编码或“+”变成空格的情况已自动处理）。')
  } else if (reason === 'expired')
    io.err(`签名已过期：timestamp 比现在早 ${Math.round(age / 60_000)} 分钟，钉钉规定相差 1 小时以上即为非法请求（也可能是本机时间不准）。`)
  else if (reason === 'future')
    io.err(`时间戳在未来：比现在晚 ${Math.round(-age / 60_000)} 分钟，超过 1 小时，按非法请求处理（请检查本机时间）。`)
  return reason === 'ok' ? EXIT.ok : EXIT.failed
}
