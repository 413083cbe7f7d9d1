/** One known DingTalk error: how to recognise it and what to tell the user (Chinese). */
export interface ErrorEntry {
  /** Stable id, e.g. 'robot.310000.sign'. */
  id: string
  source: 'robot' | 'app' | 'unknown'
  /** errcode numbers or gateway code strings (compared case-insensitively). */
  codes: (number | string)[]
  /**
   * Tells variants of one errcode apart by the message text (310000: keywords / sign /
   * timestamp / IP), and recognises a pasted errmsg without a code. Never an exact match:
   * DingTalk's wording has changed over time.
   */
  text?: RegExp
  title: string
  cause: string
  fix: string
  /** The reference marks this error or its meaning as UNCONFIRMED. */
  unconfirmed?: boolean
}
