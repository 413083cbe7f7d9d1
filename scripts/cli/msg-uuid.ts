/**
 * msgUuid: DingTalk's idempotency key for a robot message. Its page for this API says that after
 * a time-out or an unknown error the same message may be sent again with the same msgUuid
 * without posting it twice (消息幂等key … 使用同一个msgUuid重试，避免重复发出消息:
 * https://open.dingtalk.com/document/development/custom-robots-send-group-messages).
 * So every message `send` posts carries one, kept across its retries; one the user gave is kept.
 * How long DingTalk remembers a msgUuid, and its longest length, are not documented (未确认).
 */
import { randomUUID } from 'node:crypto'

/** Longest msgUuid we accept from the user: DingTalk names no limit; a key this long is surely a mistake. */
export const MAX_MSG_UUID_LENGTH = 128

/** A fresh key for a message that came without one. */
export const newMsgUuid = (): string => randomUUID()

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
  const longest = `${base ?? newMsgUuid()}-999999.9999`
  return Buffer.byteLength(`,"msgUuid":${JSON.stringify(longest)}`)
}

/** The built JSON body with msgUuid set (DingTalk reads it at the top level, beside msgtype). */
export function withMsgUuid(json: string, msgUuid: string): string {
  const body = JSON.parse(json) as Record<string, unknown>
  return JSON.stringify({ ...body, msgUuid })
}
