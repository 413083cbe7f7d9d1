/**
 * The answers the form tests render (library-forms.test.ts, paste-transforms.test.ts): every catalog entry's
 * code alone and with DingTalk's own message for it, then the code and message of each paste given, each
 * answer once. Test data only: it reads DingTalk's whole table eagerly.
 */
import { ERROR_CATALOG } from '../catalog'
import type { OfficialShard } from '../official-table'
import { parseResponse } from '../parse-response'
import type { Answer } from './paste-forms'

const SHARDS = import.meta.glob<OfficialShard>('../official/dingtalk-errcodes-*.json', { import: 'default', eager: true })

/** DingTalk's message for a code, from its own table, when the table lists the code. */
export function officialMessage(code: number | string): string | null {
  for (const shard of Object.values(SHARDS)) {
    const rows = shard.r[String(code)]
    if (rows?.[0]?.[0]) return rows[0][0]
  }
  return null
}

/** Each catalog code (alone, and with DingTalk's message), then each failing answer read from `pastes`; no answer twice. */
export function catalogAnswers(pastes: readonly string[]): Answer[] {
  const out: Answer[] = []
  for (const e of ERROR_CATALOG) {
    for (const code of e.codes) {
      out.push({ code, message: null })
      const message = officialMessage(code)
      if (message) out.push({ code, message })
    }
  }
  for (const text of pastes) {
    const p = parseResponse(text)
    if (p.code !== null && !p.success) out.push({ code: p.code, message: p.message })
  }
  const seen = new Set<string>()
  return out.filter((a) => {
    const k = `${String(a.code)}|${a.message ?? ''}`
    return !seen.has(k) && seen.add(k) !== undefined
  })
}

/** The plain JSON DingTalk would answer: the old API's errcode / errmsg for a number, the new API's code / message for a string. */
export const answerJson = (a: Answer): string =>
  JSON.stringify(typeof a.code === 'number' ? { errcode: a.code, ...(a.message === null ? {} : { errmsg: a.message }) } : { code: a.code, ...(a.message === null ? {} : { message: a.message }) })
