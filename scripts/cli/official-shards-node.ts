/**
 * DingTalk's error-code table for the terminal: the same committed shards the site loads. A template
 * import (not a file read) so that esbuild puts every shard into the single file dist/dingtalk.mjs,
 * which runs with no checkout beside it; under tsx it loads the JSON from the checkout.
 */
import type { OfficialTable } from '../../playground/logic/errors/catalog'
import type { MessageIndex } from '../../playground/logic/errors/official-messages'
import type { OfficialShard, ShardLoader } from '../../playground/logic/errors/official-table'

export const loadShardFromDisk: ShardLoader = async (shard) => {
  const name = String(shard).padStart(2, '0')
  const mod = (await import(`../../playground/logic/errors/official/dingtalk-errcodes-${name}.json`)) as { default: OfficialShard }
  return mod.default
}

export const officialTableFromDisk: OfficialTable = {
  shard: loadShardFromDisk,
  messages: async () => ((await import('../../playground/logic/errors/official/dingtalk-errmsgs.json')) as { default: MessageIndex }).default,
}
