/** DingTalk accepts a robot signature whose timestamp is within one hour of its own time. */
export const SIGNATURE_WINDOW_MS = 3_600_000
