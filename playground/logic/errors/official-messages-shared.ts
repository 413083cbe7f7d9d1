/**
 * Built with the index, never loaded by the site (npm run build:errcodes; official-messages.test.ts checks the
 * committed file): the beginnings of messages several codes say, which a cut message may share.
 */
import { distinctive, eligible, keyOf, type MessageIndex } from './official-messages'
import type { OfficialShard } from './official-table'

/**
 * The messages several codes say (dropped from the index) that begin like an indexed one for a distinctive
 * stretch, cut one character after they part: enough for a cut message to know it could be either.
 */
export function sharedPrefixes(shards: OfficialShard[], index: MessageIndex): string[] {
  const codes = new Map<string, Set<string>>()
  for (const shard of shards) {
    for (const [code, rows] of Object.entries(shard.r)) {
      for (const [message, , url] of rows) {
        const key = keyOf(message)
        if (eligible(message, shard.u[url] ?? '') && distinctive(key)) codes.set(key, (codes.get(key) ?? new Set()).add(code))
      }
    }
  }
  const out = new Set<string>()
  for (const [key, set] of [...codes].sort()) {
    if (set.size < 2) continue
    const chars = [...key]
    let shared = 0
    for (const own of Object.keys(index)) {
      const other = [...own]
      let i = 0
      while (i < chars.length && chars[i] === other[i]) i++
      if (distinctive(chars.slice(0, i).join(''))) shared = Math.max(shared, i)
    }
    if (shared) out.add(chars.slice(0, shared + 1).join(''))
  }
  return [...out]
}
