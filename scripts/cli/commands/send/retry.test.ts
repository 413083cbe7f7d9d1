import { describe, expect, it } from 'vitest'
import { backoffMs, DEFAULT_RETRY, isRetryableStatus, retryAfterMs, retryWaitMs } from './retry'

describe('retry policy', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000])
    expect(backoffMs(50, { retries: 50, baseMs: 10, capMs: 500 })).toBe(500)
    expect(DEFAULT_RETRY.retries).toBe(3)
  })

  it('retries server failures and “too many requests” only, never an answer DingTalk gave on purpose', () => {
    for (const s of [429, 500, 502, 503, 504, 599]) expect(isRetryableStatus(s), String(s)).toBe(true)
    for (const s of [200, 301, 400, 403, 404, 428, 430, 600]) expect(isRetryableStatus(s), String(s)).toBe(false)
  })

  it('waits as long as Retry-After asks (seconds or a date), within the cap', () => {
    const now = Date.parse('2026-12-01T00:00:00Z')
    expect(retryAfterMs('5', now)).toBe(5000)
    expect(retryAfterMs(' 0 ', now)).toBe(0)
    expect(retryAfterMs('Tue, 01 Dec 2026 00:00:12 GMT', now)).toBe(12_000)
    expect(retryAfterMs('Mon, 30 Nov 2026 00:00:00 GMT', now)).toBe(0)
    for (const bad of [null, undefined, '', 'soon', '-3', '1.5']) expect(retryAfterMs(bad, now), String(bad)).toBeNull()
    expect(retryWaitMs(1, DEFAULT_RETRY, null)).toBe(1000)
    expect(retryWaitMs(1, DEFAULT_RETRY, 5000)).toBe(5000)
    expect(retryWaitMs(3, DEFAULT_RETRY, 1000)).toBe(4000)
    expect(retryWaitMs(1, DEFAULT_RETRY, 600_000)).toBe(DEFAULT_RETRY.capMs)
  })
})
