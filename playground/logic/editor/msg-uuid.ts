/**
 * The message editor's msgUuid: DingTalk's "消息幂等key" for robot messages; a request retried with the
 * same msgUuid is not delivered twice
 * (https://open.dingtalk.com/document/development/custom-robots-send-group-messages). One value per
 * message: the same while the message stays the same (running its curl twice is a retry), a new
 * one as soon as the message changes. The random source is the caller's (the browser's crypto).
 */

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
