/**
 * Loads DingTalk's error-code table in the browser: each shard and the message index are their own
 * chunk (a dynamic import), fetched from the site itself only when a diagnosis needs them.
 */
import type { OfficialTable } from './catalog'
import type { ShardedMessages } from './official-messages'
import { shardFile, type OfficialShard, type ShardLoader } from './official-table'

const SHARDS = import.meta.glob<OfficialShard>('./official/dingtalk-errcodes-*.json', { import: 'default' })

export const loadShard: ShardLoader = async (shard) => {
  const load = SHARDS[`./official/${shardFile(shard)}`]
  if (!load) throw new Error(`no shard ${shard} of the error-code table`)
  return load()
}

let finder: ReturnType<OfficialTable['messages']> | undefined

// The matcher's code and the message index are their own chunks, loaded on the first paste without a code.
export const officialTable: OfficialTable = {
  shard: loadShard,
  messages: () =>
    (finder ??= Promise.all([import('./official-messages'), import('./official/dingtalk-errmsgs.json')]).then(([m, index]) =>
      m.messageFinder(index.default as ShardedMessages, loadShard),
    )),
}
