/**
 * Issue 21, tenth pass: each catalog entry's every wording found in public evidence (DingTalk's pages, all
 * generations of one error; public threads where a tool printed DingTalk's answer), in testdata/entry-wordings.ts,
 * is read as that entry in three forms: the words alone, the words inside a log line (no code either), and a
 * JSON answer with the code they come with. Each wording is also a negative for every other entry (the id
 * must be its own), and sentences that name no error must stay unread. The log line and the JSON around the
 * words are invented; the words are never a held-out answer's.
 */
import { describe, expect, it } from 'vitest'
import { diagnose, ERROR_CATALOG } from './catalog'
import { officialTable } from './official-shards'
import { ENTRY_WORDINGS, NOT_AN_ENTRY, type Wording } from './testdata/entry-wordings'

const read = (text: string) => diagnose(text, officialTable)

/** The code a wording's JSON answer carries: its own, else its entry's first. */
function codeOf(id: string, w: Wording): number | string | null {
  if (w.code !== undefined) return w.code
  const entry = ERROR_CATALOG.find((e) => e.id === id)
  return entry?.codes[0] ?? null
}

/** A JSON answer: oapi's errcode / errmsg for a number, the new gateway's code / message for a name. */
function asJson(code: number | string | null, text: string): string {
  if (code === null) return JSON.stringify({ message: text })
  if (typeof code === 'number') return JSON.stringify({ errcode: code, errmsg: text })
  return JSON.stringify({ code, requestid: '0F3C1A2B-0000-4000-8000-00000000AB12', message: text })
}

const cases = Object.entries(ENTRY_WORDINGS).flatMap(([id, wordings]) => wordings.map((w) => ({ id, w })))

describe('every wording of an entry is read as that entry', () => {
  it('names only entries the catalog has', () => {
    for (const { id, w } of cases) {
      expect(ERROR_CATALOG.some((e) => e.id === id), id).toBe(true)
      if (w.alone && !w.alone.startsWith('official:')) expect(ERROR_CATALOG.some((e) => e.id === w.alone), w.alone).toBe(true)
      expect(w.source).toMatch(/^https:\/\/(?:open\.dingtalk\.com|github\.com)\//)
    }
  })

  it.each(cases)('$id alone: $w.text', async ({ id, w }) => {
    const d = await read(w.text)
    expect([d.matched, d.id]).toEqual([true, w.alone ?? id])
  })

  it.each(cases)('$id in a log line: $w.text', async ({ id, w }) => {
    const d = await read(`2026-12-04 10:21:07.512 [ERROR] notify.send - request failed: ${w.text}\n2026-12-04 10:21:07.513 [INFO] retry 1/3 in 2s`)
    expect([d.matched, d.id]).toEqual([true, w.alone ?? id])
  })

  it.each(cases)('$id with its code: $w.text', async ({ id, w }) => {
    const d = await read(asJson(codeOf(id, w), w.text))
    expect([d.matched, d.id]).toEqual([true, id])
  })

  it.each(NOT_AN_ENTRY)('reads no entry in “%s”', async (text) => {
    const d = await read(text)
    expect(ERROR_CATALOG.some((e) => e.id === d.id)).toBe(false)
  })
})
