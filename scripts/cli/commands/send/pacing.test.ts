import { describe, expect, it } from 'vitest'
import { createRateLimiter, MINUTE_MS, ROBOT_LIMIT_PER_MINUTE } from './pacing'

/** Drives the limiter with a fake clock the way `send` does: wait, send, record. */
function simulate(messages: number, limit: number, windowMs: number, sendDurationMs = 0) {
  const limiter = createRateLimiter(limit, windowMs)
  let clock = 0
  const sendTimes: number[] = []
  for (let i = 0; i < messages; i++) {
    clock += limiter.waitMs(clock)
    sendTimes.push(clock)
    clock += sendDurationMs
    limiter.record(clock)
  }
  return sendTimes
}

describe('createRateLimiter', () => {
  it('defaults to DingTalk’s 20 a minute', () => {
    expect(ROBOT_LIMIT_PER_MINUTE).toBe(20)
    const limiter = createRateLimiter()
    for (let i = 0; i < 20; i++) {
      expect(limiter.waitMs(1000)).toBe(0)
      limiter.record(1000)
    }
    expect(limiter.waitMs(1000)).toBe(MINUTE_MS)
    expect(limiter.inWindow(1000)).toBe(20)
  })

  it('lets the first 20 go at once, then waits until the oldest leaves the window', () => {
    const times = simulate(45, 20, MINUTE_MS)
    expect(times.slice(0, 20).every((t) => t === 0)).toBe(true)
    expect(times[20]).toBe(MINUTE_MS)
    expect(times[40]).toBe(2 * MINUTE_MS)
  })

  it('never has more than 20 sends in any window, whatever the send duration', () => {
    for (const duration of [0, 7, 950, 2_999, 61_000]) {
      const times = simulate(100, 20, MINUTE_MS, duration)
      // The server sees a message somewhere between the send start and the recorded answer;
      // taking the start times is the tightest case.
      for (let i = 20; i < times.length; i++) {
        expect((times[i] as number) - (times[i - 20] as number)).toBeGreaterThanOrEqual(MINUTE_MS)
      }
    }
  })

  it('does not wait when sends are already slow enough', () => {
    const limiter = createRateLimiter(20, MINUTE_MS)
    for (let i = 0; i < 50; i++) {
      const now = i * 3_000 // one every 3 s = 20 a minute exactly
      expect(limiter.waitMs(now)).toBe(0)
      limiter.record(now)
    }
  })

  it('waits exactly the remaining part of the window', () => {
    const limiter = createRateLimiter(2, 1_000)
    limiter.record(100)
    limiter.record(400)
    expect(limiter.waitMs(500)).toBe(600) // until 100 + 1000
    expect(limiter.waitMs(1_100)).toBe(0)
    limiter.record(1_100)
    expect(limiter.waitMs(1_200)).toBe(200) // until 400 + 1000
  })

  it('rejects nonsense settings', () => {
    expect(() => createRateLimiter(0, 1_000)).toThrow(RangeError)
    expect(() => createRateLimiter(1.5, 1_000)).toThrow(RangeError)
    expect(() => createRateLimiter(20, 0)).toThrow(RangeError)
    expect(() => createRateLimiter(20, Number.NaN)).toThrow(RangeError)
  })
})
