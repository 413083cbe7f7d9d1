/**
 * DingTalk's own error-code table (https://open.dingtalk.com/document/development/server-api-error-codes-1,
 * plus the Bluetooth table), as committed data: the floor under the curated catalog. Any code in it
 * gets at least DingTalk's explanation and a link. Split into shards by a hash of the code so a
 * lookup loads one small file; the shard name says nothing about what was pasted.
 * Built by scripts/build-errcode-table.ts.
 */
export interface OfficialRow {
  code: string
  message: string
  explanation: string
  url: string
}

/** One shard: page URLs, and per code DingTalk's rows [message, explanation, url index]. */
export interface OfficialShard {
  u: string[]
  r: Record<string, [string, string, number][]>
}

export type ShardLoader = (shard: number) => Promise<OfficialShard>

export const OFFICIAL_SHARDS = 16

export const shardFile = (shard: number): string => `dingtalk-errcodes-${String(shard).padStart(2, '0')}.json`

/** FNV-1a over the lower-cased code: stable, cheap, spreads the 2,000 codes evenly. */
export function shardOf(code: string): number {
  let h = 0x811c9dc5
  const s = code.trim().toLowerCase()
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h % OFFICIAL_SHARDS
}

/**
 * A code's row in its shard: exact spelling first, then any case; of several rows, the one whose message
 * the text quotes (the longest such; a message that is only the code itself says nothing: the code is in
 * the text anyway).
 */
export function findOfficial(shard: OfficialShard, code: string, text = ''): OfficialRow | null {
  const wanted = code.trim()
  let key: string | undefined = Object.prototype.hasOwnProperty.call(shard.r, wanted) ? wanted : undefined
  key ??= Object.keys(shard.r).find((k) => k.toLowerCase() === wanted.toLowerCase())
  if (key === undefined) return null
  const rows = shard.r[key]!
  let quoted: (typeof rows)[number] | undefined
  for (const row of rows) {
    const [message] = row
    if (message.length <= 3 || message.includes('%s') || message.toLowerCase() === key.toLowerCase() || !text.includes(message)) continue
    if (quoted === undefined || message.length > quoted[0].length) quoted = row
  }
  const [message, explanation, url] = quoted ?? rows[0]!
  return { code: key, message, explanation, url: shard.u[url] ?? '' }
}

export async function lookupOfficial(code: number | string, text: string, load: ShardLoader): Promise<OfficialRow | null> {
  const key = String(code)
  if (key === '' || key.length > 100) return null
  return findOfficial(await load(shardOf(key)), key, text)
}
