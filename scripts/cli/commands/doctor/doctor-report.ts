/**
 * The result of `doctor`: one line per check (✓ ✗ ! –), for a person, or one JSON object for a
 * script. Every line goes through io (and so through the redactor).
 */
import type { CliIo } from '../../core/io'

export type CheckStatus = 'ok' | 'fail' | 'warn' | 'skip'

export interface CheckResult {
  /** Stable, for scripts: reach.oapi, clock, token.new, ip, corpId, permission.qyapi_get_member, robot.send… */
  id: string
  status: CheckStatus
  /** What was checked and what came out, one Chinese sentence. */
  title: string
  /** DingTalk's error code, when an answer of DingTalk decided the check. */
  code?: string | number | null
  /** What to do, when it is not all right. */
  fix?: string
  /** The page of the guide that fixes it (a path of the site, e.g. /app/permissions#today-codes). */
  page?: string
  /** More lines under the check (the shared diagnosis of DingTalk's answer). */
  details?: string[]
}

export const SYMBOL: Record<CheckStatus, string> = { ok: '✓', fail: '✗', warn: '!', skip: '–' }

export const hasFailure = (checks: readonly CheckResult[]): boolean => checks.some((c) => c.status === 'fail')

export function printChecks(io: CliIo, checks: readonly CheckResult[], header: string): void {
  io.out(header)
  for (const c of checks) {
    io.out(`${SYMBOL[c.status]} ${c.title}`)
    for (const line of c.details ?? []) io.out(`    ${line}`)
    if (c.fix && c.status !== 'ok') io.out(`    怎么办：${c.fix}`)
    if (c.page && c.status !== 'ok') io.out(`    本站页面：${c.page}`)
  }
  const count = (s: CheckStatus) => checks.filter((c) => c.status === s).length
  io.out(`结果：${count('ok')} 项通过，${count('fail')} 项失败，${count('warn')} 项注意，${count('skip')} 项跳过。`)
}

export function printJson(io: CliIo, checks: readonly CheckResult[], readOnly: boolean, elapsedMs: number): void {
  io.out(
    JSON.stringify({
      ok: !hasFailure(checks),
      readOnly,
      /** From reading the input to the last answer: the run's own time, without Node's start-up. */
      elapsedMs: Math.round(elapsedMs),
      checks: checks.map((c) => ({
        id: c.id,
        status: c.status,
        code: c.code ?? null,
        title: c.title,
        fix: c.fix ?? null,
        page: c.page ?? null,
        details: c.details ?? [],
      })),
    }),
  )
}
