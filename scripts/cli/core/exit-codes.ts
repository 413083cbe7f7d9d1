/**
 * The CLI's exit codes, the same for every command (issue 6):
 * 0 success, 1 the input or DingTalk said no, 2 the command line itself is wrong,
 * 75 temporary or uncertain (send, check-credentials).
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  /**
   * Not done, and it may work later (no connection, DingTalk busy, or 可能已送达): sysexits.h's
   * EX_TEMPFAIL, which mail and cron tooling already read as "queue it and try again".
   */
  temporary: 75,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
