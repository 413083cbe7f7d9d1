import { computed, type ComputedRef, type Ref } from 'vue'
import type { Finding } from '../../logic/core/findings'
import { validateRobotSecret } from '../../logic/robot/security/secret'
import { signingTargetOf, type SigningTarget } from '../../logic/robot/sign/signed-url'
import { parseWebhook, type ParsedWebhook, validateRobotWebhookOf } from '../../logic/robot/webhook/webhook'

export interface CheckedRobot {
  /** The webhook parsed: a bare access_token made into a URL, or null with the reason in its findings. */
  parsed: ComputedRef<ParsedWebhook>
  /** What each field shows under it; nothing while it is empty (an untouched form is not shouted at). */
  webhookFindings: ComputedRef<Finding[]>
  secretFindings: ComputedRef<Finding[]>
  /** Ready to sign when neither value is wrong; null otherwise. */
  signing: ComputedRef<SigningTarget | null>
}

/**
 * The robot's Webhook and secret checked once per change, for the fields' messages and the signing
 * alike (机器人签名, 发送设置): one parse, so what the fields say and what gets signed never differ.
 */
export function useCheckedRobot(webhook: Ref<string>, secret: Ref<string>): CheckedRobot {
  const parsed = computed(() => parseWebhook(webhook.value))
  const checkedSecret = computed(() => validateRobotSecret(secret.value))
  return {
    parsed,
    webhookFindings: computed(() => (webhook.value === '' ? [] : validateRobotWebhookOf(parsed.value, webhook.value).findings)),
    secretFindings: computed(() => (secret.value === '' ? [] : checkedSecret.value.findings)),
    signing: computed(() => signingTargetOf(parsed.value, checkedSecret.value).target),
  }
}
