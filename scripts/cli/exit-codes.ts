/**
 * The CLI's exit codes, the same for every command (issue 6):
 * 0 success, 1 the input or DingTalk said no, 2 the command line itself is wrong.
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
