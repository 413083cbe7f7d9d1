/**
 * DingTalk's whole error-code table (official/*.json, from
 * https://open.dingtalk.com/document/development/server-api-error-codes-1), row by row: an answer with the
 * row's code and message, and the message alone where it is distinctive, gets a matched diagnosis with the
 * row's code and a title that names the cause, not only the code. The variants of a message (case, spaces,
 * full-width punctuation, a trailing 。 or ;, DingTalk's 错误描述 / 解决方案 wrapper, a message cut short)
 * are invented around DingTalk's words. The archived Bluetooth page is left out (its codes are marked, not
 * answered, see generalize.test.ts).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnose, ERROR_CATALOG, type Diagnosis } from './catalog'
import { buildMessageIndex, keyOf, normaliseMessage } from './official-messages'
import { officialTable } from './official-shards'
import { OFFICIAL_SHARDS, shardFile, type OfficialShard } from './official-table'

const dir = new URL('./official/', import.meta.url)
const shards = Array.from({ length: OFFICIAL_SHARDS }, (_, i) => JSON.parse(readFileSync(new URL(shardFile(i), dir), 'utf8')) as OfficialShard)
const index = buildMessageIndex(shards)

interface Row {
  code: string
  message: string
}
const ROWS: Row[] = shards.flatMap((s) =>
  Object.entries(s.r).flatMap(([code, rows]) => rows.filter(([, , url]) => !s.u[url]!.includes('bluetooth')).map(([message]) => ({ code, message }))),
)
const numeric = (code: string) => /^-?[0-9]{1,9}$/.test(code)
const answer = (r: Row, message = r.message) =>
  numeric(r.code) ? JSON.stringify({ errcode: Number(r.code), errmsg: message }) : JSON.stringify({ code: r.code, message })

/** A title names the cause: with the code and its frame taken out, words are left (not only `40001`). */
function namesCause(d: Diagnosis, code: string): boolean {
  const words = d.title.replace(`（钉钉错误码 ${code}）`, '').replaceAll(code, '').replace(/[\s\p{P}]/gu, '')
  return /[\u4e00-\u9fff]{2}|[A-Za-z]{4}/.test(words)
}

function check(d: Diagnosis, code: string): string | null {
  if (!d.matched) return `not matched (${d.id})`
  if (String(d.errcode).toLowerCase() !== code.toLowerCase()) return `errcode ${String(d.errcode)} (${d.id})`
  if (!namesCause(d, code)) return `title “${d.title}”`
  return null
}

/** A message the index holds for this row's code alone: distinctive by the index's rule (unique, long enough). */
const distinctive = (r: Row) => !r.message.includes('%s') && index[keyOf(r.message)] === r.code && !leadingCode(r)
/**
 * A message that opens with another number (`200001，设备类型不存在` under deviceTypeNotExist) is read as
 * that code and its message, as a pasted `40014: 不合法的access_token` is; where that number is a code of
 * its own (200001 is one in DingTalk's table) the reading is right to take it. Left out of “alone”.
 */
const leadingCode = (r: Row) => /^[0-9]{3,9}[,，]/.test(r.message)

/**
 * The same words as a catalog entry's whole rule (关键词不匹配 is both the robot's 310000 and the new API's
 * keywords.not.match): the catalog reads them for the side this site serves; that is no miss.
 */
const entrysOwnWords = (d: Diagnosis, message: string): boolean => {
  const entry = ERROR_CATALOG.find((e) => e.id === d.id)
  const words = entry?.text?.exec(message)?.[0]
  return words !== undefined && normaliseMessage(words) === normaliseMessage(message)
}

async function misses(rows: Row[], text: (r: Row) => string): Promise<string[]> {
  const out: string[] = []
  for (const r of rows) {
    const d = await diagnose(text(r), officialTable)
    const problem = check(d, r.code)
    if (problem && !entrysOwnWords(d, r.message)) out.push(`${r.code} «${r.message}»: ${problem}`)
  }
  return out
}

describe('DingTalk’s whole table, row by row', () => {
  it('holds the rows it is checked on', () => {
    expect(ROWS.length).toBeGreaterThan(2000)
    expect(ROWS.filter(distinctive).length).toBeGreaterThan(800)
  })

  it('code and message: matched, the row’s code, a title that names the cause', async () => {
    expect(await misses(ROWS, (r) => answer(r))).toEqual([])
  }, 60_000)

  it('the code alone (a number as errcode, a gateway code as code): the same', async () => {
    const codes = [...new Map(ROWS.map((r) => [r.code, r])).values()]
    expect(await misses(codes, (r) => (numeric(r.code) ? `{"errcode":${r.code}}` : `{"code":"${r.code}"}`))).toEqual([])
  }, 60_000)

  it('the message alone, where it is distinctive: the same', async () => {
    expect(await misses(ROWS.filter(distinctive), (r) => r.message)).toEqual([])
  }, 60_000)

  const variants: [string, (m: string) => string][] = [
    ['upper case', (m) => m.toUpperCase()],
    ['spaces', (m) => [...m].join(' ')],
    ['full-width punctuation', (m) => m.replace(/,/g, '，').replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）')],
    ['a trailing 。 or ;', (m) => `${m}。;`],
    ['DingTalk’s wrapper', (m) => `错误描述:${m};解决方案:请稍后重试;`],
    ['cut short', (m) => [...m].slice(0, -3).join('')],
  ]
  // Each variant on the rows whose distinctive start it keeps (a message cut short within its first 16 letters says less).
  it.each(variants)('the message alone, %s', async (_name, vary) => {
    const rows = ROWS.filter(distinctive).filter((r) => normaliseMessage(vary(r.message)).includes(keyOf(r.message)))
    expect(rows.length).toBeGreaterThan(300)
    expect(await misses(rows, (r) => vary(r.message))).toEqual([])
  }, 60_000)
})
