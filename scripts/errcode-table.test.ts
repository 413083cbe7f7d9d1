/**
 * DingTalk's error-code table as the floor: the committed shards are exactly what the script builds
 * from DingTalk's docs (when the docs snapshot is beside the checkout), and every code in them gets
 * at least DingTalk's explanation and a link, from the pasted answer alone.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { diagnose } from '../playground/logic/errors/catalog'
import { OFFICIAL_SHARDS, shardFile, shardOf, type OfficialShard } from '../playground/logic/errors/official-table'
import { officialTable } from '../playground/logic/errors/official-shards'
import { buildOfficialTable, ERRCODE_JSONL, ERRCODE_PAGE, numericRowsFromPage, plainCell, rowsFromJsonl, shardJson } from './errcode-table'

const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
const committedDir = fileURLToPath(new URL('../playground/logic/errors/official/', import.meta.url))
const committed = (i: number) => readFileSync(committedDir + shardFile(i), 'utf8')
const haveDocs = existsSync(shared + ERRCODE_JSONL) && existsSync(shared + ERRCODE_PAGE)

describe('the committed table', () => {
  it.skipIf(!haveDocs)('is what the script builds from DingTalk’s docs (npm run build:errcodes)', () => {
    const built = buildOfficialTable(readFileSync(shared + ERRCODE_JSONL, 'utf8'), readFileSync(shared + ERRCODE_PAGE, 'utf8'))
    expect(built).toHaveLength(OFFICIAL_SHARDS)
    built.forEach((shard, i) => expect(shardJson(shard), shardFile(i)).toBe(committed(i)))
  })

  it('puts each code in the shard its hash names', () => {
    for (let i = 0; i < OFFICIAL_SHARDS; i++) {
      const shard = JSON.parse(committed(i)) as OfficialShard
      for (const code of Object.keys(shard.r)) expect(shardOf(code), code).toBe(i)
    }
  })

  it('answers every code with at least DingTalk’s explanation and a link', async () => {
    let codes = 0
    for (let i = 0; i < OFFICIAL_SHARDS; i++) {
      const shard = JSON.parse(committed(i)) as OfficialShard
      for (const code of Object.keys(shard.r)) {
        codes++
        const body = /^-?\d+$/.test(code) ? `{"errcode":${code},"errmsg":"x"}` : JSON.stringify({ code, message: 'x', requestid: 'R' })
        const d = await diagnose(body, officialTable)
        // A code only the archived Bluetooth page lists is explained and linked but not passed off as the answer.
        expect(d.matched || (d.unconfirmed && /bluetooth/.test(d.docUrl ?? '')), code).toBe(true)
        expect(d.officialDescription, code).toBeTruthy()
        expect(d.docUrl, code).toMatch(/^https:\/\/open\.dingtalk\.com\/document\//)
      }
    }
    expect(codes).toBeGreaterThan(1900)
  })
})

describe('reading DingTalk’s tables', () => {
  it('turns markdown cells into plain text', () => {
    expect(plainCell('请参考[添加接口调用权限](0003-add-api-permission.md)，**注意** access\\_token')).toBe('请参考添加接口调用权限，注意 access_token')
  })
  it('repairs the numeric rows that came out one column off, keeps the gateway rows', () => {
    const rows = rowsFromJsonl(
      [
        '{"http_code": "33012", "error_code": "无效的USERID", "message": "无效的USERID。请检查userid是否正确。", "explanation": "", "source_url": "https://open.dingtalk.com/document/development/server-api-error-codes-1"}',
        '{"http_code": "400", "error_code": "invalidParameter", "message": "参数错误", "explanation": "参数不合法", "source_url": "https://open.dingtalk.com/document/development/server-api-error-codes-1"}',
      ].join('\n'),
    )
    expect(rows.map((r) => [r.code, r.message])).toEqual([
      ['33012', '无效的USERID'],
      ['invalidParameter', '参数错误'],
    ])
  })
  it('reads the numeric rows of the page, not the gateway rows', () => {
    const page = '| 400 | invalidParameter | 参数错误 | 参数不合法 |\n| -1 | 系统繁忙 | 系统繁忙。稍后重试。 |  |\n| 0 | 请求成功 | 请求成功。 |  |'
    expect(numericRowsFromPage(page)).toEqual([{ code: '-1', message: '系统繁忙', explanation: '系统繁忙。稍后重试。', url: 'https://open.dingtalk.com/document/development/server-api-error-codes-1' }])
  })
})
