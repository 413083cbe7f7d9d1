/**
 * The `--timestamp MS` option of `sign`. The format rules are the site's
 * (validateRobotTimestamp); only the one-hour window is softened to a warning here, because
 * signing a fixed old timestamp is how one checks the algorithm against published vectors.
 */
import { type Finding, warning } from '../../../../playground/logic/core/findings'
import { SIGNATURE_WINDOW_MS } from '../../../../playground/logic/robot/clock/window'
import { validateRobotTimestamp } from '../../../../playground/logic/robot/sign/timestamp'
import { hasError } from '../../core/print-findings'

export function parseTimestampOption(raw: string, now: number): { value: number | null; findings: Finding[] } {
  // NaN as "now": format checks only; the window is judged below.
  const checked = validateRobotTimestamp(raw, Number.NaN)
  if (hasError(checked.findings)) return { value: null, findings: checked.findings }
  const value = Number(checked.value)
  const findings = [...checked.findings]
  if (Math.abs(value - now) > SIGNATURE_WINDOW_MS)
    findings.push(
      warning(
        'cli.timestamp.outsideWindow',
        '这个时间戳与现在相差超过 1 小时：用它签名的地址会被钉钉拒绝（310000，签名过期）。仅适合核对算法。',
      ),
    )
  return { value, findings }
}
