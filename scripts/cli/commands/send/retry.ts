/**
 * When `send` tries again: only when DingTalk may not have seen the message at all (no answer:
 * network error or time-out), had a server failure (HTTP 5xx) or was asked to slow down (HTTP 429
 * Too Many Requests, which a gateway in front of it answers; the wait it asks for in Retry-After
 * is kept, up to the cap: RFC 9110 §10.2.3, https://www.rfc-editor.org/rfc/rfc9110#field.retry-after). Never for an answer with a
 * non-zero errcode: that is DingTalk saying no, and would say no again. Waits double after each
 * try, up to a cap, as the peers' users ask (jenkinsci/dingtalk-plugin#74, #93, #339;
 * zhuifengshen/DingtalkChatbot#60).
 */
export interface RetryPolicy {
  /** Tries after the first. */
  retries: number
  baseMs: number
  capMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 1_000, capMs: 30_000 }

/** More tries than this only keep a cron job hanging (10 tries wait up to about 4 minutes). */
export const MAX_RETRIES = 10

/**
 * errcodes that mean "try again later": -1 系统繁忙, 请稍后重试 on DingTalk's page for the robot API
 * (https://open.dingtalk.com/document/development/custom-robots-send-group-messages), and 500100,
 * which that page does not list but which users have been answered with the errmsg
 * "错误描述:系统异常,请稍后再试;" (quoted on devzhi.com; the site's diagnosis robot.500100 also
 * says to retry). Safe to retry because the message keeps its msgUuid.
 */
export const isRetryableErrcode = (errcode: unknown): boolean => Number(errcode) === -1 || Number(errcode) === 500100

/** Test-only: a shorter first wait, so the back-off can be tested end to end in seconds. */
export const TEST_RETRY_BASE_ENV = 'DINGTALK_CLI_TEST_RETRY_BASE_MS'

/** The wait before retry number `retry` (1 = the first retry). */
export function backoffMs(retry: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, retry - 1))
}

/** Whether an HTTP status is worth another try (429: too many requests; 5xx: the server failed, not the message). */
export const isRetryableStatus = (status: number): boolean => status === 429 || (status >= 500 && status <= 599)

/** Retry-After (seconds, or an HTTP date) as milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(raw: string | null | undefined, now: number): number | null {
  const text = raw?.trim() ?? ''
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // An HTTP date names its day and month ("Tue, 01 Dec 2026 00:00:12 GMT"); Date.parse alone would take "-3" for a year.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/** The wait before retry number `retry`: the back-off, or what the server asked if longer; never over the cap. */
export function retryWaitMs(retry: number, policy: RetryPolicy, askedMs: number | null): number {
  return Math.min(policy.capMs, Math.max(backoffMs(retry, policy), askedMs ?? 0))
}
