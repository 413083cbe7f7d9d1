/**
 * Loads DingTalk's error-code table in the browser: each shard and the message index are their own
 * chunk (a dynamic import), fetched from the site itself only when a diagnosis needs them.
 */
import type { OfficialTable } from './catalog'
import type { MessageIndex } from './official-messages'
import { shardFile, type OfficialShard, type ShardLoader } from './official-table'

const SHARDS = import.meta.glob<OfficialShard>('./official/dingtalk-errcodes-*.json', { import: 'default' })

export const loadShard: ShardLoader = async (shard) => {
  const load = SHARDS[`./official/${shardFile(shard)}`]
  if (!load) throw new Error(`no shard ${shard} of the error-code table`)
  return load()
}

let messages: Promise<MessageIndex> | undefined

export const officialTable: OfficialTable = {
  shard: loadShard,
  messages: () => (messages ??= import('./official/dingtalk-errmsgs.json').then((m) => m.default as MessageIndex)),
}
