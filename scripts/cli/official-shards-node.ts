/** DingTalk's error-code table for the terminal: the same committed shards the site loads, read from disk. */
import { readFile } from 'node:fs/promises'
import { shardFile, type OfficialShard, type ShardLoader } from '../../playground/errors/official-table'

const DIR = new URL('../../playground/errors/official/', import.meta.url)

export const loadShardFromDisk: ShardLoader = async (shard) =>
  JSON.parse(await readFile(new URL(shardFile(shard), DIR), 'utf8')) as OfficialShard
