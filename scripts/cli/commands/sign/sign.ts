/**
 * `sign`: the robot signature, or the signed webhook URL, computed by the site's own code
 * (playground/logic/robot). Prints the sign or the URL on stdout; never the secret.
 */
import { sign } from '../../../../playground/logic/robot/sign/sign'
import { signWebhook } from '../../../../playground/logic/robot/sign/signed-url'
import { EXIT, type ExitCode } from '../../core/exit-codes'
import type { CliIo } from '../../core/io'
import { hasError, printFindings } from '../../core/print-findings'
import { readCredentials } from '../../core/secrets'
import { SIGN_OPTIONS, type SignValues } from './sign.options'
import { checkSigningKey } from './signing-key'
import { parseTimestampOption } from './timestamp-option'

export async function runSign(opts: SignValues, io: CliIo): Promise<ExitCode> {
  const rawSecret = (await readCredentials(io, SIGN_OPTIONS, opts)).secret?.value as string

  const now = io.now()
  let timestamp = now
  if (opts.timestamp !== undefined) {
    const parsed = parseTimestampOption(opts.timestamp, now)
    printFindings(io, parsed.findings)
    if (parsed.value === null) return EXIT.failed
    timestamp = parsed.value
  }

  if (opts.webhook !== undefined) {
    const { result, findings } = signWebhook(opts.webhook, rawSecret, timestamp, checkSigningKey)
    printFindings(io, findings)
    if (result === null || hasError(findings)) return EXIT.failed
    if (opts.json) io.out(JSON.stringify({ timestamp: result.timestamp, sign: result.sign, url: result.url }))
    else {
      io.out(result.url)
      io.err(`签名有效期至 ${new Date(result.expiresAt).toISOString()}（1 小时）；每次发送前请重新生成。`)
    }
    return EXIT.ok
  }

  const secret = checkSigningKey(rawSecret)
  io.protect(secret.value)
  printFindings(io, secret.findings)
  if (hasError(secret.findings)) return EXIT.failed
  const ts = String(Math.floor(timestamp))
  const signature = sign(secret.value, ts)
  if (opts.json) io.out(JSON.stringify({ timestamp: ts, sign: signature }))
  else {
    io.out(signature)
    io.err(`timestamp=${ts}（sign 已做 URL 编码，和 timestamp 一起放进地址：&timestamp=${ts}&sign=${signature}）`)
  }
  return EXIT.ok
}
