import { SIGNATURE_WINDOW_MS, signatureLifetimeMs } from './window'

/**
 * What a measured clock offset means for a robot signature. DingTalk refuses a signature whose
 * timestamp is more than one hour from its own time
 * (https://open.dingtalk.com/document/dingstart/customize-robot-security-settings: "与请求调用时间误差不能
 * 超过1小时"; the exact boundary is unconfirmed). The widget signs with the device clock, so:
 * - |offset| near or above one hour: DingTalk will (or may) refuse → error;
 * - a few minutes or more: still accepted, but the signature is good for correspondingly less → warning;
 * - below that: harmless → ok.
 */
export type SkewLevel = 'ok' | 'warning' | 'error'

export interface SkewAssessment {
  level: SkewLevel
  /** Chinese, one or two sentences, including the measured offset. */
  message: string
  /** "设备时钟比服务器慢 3 分 5 秒" style wording of the offset. */
  offsetText: string
}

/** From this skew on, the user is told the usable window shrinks noticeably. */
export const NOTICEABLE_SKEW_MS = 5 * 60_000
/** Within this margin of one hour, the result is too close to call → already an error. */
const BOUNDARY_MARGIN_MS = 60_000

/** "1 小时 2 分 3 秒", "5 分 0 秒", "12 秒", "0.4 秒". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms)
  if (abs < 1000) return `${(abs / 1000).toFixed(1)} 秒`
  const totalSeconds = Math.round(abs / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  if (hours > 0) return `${hours} 小时 ${minutes} 分 ${seconds} 秒`
  if (minutes > 0) return `${minutes} 分 ${seconds} 秒`
  return `${seconds} 秒`
}

export function describeOffset(offsetMs: number): string {
  if (Math.abs(offsetMs) < 1000) return '设备时钟与服务器时间基本一致（相差不到 1 秒）'
  const direction = offsetMs > 0 ? '慢' : '快'
  return `设备时钟比服务器${direction} ${formatDuration(offsetMs)}`
}

export function assessSkew(offsetMs: number, uncertaintyMs = 0): SkewAssessment {
  const offsetText = describeOffset(offsetMs)
  const abs = Math.abs(offsetMs)
  // A clause, not a second parenthetical after “基本一致（相差不到 1 秒）”.
  const precision = uncertaintyMs > 0 ? `，测量误差约 ±${formatDuration(uncertaintyMs)}` : ''
  if (abs + BOUNDARY_MARGIN_MS >= SIGNATURE_WINDOW_MS) {
    return {
      level: 'error',
      offsetText,
      message:
        `${offsetText}${precision}。钉钉只接受与其服务器时间相差不超过 1 小时的时间戳，本机生成的签名会被拒绝` +
        `（invalid timestamp / 签名过期）。请先校准设备时间（开启“自动设置时间”），再生成签名。`,
    }
  }
  if (abs >= NOTICEABLE_SKEW_MS) {
    const lifetime = formatDuration(signatureLifetimeMs(offsetMs))
    const how = offsetMs > 0 ? `只有约 ${lifetime}，不是 1 小时` : `约为 ${lifetime}（本机时钟快，时间戳比钉钉的时间晚）`
    return {
      level: 'warning',
      offsetText,
      message:
        `${offsetText}${precision}。签名仍会被接受（钉钉允许 1 小时误差），` +
        `但按钉钉的时间算，本机刚生成的签名的可用时间${how}。建议校准设备时间。`,
    }
  }
  return {
    level: 'ok',
    offsetText,
    message: `${offsetText}${precision}。这点误差不影响签名（钉钉允许 1 小时误差）。`,
  }
}
