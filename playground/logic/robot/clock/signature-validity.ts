import { assessSkew, describeOffset, formatDuration } from './assess-skew'
import { SIGNATURE_WINDOW_MS, signatureLifetimeMs } from './window'

/**
 * How long DingTalk will accept a signature made at `signedAt` (device clock), given what is
 * known about this device's clock. DingTalk accepts a timestamp within one hour of ITS time
 * (https://open.dingtalk.com/document/dingstart/customize-robot-security-settings), so with a
 * measured offset o (server minus device) it accepts while |signedAt − (now + o)| ≤ 1 h, i.e.
 * until signedAt − o + 1 h on the device clock. The offset is used only when the clock check
 * calls it noticeable (assessSkew 'warning'); when it calls it fatal ('error') the signature is
 * refused from the start, so the status and the clock check never disagree. One function for the
 * robot signer and the message editor's 发送设置.
 */
export interface MeasuredOffset {
  offsetMs: number
  uncertaintyMs: number
}

export type ValidityState = 'valid' | 'expired' | 'refused'

export interface SignatureValidity {
  state: ValidityState
  /** ms left (device clock) until DingTalk stops accepting; 0 unless valid. */
  remainingMs: number
  /** Device time at which DingTalk stops accepting. */
  expiresAt: number
  /** remainingMs over one hour, 0–1, for the progress bar. */
  share: number
  /** Whether a measured clock offset changed the result. */
  adjusted: boolean
  /** Chinese: the state in one sentence (without the countdown). */
  headline: string
  /** Chinese: when it was made and when it expires, and by whose clock. */
  detail: string
}

const clockTime = (ms: number) => new Date(ms).toLocaleTimeString('zh-CN', { hour12: false })

export function signatureValidity(signedAt: number, now: number, clock: MeasuredOffset | null = null): SignatureValidity {
  const at = Number.isFinite(now) && now > 0 ? now : signedAt
  const skew = clock ? assessSkew(clock.offsetMs, clock.uncertaintyMs) : null
  if (clock && skew?.level === 'error') {
    return {
      state: 'refused',
      remainingMs: 0,
      expiresAt: signedAt,
      share: 0,
      adjusted: true,
      headline: `钉钉会拒绝这个签名：${describeOffset(clock.offsetMs)}，超出钉钉允许的 1 小时误差。请先校准设备时间，再点“新签名”。`,
      detail: `生成于 ${clockTime(signedAt)}（按本机时钟，这个时间本身就是错的）。`,
    }
  }
  const adjusted = skew?.level === 'warning'
  const offset = adjusted && clock ? clock.offsetMs : 0
  const expiresAt = signedAt + signatureLifetimeMs(offset)
  const remainingMs = Math.max(0, expiresAt - at)
  const whose = adjusted && clock ? `按钉钉的时间，已计入本机时钟的偏差：${describeOffset(clock.offsetMs)}` : '按本机时钟'
  if (remainingMs <= 0) {
    return {
      state: 'expired',
      remainingMs: 0,
      expiresAt,
      share: 0,
      adjusted,
      headline: '签名已过期（超过 1 小时），钉钉会拒绝。请点“新签名”。',
      detail: `生成于 ${clockTime(signedAt)}，已于 ${clockTime(expiresAt)} 过期（${whose}）。`,
    }
  }
  return {
    state: 'valid',
    remainingMs,
    expiresAt,
    share: Math.min(1, remainingMs / SIGNATURE_WINDOW_MS),
    adjusted,
    headline: '签名有效',
    detail: `生成于 ${clockTime(signedAt)}，将于 ${clockTime(expiresAt)} 过期（${whose}）。`,
  }
}

export { formatDuration }
