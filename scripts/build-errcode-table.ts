/**
 * npm run build:errcodes — rebuild playground/logic/errors/official/ from DingTalk's docs snapshot in
 * ../shared (read-only, not on GitHub Pages; the result is committed).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildMessageIndex, MESSAGE_INDEX_FILE, toShardedMessages } from '../playground/logic/errors/official-messages'
import { sharedPrefixes } from '../playground/logic/errors/official-messages-shared'
import { shardFile } from '../playground/logic/errors/official-table'
import { buildOfficialTable, ERRCODE_JSONL, ERRCODE_PAGE, shardJson } from './errcode-table'

const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
const out = fileURLToPath(new URL('../playground/logic/errors/official/', import.meta.url))
const shards = buildOfficialTable(readFileSync(shared + ERRCODE_JSONL, 'utf8'), readFileSync(shared + ERRCODE_PAGE, 'utf8'))
shards.forEach((shard, i) => writeFileSync(out + shardFile(i), shardJson(shard)))
const index = buildMessageIndex(shards)
writeFileSync(out + MESSAGE_INDEX_FILE, `${JSON.stringify(toShardedMessages(index, sharedPrefixes(shards, index)))}\n`)
const codes = shards.reduce((n, s) => n + Object.keys(s.r).length, 0)
console.log(`${codes} codes in ${shards.length} shards → playground/logic/errors/official/`)
