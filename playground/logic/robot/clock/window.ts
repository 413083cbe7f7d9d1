/** DingTalk accepts a robot signature (and a callback's) whose timestamp is within one hour of its own time
 * (https://open.dingtalk.com/document/dingstart/customize-robot-security-settings). The one constant for it. */
export const SIGNATURE_WINDOW_MS = 3_600_000

/**
 * How long, on the device clock, DingTalk accepts a signature made now on a device whose clock is
 * `offsetMs` behind DingTalk's (server minus device; negative when the device is fast). DingTalk
 * compares the timestamp with its own time, in both directions, so a slow clock shortens the hour
 * and a fast one lengthens it: 1 h − offset. The one formula for the signer's countdown and the
 * clock check's sentence, so the two give one answer (issue 25: 1 小时 9 分 beside 约 50 分).
 */
export const signatureLifetimeMs = (offsetMs: number): number => SIGNATURE_WINDOW_MS - offsetMs
