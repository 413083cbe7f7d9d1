/**
 * DingTalk's error-code table for the terminal: the same committed shards the site loads. A template
 * import (not a file read) so that esbuild puts every shard into the single file dist/dingtalk.mjs,
 * which runs with no checkout beside it; under tsx it loads the JSON from the checkout.
 */
import type { OfficialTable } from '../../../playground/logic/errors/catalog'
import { messageFinder, type ShardedMessages } from '../../../playground/logic/errors/official-messages'
import type { OfficialShard, ShardLoader } from '../../../playground/logic/errors/official-table'

export const loadShardFromDisk: ShardLoader = async (shard) => {
  const name = String(shard).padStart(2, '0')
  const mod = (await import(`../../../playground/logic/errors/official/dingtalk-errcodes-${name}.json`)) as { default: OfficialShard }
  return mod.default
}

let finder: ((text: string) => Promise<string | null>) | undefined

export const officialTableFromDisk: OfficialTable = {
  shard: loadShardFromDisk,
  // Read only when a paste has no code (bundled into the single file all the same).
  messages: async () => {
    if (!finder) {
      const index = await import('../../../playground/logic/errors/official/dingtalk-errmsgs.json')
      finder = messageFinder((index as { default: ShardedMessages }).default, loadShardFromDisk)
    }
    return finder
  },
}
