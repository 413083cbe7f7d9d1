import { describe, expect, it } from 'vitest'
import { blockingFromTrace, median } from './blocking-time'

const task = (ts: number, tdurMs: number, tid = 1) => ({ name: 'RunTask', ph: 'X', pid: 1, tid, ts, dur: tdurMs * 3000, tdur: tdurMs * 1000 })
const fcp = { name: 'firstContentfulPaint', ph: 'R', pid: 1, tid: 1, ts: 1_000_000 }

describe('blockingFromTrace', () => {
  it('counts 4 × CPU time beyond 50 ms, main thread only, from the first paint on', () => {
    const events = [
      task(0, 100), // before the first paint (ends before it): not counted
      fcp,
      task(1_100_000, 20), // 80 ms at 4×: 30
      task(1_200_000, 10), // 40 ms: 0
      task(1_300_000, 100), // 400 ms: 350
      task(1_400_000, 100, 2), // another thread: not counted
    ]
    expect(blockingFromTrace(events)).toEqual({ blockingMs: 380, longestMs: 400 })
  })
  it('says so when the trace has no first paint', () => expect(() => blockingFromTrace([task(0, 100)])).toThrow(/first contentful paint/))
})

describe('median', () => {
  it('of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})
