import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyLedger, monthOf, reserveSlot, ROBOT_RULE, settleSlot } from './send-ledger'
import { fileLedger, robotKey } from './send-state-file'

describe('send-ledger: DingTalk’s real rule, 20 a minute (on a fake clock)', () => {
  it('the 21st request waits until a minute after the 1st was answered; in-flight requests count', () => {
    const data = emptyLedger()
    const tickets: number[] = []
    for (let k = 0; k < 20; k++) {
      const r = reserveSlot(data, 'r', 1_000 * k, ROBOT_RULE)
      if (!('ticket' in r)) throw new Error(`request ${k + 1} should go at once`)
      tickets.push(r.ticket)
      if (k < 19) settleSlot(data, 'r', r.ticket, 1_000 * k + 300, `u${k}`) // answered 300 ms later
    }
    // The 20th is still on its way: its slot stays taken at the latest time it can arrive.
    expect(reserveSlot(data, 'r', 20_000, ROBOT_RULE)).toEqual({ wait: 300 + 60_000 - 20_000 })
    settleSlot(data, 'r', tickets[19]!, 19_500, 'u19')
    expect(reserveSlot(data, 'r', 60_299, ROBOT_RULE)).toEqual({ wait: 1 })
    expect('ticket' in reserveSlot(data, 'r', 60_300, ROBOT_RULE)).toBe(true)
    // Another robot has its own minute.
    expect('ticket' in reserveSlot(data, 'other', 60_300, ROBOT_RULE)).toBe(true)
  })

  it('counts each msgUuid once per month, Beijing time', () => {
    const data = emptyLedger()
    const lastUtcDay = Date.UTC(2026, 10, 30, 17, 0) // 1 December 01:00 in Beijing
    const r = reserveSlot(data, 'r', lastUtcDay, ROBOT_RULE) as { ticket: number }
    settleSlot(data, 'r', r.ticket, lastUtcDay, 'same')
    settleSlot(data, 'r', r.ticket, lastUtcDay, 'same')
    expect(monthOf(lastUtcDay)).toBe('2026-12')
    expect(data.months).toEqual({ '2026-12': 1 })
  })
})

describe('send-state-file', () => {
  it('two ledgers on one file changing it at once lose nothing (lock + rename)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'sub', 'state.json')
    const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
    const rule = { ...ROBOT_RULE, limit: 1_000 }
    const a = fileLedger(path, 'k', rule, sleep)
    const b = fileLedger(path, 'k', rule, sleep)
    const settle = async (ledger: typeof a, uuid: string) => {
      const r = await ledger.reserve(Date.now())
      if ('ticket' in r) await ledger.settle(r.ticket, Date.now(), uuid)
    }
    await Promise.all(Array.from({ length: 40 }, (_, k) => settle(k % 2 ? a : b, `m${k}`)))
    expect(await a.monthCount(Date.now())).toBe(40)
    expect(await b.wasDelivered('m39')).toBe(true)
  })

  it('keys a robot by a hash of its Webhook, never the token itself', () => {
    const token = 'a'.repeat(64)
    const key = robotKey(`https://oapi.dingtalk.com/robot/send?access_token=${token}&timestamp=1&sign=x`)
    expect(key).toMatch(/^[0-9a-f]{16}$/)
    expect(key).toBe(robotKey(`https://oapi.dingtalk.com/robot/send?access_token=${token}`))
    expect(key).not.toBe(robotKey(`https://oapi.dingtalk.com/robot/send?access_token=${'b'.repeat(64)}`))
  })
})
