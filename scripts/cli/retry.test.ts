import { describe, expect, it } from 'vitest'
import { backoffMs, DEFAULT_RETRY, isRetryableStatus } from './retry'

describe('retry policy', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000])
    expect(backoffMs(50, { retries: 50, baseMs: 10, capMs: 500 })).toBe(500)
    expect(DEFAULT_RETRY.retries).toBe(3)
  })

  it('retries server failures only, never an answer DingTalk gave on purpose', () => {
    for (const s of [500, 502, 503, 504, 599]) expect(isRetryableStatus(s), String(s)).toBe(true)
    for (const s of [200, 301, 400, 403, 404, 429, 600]) expect(isRetryableStatus(s), String(s)).toBe(false)
  })
})
