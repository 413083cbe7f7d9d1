import { computed, type ComputedRef } from 'vue'
import { signatureValidity, type SignatureValidity } from '../../logic/robot/clock/signature-validity'
import { measuredClock } from './clock-state'

/**
 * A signature's validity as every part of the page shows it (the countdown, the signed address, the
 * curl command): one computation with the page's clock check, so an expired or refused signature
 * is never shown as usable in one place and expired in another.
 */
export function useValidity(signedAt: () => number, now: () => number): ComputedRef<SignatureValidity> {
  return computed(() => signatureValidity(signedAt(), now(), measuredClock.value))
}
