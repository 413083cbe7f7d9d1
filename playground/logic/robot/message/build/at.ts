import { error, type Finding, inField, warning } from '../../../core/findings'
import { normalizeInput } from '../../../core/normalize'
import { preview } from '../../../core/text'
import { str } from './message-fields'
import { findMentions, isSearchableMention, MAX_MENTION_LENGTH, mentionedIn } from './mention-scan'
import type { At } from './types'

/** `@13800000000` in the text, not as the start of a longer number or id (no RegExp from the input). */
export function mentions(text: string, who: string): boolean {
  return findMentions(text, [who]).length > 0
}

/** The entries as typed: full-width digits and letters made half-width, invisible characters removed
 * (as in every other field), blanks and duplicates dropped. */
function cleanList(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return [...new Set(list.map((v) => normalizeInput(str(v)).value.trim()).filter((v) => v !== ''))]
}

/** A mobile written with separators, as people do: `139-1234-5678`, `+86 139 1234 5678`. */
const SEPARATED_MOBILE = /^\+?[0-9][0-9 -]*$/

/**
 * One @ entry as it goes into the body, or why it cannot. A mobile's dashes and spaces are removed
 * (DingTalk matches the plain number, in `atMobiles` and in the text's `@…`), with a warning; an
 * entry that is certainly not a mobile (letters, under 7 digits) or not a userId (an inner `@`,
 * over 64 characters) is an error and stays out of the body.
 */
interface Entry {
  typed: string
  /** What goes into the body; null: the entry is left out. */
  value: string | null
  findings: Finding[]
}

function mobileEntry(typed: string): Entry {
  const bare = typed.replace(/^@/, '')
  const digits = bare.replace(/\D/g, '').length
  if (!SEPARATED_MOBILE.test(bare) || digits < 7 || digits > 15) {
    // No mobile number anywhere is this short (or over E.164's 15 digits) or has letters: certainly not one.
    return { typed, value: null, findings: inField('at.atMobiles', [error('message.at.notMobile', `${preview(typed)} 不是手机号（中国大陆为 11 位），已从 atMobiles 中去掉。`)]) }
  }
  const value = bare.replace(/[ -]/g, '')
  const findings: Finding[] = []
  if (value !== typed) {
    const removed = [typed.startsWith('@') && '开头的 @', typed.includes('-') && '短横线', typed.includes(' ') && '空格'].filter(Boolean).join('、')
    findings.push(warning('message.at.mobileCleaned', `${preview(typed)} 已按 ${value} 使用（去掉了${removed}）：正文里也请写 @${value}。`))
  }
  if (/^1/.test(value) && digits !== 11) {
    findings.push(warning('message.at.mobileShape', `${preview(value)} 不像中国大陆手机号（1 开头、11 位）。`))
  }
  return { typed, value, findings: inField('at.atMobiles', findings) }
}

function userIdEntry(typed: string): Entry {
  const value = typed.replace(/^@/, '')
  if (!isSearchableMention(value) || /\s/.test(value)) {
    const why = value.length > MAX_MENTION_LENGTH ? `超过 ${MAX_MENTION_LENGTH} 个字符` : '含有 @ 或空白'
    return { typed, value: null, findings: inField('at.atUserIds', [error('message.at.notUserId', `${preview(typed)} 不是 userId（${why}），已从 atUserIds 中去掉。`)]) }
  }
  const findings = value !== typed ? [warning('message.at.userIdCleaned', `${preview(typed)} 已按 ${preview(value)} 使用（去掉了开头的 @）。`)] : []
  return { typed, value, findings: inField('at.atUserIds', findings) }
}

function entries(at: At | undefined): { mobiles: Entry[]; userIds: Entry[] } {
  if (!at || typeof at !== 'object') return { mobiles: [], userIds: [] }
  return { mobiles: cleanList(at.atMobiles).map(mobileEntry), userIds: cleanList(at.atUserIds).map(userIdEntry) }
}

const values = (list: Entry[]) => [...new Set(list.flatMap((e) => (e.value === null ? [] : [e.value])))]

/** The most people one message can @. DingTalk: "在@群成员时，最多只能@50个"
 * (https://open.dingtalk.com/document/development/custom-robots-send-group-messages). */
export const MAX_MENTIONS = 50

/** The `at` object as it goes into the body (invalid entries left out), or undefined when it mentions nobody. */
export function buildAt(at: At | undefined): Record<string, unknown> | undefined {
  if (!at || typeof at !== 'object') return undefined
  const { mobiles, userIds } = entries(at)
  const atMobiles = values(mobiles)
  const atUserIds = values(userIds)
  const isAtAll = at.isAtAll === true
  if (atMobiles.length === 0 && atUserIds.length === 0 && !isAtAll) return undefined
  return {
    ...(atMobiles.length > 0 ? { atMobiles } : {}),
    ...(atUserIds.length > 0 ? { atUserIds } : {}),
    isAtAll,
  }
}

/** Mobiles and userIds that `at` lists (as they go into the body) but the text does not `@`. */
export function missingMentions(at: At | undefined, text: string): string[] {
  const { mobiles, userIds } = entries(at)
  const people = [...values(mobiles), ...values(userIds)]
  const found = mentionedIn(text, people)
  return people.filter((who) => !found.has(who))
}

/** The `at` rules: every @mobile / @userId listed must also appear in the text. */
export function atFindings(at: At | undefined, text: string, field: string): Finding[] {
  if (!at || typeof at !== 'object') return []
  const findings: Finding[] = []
  const raw = [...(Array.isArray(at.atMobiles) ? at.atMobiles : []), ...(Array.isArray(at.atUserIds) ? at.atUserIds : [])]
  if (raw.some((v) => /[\uFF01-\uFF5E\u3000\u200B-\u200D\u2060\uFEFF]/.test(str(v)))) {
    findings.push(warning('message.at.normalized', '@ 列表里的全角字符已转为半角。'))
  }
  const { mobiles, userIds } = entries(at)
  // One finding per kind: 16,000 pasted numbers must not become 16,000 lines.
  for (const list of [mobiles, userIds]) {
    const byCode = new Map<string, Finding[]>()
    for (const f of list.flatMap((e) => e.findings)) {
      const same = byCode.get(f.code)
      if (same) same.push(f)
      else byCode.set(f.code, [f])
    }
    for (const [code, same] of byCode) {
      const first = same[0]!
      findings.push(same.length === 1 ? first : { ...first, message: `${first.message}（另有 ${same.length - 1} 项同样的问题）`, code })
    }
  }
  const people = values(mobiles).length + values(userIds).length
  if (people > MAX_MENTIONS) {
    findings.push(
      warning('message.at.tooMany', `要 @ ${people} 人：钉钉一次最多 @ ${MAX_MENTIONS} 人，请分几条发送。`),
    )
  }
  const missing = missingMentions(at, text)
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).map((m) => preview(`@${m}`)).join('、')
    const more = missing.length > 10 ? ` 等 ${missing.length} 项` : ''
    findings.push(
      warning(
        'message.at.notInText',
        `钉钉要求在${field}里也写上 @手机号 或 @userId，才能@到对方；这些还没写：${shown}${more}。可以使用“补上 @”自动添加。`,
      ),
    )
  }
  return findings
}
