/**
 * Loads a shard of DingTalk's error-code table in the browser: each shard is its own chunk
 * (a dynamic import), fetched from the site itself only when a lookup needs it.
 */
import { shardFile, type OfficialShard, type ShardLoader } from './official-table'

const SHARDS = import.meta.glob<OfficialShard>('./official/dingtalk-errcodes-*.json', { import: 'default' })

export const loadShard: ShardLoader = async (shard) => {
  const load = SHARDS[`./official/${shardFile(shard)}`]
  if (!load) throw new Error(`no shard ${shard} of the error-code table`)
  return load()
}
