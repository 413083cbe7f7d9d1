/**
 * For `doctor`: the pages of the guide that fix each kind of failure, and a DingTalk answer turned
 * into a check line through the shared diagnosis (playground/logic/errors, as `diagnose` prints it).
 */
import { diagnose } from '../../../../playground/logic/errors/catalog'
import { diagnosisLines } from '../../core/diagnosis'
import type { CheckResult } from './doctor-report'
import { officialTableFromDisk } from '../../core/official-shards-node'

/** Paths of the site (the base path is the site's own). */
export const PAGE = {
  network: '/troubleshooting',
  clock: '/robot/sign',
  credentials: '/app/credentials',
  ip: '/app/dev-info',
  permissions: '/app/permissions#today-codes',
  robot: '/robot/',
} as const

/** A check decided by DingTalk's answer: its diagnosis below the title; our fix and page when given. */
export async function fromAnswer(
  id: string,
  title: string,
  body: Record<string, unknown>,
  own: { fix?: string; page?: string; status?: CheckResult['status']; before?: string[] } = {},
): Promise<CheckResult> {
  const d = await diagnose(body, officialTableFromDisk)
  // The fix and the page are the check's own fields; the rest of the diagnosis goes below it.
  const details = [...(own.before ?? []), ...diagnosisLines(d, '').filter((l) => !l.startsWith('怎么办：') && !l.startsWith('本站说明：'))]
  return {
    id,
    status: own.status ?? 'fail',
    title,
    code: d.errcode,
    fix: own.fix ?? d.fix ?? undefined,
    page: own.page ?? (d.anchor ? `/troubleshooting#${d.anchor}` : undefined),
    details,
  }
}

/** The answer's body when it is a JSON object, else null. */
export const bodyOf = (json: unknown): Record<string, unknown> | null =>
  typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null
