/**
 * Loads DingTalk's error-code table in the browser: each shard and the message index are their own
 * chunk (a dynamic import), fetched from the site itself only when a diagnosis needs them.
 */
import type { OfficialTable } from './catalog'
import { shardFile, type OfficialShard, type ShardLoader } from './official-table'

const SHARDS = import.meta.glob<OfficialShard>('./official/dingtalk-errcodes-*.json', { import: 'default' })

export const loadShard: ShardLoader = async (shard) => {
  const load = SHARDS[`./official/${shardFile(shard)}`]
  if (!load) throw new Error(`no shard ${shard} of the error-code table`)
  return load()
}

let finder: ReturnType<OfficialTable['messages']> | undefined

// The matcher's code and the index's two halves are their own chunks, loaded together on first need.
export const officialTable: OfficialTable = {
  shard: loadShard,
  messages: () =>
    (finder ??= Promise.all([import('./official-messages'), import('./official/dingtalk-errmsgs-0.json'), import('./official/dingtalk-errmsgs-1.json')]).then(
      ([m, a, b]) => m.messageFinder([a.default, b.default]),
    )),
}
