/**
 * `verify`: checks a signature DingTalk sent with a callback (the enterprise robot's message
 * callback): the `timestamp` and `sign` headers. The checks and the verdict are the 回调验签
 * widget's (playground/logic/robot/callback/verify-callback.ts); here they are printed, and the signs are
 * compared with Node's timingSafeEqual.
 */
import { timingSafeEqual } from 'node:crypto'
import { verifyCallback } from '../../../../playground/logic/robot/callback/verify-callback'
import { requireOption } from '../../core/args'
import { EXIT, type ExitCode } from '../../core/exit-codes'
import type { CliIo } from '../../core/io'
import { printFindings } from '../../core/print-findings'
import { type Found, readCredentials } from '../../core/secrets'
import { VERIFY_OPTIONS, type VerifyValues } from './verify.options'

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

  const check = verifyCallback({ timestamp: rawTimestamp, sign: rawSign, key: found.value }, io.now(), sameText)
  io.protect(check.key.value)
  printFindings(io, check.key.findings, '密钥 ')
  printFindings(io, check.timestamp.findings, 'timestamp ')
  printFindings(io, check.sign.findings, 'sign ')
  const verdict = check.verdict
  if (!verdict) {
    // A script reading --json gets a line for every run, also when a value could not be read at all.
    if (opts.json) io.out(JSON.stringify({ valid: false, reason: 'malformed' }))
    return EXIT.failed
  }

  if (opts.json) io.out(JSON.stringify({ valid: verdict.valid, reason: verdict.reason }))
  if (verdict.valid) {
    if (!opts.json) io.out(verdict.headline)
    return EXIT.ok
  }
  io.err(verdict.headline)
  for (const line of verdict.advice) io.err(`  ${line}`)
  return EXIT.failed
}
