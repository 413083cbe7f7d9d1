/**
 * msgUuid: DingTalk's idempotency key for a robot message (消息幂等key): after a time-out or an
 * unknown error the same message may be sent again with the same msgUuid without posting it twice
 * (使用同一个msgUuid重试，避免重复发出消息:
 * https://open.dingtalk.com/document/development/custom-robots-send-group-messages).
 * The message editor keeps one per message (a new one as soon as the message changes); `send` puts one
 * on every message and part, kept across retries, and keeps one the user gave. How long DingTalk
 * remembers a msgUuid, and its longest length, are not documented (未确认). The random source is the
 * caller's (the browser's crypto, Node's randomUUID), so this file stays pure.
 */
import { utf8Bytes } from '../../core/text'

/** A UUID v4 from 16 random bytes (crypto.getRandomValues), so no `crypto.randomUUID` (secure contexts only) is needed. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Array.from(bytes.slice(0, 16), (x) => x)
  while (b.length < 16) b.push(0)
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Keeps one msgUuid per message: `current(key)` answers the same id while `key` (the body without it) is the same. */
export function msgUuidKeeper(fresh: () => string): { current: (key: string) => string } {
  let lastKey: string | null = null
  let id = ''
  return {
    current(key: string) {
      if (key !== lastKey) {
        lastKey = key
        id = fresh()
      }
      return id
    },
  }
}

/** What the editor says about it, under the JSON. */
export const MSG_UUID_NOTE =
  'msgUuid 是这条消息的幂等 key：发送超时或结果不明时，用同一个 msgUuid 重发，钉钉不会重复发出。内容一改，这里就换一个新的。'

/** Longest msgUuid we accept from the user: DingTalk names no limit; a key this long is surely a mistake. */
export const MAX_MSG_UUID_LENGTH = 128

/** The key of part `k` (1-based) of a message split into `n` parts: stable, so a re-run finds it again. */
export const partUuid = (base: string, k: number, n: number): string => (n > 1 ? `${base}.${k}` : base)

/** The key of line `lineNo` of a batch whose run was given `--msg-uuid BASE`. */
export const lineUuid = (base: string, lineNo: number): string => `${base}-${lineNo}`

/** A problem with a msgUuid the user gave (Chinese), or null. */
export function msgUuidProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'msgUuid 应是字符串。'
  if (value.trim() === '') return 'msgUuid 不能是空的。'
  if (value.length > MAX_MSG_UUID_LENGTH) return `msgUuid 太长（${value.length} 个字符，这里最多接受 ${MAX_MSG_UUID_LENGTH} 个）。`
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'msgUuid 里有控制字符（换行、制表符等）。'
  return null
}

/** JSON bytes that adding `"msgUuid":"…"` (for parts of a key based on `base`) costs at most. */
export function msgUuidAllowance(base: string | null): number {
  // Without a base, a fresh UUID: 36 characters.
  const longest = `${base ?? 'x'.repeat(36)}-999999.9999`
  return utf8Bytes(`,"msgUuid":${JSON.stringify(longest)}`)
}

/** The built JSON body with msgUuid set (DingTalk reads it at the top level, beside msgtype). */
export function withMsgUuid(json: string, msgUuid: string): string {
  const body = JSON.parse(json) as Record<string, unknown>
  return JSON.stringify({ ...body, msgUuid })
}
