// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../../logic/examples'
import SendSettings from './SendSettings.vue'
import { measuredClock } from './clock-state'
import { forgetAll } from '../ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
  vi.setSystemTime(new Date('2026-11-24T14:00:00Z'))
  measuredClock.value = null
})
afterEach(() => {
  vi.useRealTimers()
  measuredClock.value = null
})

const mountFilled = () =>
  mount(SendSettings, { props: { json: '{"msgtype":"text","text":{"content":"跟投"}}', webhook: EXAMPLE.robotWebhook, secret: EXAMPLE.robotSecret } })
const curlTimestamp = (w: ReturnType<typeof mountFilled>) => /timestamp=(\d+)/.exec(w.get('.rc-pre').text())?.[1]

describe('SendSettings (发送设置)', () => {
  it('counts down, expires like the signer, and renews the curl with one click (issue 13)', async () => {
    const w = mountFilled()
    await flushPromises()
    const first = curlTimestamp(w)
    expect(w.get('[data-validity]').text()).toContain('剩余 1 小时 0 分 0 秒')
    // Two hours later (the clock jumps; one tick of the countdown follows).
    vi.setSystemTime(Date.now() + 2 * 3_600_000 - 1000)
    await vi.advanceTimersByTimeAsync(1000)
    expect(w.get('[data-validity]').attributes('data-validity')).toBe('expired')
    expect(w.text()).toContain('签名已过期')
    expect(w.text()).not.toContain('1 小时内有效')
    await w.findAll('button').find((b) => b.text() === '新签名')!.trigger('click')
    expect(Number(curlTimestamp(w)) - Number(first)).toBe(2 * 3_600_000)
    expect(w.get('[data-validity]').attributes('data-validity')).toBe('valid')
    w.unmount()
  })

  it('agrees with the page\'s clock check', async () => {
    measuredClock.value = { offsetMs: 2 * 3_600_000, uncertaintyMs: 500 }
    const w = mountFilled()
    await flushPromises()
    expect(w.get('[data-validity]').attributes('data-validity')).toBe('refused')
    w.unmount()
  })
})
