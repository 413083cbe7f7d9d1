/**
 * A pure sliding-window rate limiter: at most `limit` sends in any `windowMs` span.
 * DingTalk allows a robot 20 messages a minute and throttles it for 10 minutes beyond that
 * (https://open.dingtalk.com/document/development/custom-bot-to-send-group-chat-messages),
 * so `send --json -` waits rather than risk it.
 * No timers here: the caller passes the clock, which is what makes it testable with a fake one.
 */
export const ROBOT_LIMIT_PER_MINUTE = 20
export const MINUTE_MS = 60_000

/** Test-only: a shorter rate window, so the pacing can be tested without waiting a minute. */
export const TEST_WINDOW_ENV = 'DINGTALK_CLI_TEST_RATE_WINDOW_MS'

export interface RateLimiter {
  /** How long to wait, from `now`, before the next send is allowed (0 = go). */
  waitMs(now: number): number
  /**
   * Records a send. Call it when DingTalk has answered, not when the request left: the
   * server saw the message somewhere in between, and counting from the later moment keeps
   * any two messages 20 apart at least one window apart on the server's side too.
   */
  record(now: number): void
  /** Sends counted in the window ending at `now`. */
  inWindow(now: number): number
}

export function createRateLimiter(limit = ROBOT_LIMIT_PER_MINUTE, windowMs = MINUTE_MS): RateLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`)
  if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, got ${windowMs}`)
  const sent: number[] = [] // send times, oldest first

  const prune = (now: number) => {
    while (sent.length > 0 && (sent[0] as number) <= now - windowMs) sent.shift()
  }

  return {
    waitMs(now) {
      prune(now)
      if (sent.length < limit) return 0
      return (sent[sent.length - limit] as number) + windowMs - now
    },
    record(now) {
      prune(now)
      sent.push(now)
    },
    inWindow(now) {
      prune(now)
      return sent.length
    },
  }
}
