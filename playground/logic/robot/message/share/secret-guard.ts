import { fromBase64Url } from './base64url'
import { encodeShareHash, SHARE_HASH_KEY } from './share-link'
import type { MessageState } from '../editor/message-state'

/**
 * A last check before a share link is made: the user may have pasted the webhook, its token or
 * the secret into the message text itself. Then no link is offered.
 * `known` are the values currently typed into the webhook / secret fields.
 */
const SECRET_SHAPES: { pattern: RegExp; what: string }[] = [
  { pattern: /access_token=/i, what: 'Webhook 地址（含 access_token）' },
  // Also with spaces after SEC (as copied from some consoles and chats).
  { pattern: /SEC\s*[0-9a-f]{16,}/i, what: '加签密钥（SEC 开头）' },
  // A token, also cut short by a character or two; 40-hex commit hashes stay shareable.
  { pattern: /(?<![0-9a-f])[0-9a-f]{48,}(?![0-9a-f])/i, what: '像 access_token 的长十六进制串' },
  // An AppSecret: 64 of the base64url alphabet (give or take a few, as copied).
  { pattern: /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{56,72}(?![A-Za-z0-9_-])/, what: '像 AppSecret 的 64 位字符串' },
]

export function findSecretInShare(text: string, known: readonly string[] = []): string | null {
  for (const value of known) {
    const v = value.trim()
    if (v.length >= 8 && text.includes(v)) return '你输入的 Webhook / 密钥'
  }
  for (const { pattern, what } of SECRET_SHAPES) if (pattern.test(text)) return what
  return null
}

/** The problem with sharing this state (checks exactly what would go into the link), or null. */
export function shareSafetyProblem(state: MessageState, known: readonly string[] = []): string | null {
  const payload = encodeShareHash(state).slice(SHARE_HASH_KEY.length + 1)
  return findSecretInShare(fromBase64Url(payload), known)
}
