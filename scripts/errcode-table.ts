/**
 * DingTalk's error-code table, turned into the shards the site and the CLI read
 * (playground/logic/errors/official/shard-NN.json). Pure: the test rebuilds it from the same sources
 * and compares with what is committed.
 *
 * Sources (DingTalk's developer docs snapshot beside the checkout): graph/errcode.jsonl (the gateway
 * codes of api.dingtalk.com and the Bluetooth table) and the numeric rows of the 全局错误码 page
 * (https://open.dingtalk.com/document/development/server-api-error-codes-1), which the jsonl lacks.
 */
import { OFFICIAL_SHARDS, shardOf, type OfficialShard } from '../playground/logic/errors/official-table'

export const ERRCODE_JSONL = 'dingtalk-docs/graph/errcode.jsonl'
export const ERRCODE_PAGE = 'dingtalk-docs/docs/01-应用开发/02-4a8AMF6u2A-服务端API/0013-server-api-error-codes-1.md'
const PAGE_URL = 'https://open.dingtalk.com/document/development/server-api-error-codes-1'

export interface TableRow {
  code: string
  message: string
  explanation: string
  url: string
}

/** Markdown of a table cell as plain text: links become their text, emphasis and escapes go. */
export function plainCell(cell: string): string {
  return cell
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\([_*\\|])/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function rowsFromJsonl(jsonl: string): TableRow[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, string>)
    .filter((r) => r.error_code && r.error_code !== '-')
    .map((r) => {
      const url = r.source_url ?? PAGE_URL
      // The numeric table came out shifted by one column: http_code holds the code, error_code the message.
      if (/^-?\d{1,9}$/.test(r.http_code ?? '') && !/^[\x21-\x7e]+$/.test(r.error_code!.trim()) && !r.explanation)
        return { code: r.http_code!, message: plainCell(r.error_code!), explanation: plainCell(r.message ?? ''), url }
      return { code: r.error_code!.trim(), message: plainCell(r.message ?? ''), explanation: plainCell(r.explanation ?? ''), url }
    })
}

/** The page's numeric table: `| code | message | explanation | |` (the gateway rows have an HTTP status first). */
export function numericRowsFromPage(markdown: string): TableRow[] {
  const rows: TableRow[] = []
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*(-?\d{1,9})\s*\|(.*)\|\s*$/.exec(line)
    if (!m) continue
    const cells = m[2]!.split(/(?<!\\)\|/).map((c) => c.trim())
    // Numeric rows end with an empty cell; the gateway rows (`| 400 | invalidParameter | … | … |`) do not.
    if (cells.length !== 3 || cells[2] !== '' || m[1] === '0') continue
    rows.push({ code: m[1]!, message: plainCell(cells[0]!), explanation: plainCell(cells[1]!), url: PAGE_URL })
  }
  return rows
}

/** All rows in shards; rows of one code keep their order, duplicates (same message and explanation) go. */
export function buildShards(rows: TableRow[]): OfficialShard[] {
  const shards: OfficialShard[] = Array.from({ length: OFFICIAL_SHARDS }, () => ({ u: [], r: {} }))
  for (const row of rows) {
    const shard = shards[shardOf(row.code)]!
    let url = shard.u.indexOf(row.url)
    if (url === -1) url = shard.u.push(row.url) - 1
    const list = (shard.r[row.code] ??= [])
    if (!list.some(([m, e]) => m === row.message && e === row.explanation)) list.push([row.message, row.explanation, url])
  }
  return shards
}

export function buildOfficialTable(jsonl: string, page: string): OfficialShard[] {
  return buildShards([...rowsFromJsonl(jsonl), ...numericRowsFromPage(page)])
}

export const shardJson = (shard: OfficialShard): string => JSON.stringify(shard) + '\n'
