import { fromBase64Url } from './base64url'
import { encodeShareHash, SHARE_HASH_KEY } from './share-link'
import type { ShareState } from './share-state'

/**
 * A last check before a share link is made: the user may have pasted the webhook, its token or
 * the secret into the message text itself. Then no link is offered.
 * `known` are the values currently typed into the webhook / secret fields.
 */
const SECRET_SHAPES: { pattern: RegExp; what: string }[] = [
  { pattern: /access_token=/i, what: 'Webhook 地址（含 access_token）' },
  { pattern: /SEC[0-9a-f]{16,}/i, what: '加签密钥（SEC 开头）' },
  { pattern: /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/i, what: '像 access_token 的 64 位十六进制串' },
]

export function findSecretInShare(text: string, known: readonly string[] = []): string | null {
  for (const value of known) {
    const v = value.trim()
    if (v.length >= 8 && text.includes(v)) return '您输入的 Webhook / 密钥'
  }
  for (const { pattern, what } of SECRET_SHAPES) if (pattern.test(text)) return what
  return null
}

/** The problem with sharing this state (checks exactly what would go into the link), or null. */
export function shareSafetyProblem(state: ShareState, known: readonly string[] = []): string | null {
  const payload = encodeShareHash(state).slice(SHARE_HASH_KEY.length + 1)
  return findSecretInShare(fromBase64Url(payload), known)
}
