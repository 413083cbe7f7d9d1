/**
 * When `send` tries again: only when DingTalk may not have seen the message at all (no answer:
 * network error or time-out) or had a server failure (HTTP 5xx). Never for an answer with a
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

/** Test-only: a shorter first wait, so the back-off can be tested end to end in seconds. */
export const TEST_RETRY_BASE_ENV = 'DINGTALK_CLI_TEST_RETRY_BASE_MS'

/** The wait before retry number `retry` (1 = the first retry). */
export function backoffMs(retry: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, retry - 1))
}

/** Whether an HTTP status is worth another try (5xx: the server failed, not the message). */
export const isRetryableStatus = (status: number): boolean => status >= 500 && status <= 599
