import { computed, type ComputedRef } from 'vue'
import { signatureValidity, type SignatureValidity } from '../../logic/clock/signature-validity'
import { measuredClock } from './clock-state'

/**
 * A signature's validity as every part of the page shows it (the countdown, the signed address, the
 * curl command): one computation with the page's clock check, so an expired or refused signature
 * is never shown as usable in one place and expired in another.
 */
export function useValidity(signedAt: () => number, now: () => number): ComputedRef<SignatureValidity> {
  return computed(() => signatureValidity(signedAt(), now(), measuredClock.value))
}

/** What a copy of a signed address would be worth when the signature is not valid (else ''). */
export const unusableNote = (v: SignatureValidity): string =>
  v.state === 'valid' ? '' : v.state === 'expired' ? '签名已过期，这个地址钉钉会拒绝，不能再复制使用：请点“新签名”。' : '钉钉会拒绝这个签名（设备时钟偏差过大），这个地址不能使用：请先校准设备时间，再点“新签名”。'
