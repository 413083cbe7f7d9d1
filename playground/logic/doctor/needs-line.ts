/**
 * What the 事业合伙系统 needs from DingTalk, carried from the permission planner to `dingtalk doctor`
 * as one `.env` line: `DINGTALK_NEEDS=login,workNotice,readContacts` (the planner's need ids, in
 * NEEDS order, comma-separated). The ids are stable: they are the NeedId values of
 * ../permissions/needs.ts, never the Chinese labels, so a renamed label does not break an old `.env`.
 * Pure logic.
 */
import { NEEDS, type NeedId } from '../app/permissions/needs'

export const NEEDS_ENV = 'DINGTALK_NEEDS'

const KNOWN = new Set<string>(NEEDS.map((n) => n.id))

/** The `.env` line for these needs (unknown ids dropped, NEEDS order, no duplicates). */
export function formatNeedsLine(ids: Iterable<string>): string {
  const wanted = new Set(ids)
  return `${NEEDS_ENV}=${NEEDS.filter((n) => wanted.has(n.id)).map((n) => n.id).join(',')}`
}

export interface ParsedNeeds {
  needs: NeedId[]
  /** Items that are no need id (typos), as written. */
  unknown: string[]
}

/**
 * A list of need ids as a person may type it: commas (also full-width ，and 、), spaces, any case.
 * Linear in the input; never throws.
 */
export function parseNeedsList(raw: string): ParsedNeeds {
  const text = typeof raw === 'string' ? raw : ''
  const byLower = new Map(NEEDS.map((n) => [n.id.toLowerCase(), n.id]))
  const needs = new Set<NeedId>()
  const unknown: string[] = []
  for (const item of text.split(/[\s,，、;；]+/)) {
    if (item === '') continue
    const id = byLower.get(item.toLowerCase())
    if (id !== undefined) needs.add(id)
    else if (unknown.length < 20) unknown.push(item.length > 40 ? `${item.slice(0, 40)}…` : item)
  }
  return { needs: NEEDS.filter((n) => needs.has(n.id)).map((n) => n.id), unknown }
}

export const isNeedId = (id: string): id is NeedId => KNOWN.has(id)
