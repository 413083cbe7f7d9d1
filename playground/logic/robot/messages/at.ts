import { error, type Finding, warning } from '../../core/findings'
import { normalizeInput } from '../../core/normalize'
import { preview } from '../../core/text'
import { str } from './fields'
import type { At } from './types'

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `@13800000000` in the text, not as the start of a longer number or id. */
export function mentions(text: string, who: string): boolean {
  return new RegExp(`@${escapeRegExp(who)}(?![0-9A-Za-z_])`).test(text)
}

/** The mobiles or userIds as they go into the body: full-width digits and letters made half-width,
 * invisible characters removed (as in every other field), blanks and duplicates dropped. */
function cleanList(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return [...new Set(list.map((v) => normalizeInput(str(v)).value.trim()).filter((v) => v !== ''))]
}

/** The most people one message can @. DingTalk: "在@群成员时，最多只能@50个"
 * (https://open.dingtalk.com/document/development/custom-robots-send-group-messages). */
export const MAX_MENTIONS = 50

/** The `at` object as it goes into the body, or undefined when it mentions nobody. */
export function buildAt(at: At | undefined): Record<string, unknown> | undefined {
  if (!at || typeof at !== 'object') return undefined
  const atMobiles = cleanList(at.atMobiles)
  const atUserIds = cleanList(at.atUserIds)
  const isAtAll = at.isAtAll === true
  if (atMobiles.length === 0 && atUserIds.length === 0 && !isAtAll) return undefined
  return {
    ...(atMobiles.length > 0 ? { atMobiles } : {}),
    ...(atUserIds.length > 0 ? { atUserIds } : {}),
    isAtAll,
  }
}

/** Mobiles and userIds that `at` lists but the text does not `@`. */
export function missingMentions(at: At | undefined, text: string): string[] {
  if (!at || typeof at !== 'object') return []
  return [...cleanList(at.atMobiles), ...cleanList(at.atUserIds)].filter((who) => !mentions(text, who))
}

/** The `at` rules: every @mobile / @userId listed must also appear in the text. */
export function atFindings(at: At | undefined, text: string, field: string): Finding[] {
  if (!at || typeof at !== 'object') return []
  const findings: Finding[] = []
  const raw = [...(Array.isArray(at.atMobiles) ? at.atMobiles : []), ...(Array.isArray(at.atUserIds) ? at.atUserIds : [])]
  if (raw.some((v) => /[\uFF01-\uFF5E\u3000\u200B-\u200D\u2060\uFEFF]/.test(str(v)))) {
    findings.push(warning('message.at.normalized', '@ 列表里的全角字符已转为半角。'))
  }
  for (const mobile of cleanList(at.atMobiles)) {
    const digits = mobile.replace(/\D/g, '').length
    if (!/^\+?[0-9][0-9 -]*$/.test(mobile) || digits < 7) {
      // No mobile number anywhere is this short or has letters: certainly not one.
      findings.push(error('message.at.notMobile', `${preview(mobile)} 不是手机号（中国大陆为 11 位）。`))
    } else if (/^1/.test(mobile) && digits !== 11) {
      findings.push(warning('message.at.mobileShape', `${preview(mobile)} 不像中国大陆手机号（1 开头、11 位）。`))
    }
  }
  const people = cleanList(at.atMobiles).length + cleanList(at.atUserIds).length
  if (people > MAX_MENTIONS) {
    findings.push(
      warning('message.at.tooMany', `要 @ ${people} 人：钉钉一次最多 @ ${MAX_MENTIONS} 人，请分几条发送。`),
    )
  }
  const missing = missingMentions(at, text)
  if (missing.length > 0) {
    findings.push(
      warning(
        'message.at.notInText',
        `钉钉要求在${field}里也写上 @手机号 或 @userId，才能@到对方；这些还没写：${missing.map((m) => preview(`@${m}`)).join('、')}。可以使用“补上 @”自动添加。`,
      ),
    )
  }
  return findings
}
