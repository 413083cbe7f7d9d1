/**
 * The `--timestamp MS` option of `sign`. Only what the command line adds: the text must be a
 * number of milliseconds, and a timestamp outside DingTalk's one-hour window is pointed out.
 */
import { error, type Finding, warning } from '../../playground/core/findings'
import { SIGNATURE_LIFETIME_MS } from '../../playground/robot/signed-url'

export function parseTimestampOption(raw: string, now: number): { value: number | null; findings: Finding[] } {
  const text = raw.trim()
  if (!/^\d{1,16}$/.test(text))
    return {
      value: null,
      findings: [error('cli.timestamp.notNumber', '--timestamp 要写毫秒时间戳（13 位数字），例如 1700000000000。')],
    }
  const value = Number(text)
  if (value < 1e11)
    return {
      value: null,
      findings: [error('cli.timestamp.seconds', '--timestamp 要用毫秒（13 位数字），这里像是秒（10 位）。请乘以 1000。')],
    }
  const findings: Finding[] = []
  if (Math.abs(value - now) > SIGNATURE_LIFETIME_MS)
    findings.push(
      warning(
        'cli.timestamp.outsideWindow',
        '这个时间戳与现在相差超过 1 小时：用它签名的地址会被钉钉拒绝（310000，签名过期）。仅适合核对算法。',
      ),
    )
  return { value, findings }
}
