import { type Finding, warning } from '../../core/findings'
import { preview } from '../../core/text'
import { str } from './fields'
import type { At } from './types'

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `@13800000000` in the text, not as the start of a longer number or id. */
export function mentions(text: string, who: string): boolean {
  return new RegExp(`@${escapeRegExp(who)}(?![0-9A-Za-z_])`).test(text)
}

/** The most userIds one message can @ (custom robot API reference). */
export const MAX_AT_USER_IDS = 50

function cleanList(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return [...new Set(list.map((v) => str(v).trim()).filter((v) => v !== ''))]
}

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
  for (const mobile of cleanList(at.atMobiles)) {
    if (!/^\+?[0-9][0-9-]{4,19}$/.test(mobile)) {
      findings.push(warning('message.at.mobileShape', `${preview(mobile)} 不像手机号：atMobiles 里填写群成员的手机号。`))
    }
  }
  // "在@群成员时，最多只能@50个": https://open.dingtalk.com/document/development/custom-robots-send-group-messages
  const userIds = cleanList(at.atUserIds)
  if (userIds.length > MAX_AT_USER_IDS) {
    findings.push(
      warning('message.at.tooManyUserIds', `atUserIds 有 ${userIds.length} 个：钉钉一次最多 @${MAX_AT_USER_IDS} 人，多出的人可能不会被@到。请分成几条消息发送。`),
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
