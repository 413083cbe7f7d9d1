import { describe, expect, it } from 'vitest'
import { formatDuration, signatureValidity } from './signature-validity'
import { assessSkew } from './assess-skew'

const HOUR = 3_600_000
const T = Date.parse('2026-11-24T14:00:00Z')

describe('signatureValidity', () => {
  it('counts one hour on the device clock when nothing is measured or the skew is harmless', () => {
    for (const clock of [null, { offsetMs: 12_000, uncertaintyMs: 500 }]) {
      const v = signatureValidity(T, T + 10 * 60_000, clock)
      expect(v).toMatchObject({ state: 'valid', remainingMs: 50 * 60_000, adjusted: false })
      expect(v.detail).toContain('按本机时钟')
    }
  })

  it('expires after an hour', () => {
    const v = signatureValidity(T, T + HOUR + 1)
    expect(v.state).toBe('expired')
    expect(v.headline).toContain('已过期')
  })

  it('shortens the hour by a device clock that is behind DingTalk', () => {
    const v = signatureValidity(T, T, { offsetMs: 20 * 60_000, uncertaintyMs: 500 })
    expect(v).toMatchObject({ state: 'valid', remainingMs: 40 * 60_000, adjusted: true })
    expect(v.detail).toContain('按钉钉的时间')
    expect(signatureValidity(T, T + 41 * 60_000, { offsetMs: 20 * 60_000, uncertaintyMs: 500 }).state).toBe('expired')
  })

  it('says DingTalk refuses when the clock check says so, either direction (issue 13: 2 h fast)', () => {
    for (const offsetMs of [-2 * HOUR, 2 * HOUR, HOUR - 30_000]) {
      const v = signatureValidity(T, T + 1000, { offsetMs, uncertaintyMs: 500 })
      expect(v.state).toBe('refused')
      expect(v.remainingMs).toBe(0)
      expect(v.headline).toContain('钉钉会拒绝')
    }
  })

  it('gives the clock check\'s answer: the countdown of a fresh signature is the time the clock check names (issue 25)', () => {
    for (const offsetMs of [-10 * 60_000 - 30_000, 10 * 60_000, -45 * 60_000, 30 * 60_000]) {
      const v = signatureValidity(T, T, { offsetMs, uncertaintyMs: 500 })
      expect(v.state).toBe('valid')
      expect(assessSkew(offsetMs, 500).message).toContain(formatDuration(v.remainingMs))
    }
  })
})
