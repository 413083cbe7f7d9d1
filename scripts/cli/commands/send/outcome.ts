/**
 * How one robot message ended, for people (stderr) and for scripts (`--results`: one JSON line
 * per message on stdout), and the exit code of a run. "uncertain" (可能已送达) is kept apart from
 * "failed" and "refused": a request that timed out or whose answer was lost may have been posted,
 * and sending it again by hand would post it twice; sending it again with the same msgUuid does not.
 */
import { EXIT, type ExitCode } from '../../core/exit-codes'

export type Status =
  /** DingTalk answered errcode 0 (now, or in an earlier run recorded in the state file). */
  | 'delivered'
  /** DingTalk said no with an errcode (or the message is wrong): sending it again will not help. */
  | 'refused'
  /** Certainly not posted, for a reason that may pass (no connection, 429, a proxy's refusal). */
  | 'failed'
  /** No clear answer after a request that may have arrived: 可能已送达. */
  | 'uncertain'
  /** --dry-run: checked, not sent. */
  | 'checked'

export interface OutcomeLine {
  /** The message's number: its line on stdin with `--message -`, otherwise 1. */
  index: number
  /** "k/n" when the message was split by --split. */
  part?: string
  msgUuid: string
  status: Status
  /** DingTalk's last errcode, or null when there was no readable answer. */
  errcode: number | null
  /** Requests made for it in this run (0: delivered in an earlier run, or not sent). */
  attempts: number
}

export type Outcome = Status | 'bad-message' | 'max'

export const outcomeLine = (o: OutcomeLine): string => JSON.stringify(o)

/** refused (or a bad message) → 1: a person must look; otherwise failed / uncertain → 75: try again later. */
export function exitFor(statuses: readonly Outcome[]): ExitCode {
  if (statuses.some((s) => s === 'refused' || s === 'bad-message')) return EXIT.failed
  if (statuses.some((s) => s === 'failed' || s === 'uncertain')) return EXIT.temporary
  return EXIT.ok
}
