import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessSkew, describeOffset, formatDuration, measureOffset, parseHttpDate } from './index'

const HOUR = 3_600_000
const at = (iso: string) => Date.parse(iso)

describe('parseHttpDate', () => {
  it('reads an IMF-fixdate', () => {
    expect(parseHttpDate('Tue, 24 Nov 2026 14:00:00 GMT')).toBe(at('2026-11-24T14:00:00Z'))
  })
  it.each([null, undefined, '', '   ', 'not a date', '12345', '2026-13-45', 'Mon, 99 Foo 2026 GMT'])(
    'answers null for %j',
    (value) => {
      expect(parseHttpDate(value as string | null)).toBeNull()
    },
  )
})

describe('measureOffset', () => {
  it('compares the middle of the round trip with the Date header plus half a second', () => {
    const sentAt = at('2026-11-24T14:00:00.000Z')
    const result = measureOffset({ sentAt, receivedAt: sentAt + 200, dateHeader: 'Tue, 24 Nov 2026 14:00:10 GMT' })
    // server ≈ 14:00:10.5, device middle = 14:00:00.1 → device is 10.4 s behind
    expect(result).toEqual({ offsetMs: 10_400, uncertaintyMs: 600 })
  })

  it('gives a negative offset when the device clock is ahead', () => {
    const sentAt = at('2026-11-24T15:30:00.000Z')
    const result = measureOffset({ sentAt, receivedAt: sentAt, dateHeader: 'Tue, 24 Nov 2026 14:00:00 GMT' })
    expect(result!.offsetMs).toBe(-90 * 60_000 + 500)
  })

  it('answers null without a usable Date header or times', () => {
    expect(measureOffset({ sentAt: 0, receivedAt: 1, dateHeader: null })).toBeNull()
    expect(measureOffset({ sentAt: 0, receivedAt: 1, dateHeader: 'garbage' })).toBeNull()
    expect(measureOffset({ sentAt: Number.NaN, receivedAt: 1, dateHeader: 'Tue, 24 Nov 2026 14:00:00 GMT' })).toBeNull()
  })

  it('never throws and bounds the true offset (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 }),
        fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        (serverAtSend, trueOffset, upMs, downMs) => {
          // The server answers upMs after the request leaves; the answer arrives downMs later.
          const serverAnswer = serverAtSend + upMs
          const header = new Date(Math.floor(serverAnswer / 1000) * 1000).toUTCString()
          const sentAt = serverAtSend - trueOffset
          const result = measureOffset({ sentAt, receivedAt: sentAt + upMs + downMs, dateHeader: header })!
          expect(Math.abs(result.offsetMs - trueOffset)).toBeLessThanOrEqual(result.uncertaintyMs + 1)
        },
      ),
    )
  })
})

describe('assessSkew', () => {
  it('calls a small skew harmless and shows it', () => {
    const a = assessSkew(12_000, 300)
    expect(a.level).toBe('ok')
    expect(a.message).toContain('不影响签名')
    expect(a.offsetText).toBe('设备时钟比服务器慢 12 秒')
  })

  it('warns from five minutes on and says how long a signature made now lasts: less with a slow clock, more with a fast one', () => {
    const a = assessSkew(-20 * 60_000)
    expect(a.level).toBe('warning')
    expect(a.offsetText).toBe('设备时钟比服务器快 20 分 0 秒')
    expect(a.message).toContain('1 小时 20 分 0 秒')
    expect(assessSkew(20 * 60_000).message).toContain('只有约 40 分 0 秒')
  })

  it('is an error at or near one hour, either direction', () => {
    expect(assessSkew(HOUR + 1).level).toBe('error')
    expect(assessSkew(-2 * HOUR).level).toBe('error')
    expect(assessSkew(HOUR - 30_000).level).toBe('error')
    expect(assessSkew(HOUR - 30_000).message).toContain('会被拒绝')
    expect(assessSkew(50 * 60_000).level).toBe('warning')
  })

  it('never puts two parentheticals in a row (issue 13)', () => {
    for (const [offset, u] of [[400, 600], [12_000, 300], [-20 * 60_000, 500], [2 * HOUR, 500]]) {
      expect(assessSkew(offset!, u).message).not.toMatch(/）\s*（/)
    }
  })
  it('says "basically equal" below one second', () => {
    expect(describeOffset(400)).toContain('基本一致')
    expect(assessSkew(-400).level).toBe('ok')
  })
})

describe('formatDuration', () => {
  it.each([
    [400, '0.4 秒'],
    [12_000, '12 秒'],
    [125_000, '2 分 5 秒'],
    [HOUR + 62_000, '1 小时 1 分 2 秒'],
    [-5000, '5 秒'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})
