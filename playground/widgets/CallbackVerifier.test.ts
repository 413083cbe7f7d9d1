// @vitest-environment happy-dom
import { createHmac } from 'node:crypto'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CallbackVerifier from './CallbackVerifier.vue'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

// Invented key and times; DingTalk's own example is what 填入示例 fills in (see verify-callback.test.ts).
const KEY = 'dingexampleAppSecret-0123456789abcdefghijklmnopqrstuvwxyzABCDEF'
const NOW = Date.parse('2026-11-24T14:00:00Z')
const nodeSign = (key: string, ts: string) => createHmac('sha256', key).update(`${ts}\n${key}`).digest('base64')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
  vi.setSystemTime(NOW)
})
afterEach(() => vi.useRealTimers())

async function mounted() {
  const w = mount(CallbackVerifier, { attachTo: document.body })
  await flushPromises()
  return w
}
const inputs = (w: Awaited<ReturnType<typeof mounted>>) => {
  const [timestamp, sign, key] = w.findAll('input')
  return { timestamp: timestamp!, sign: sign!, key: key! }
}
const messagesOf = (w: Awaited<ReturnType<typeof mounted>>, input: ReturnType<typeof inputs>['sign']) =>
  w.get(`[id="${input.attributes('aria-describedby')!.split(' ').at(-1)}"]`).text()
const verdict = (w: Awaited<ReturnType<typeof mounted>>) => w.find('[data-verdict]')

describe('CallbackVerifier', () => {
  it('starts empty: no verdict, no errors, the key a password field', async () => {
    const w = await mounted()
    expect(w.text()).toContain('还没有结果')
    expect(verdict(w).exists()).toBe(false)
    expect(w.findAll('.wui-msg.error')).toHaveLength(0)
    expect(inputs(w).key.attributes('type')).toBe('password')
    w.unmount()
  })

  it('填入示例: DingTalk’s example header, right key and algorithm, expired', async () => {
    const w = await mounted()
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    expect(inputs(w).timestamp.element.value).toBe('1577262236757')
    expect(verdict(w).attributes('data-reason')).toBe('expired')
    expect(verdict(w).text()).toContain('✓ sign 与密钥算出的一致')
    expect(verdict(w).text()).toContain('北京时间 2019-12-25 16:23:56')
    expect(verdict(w).text()).toContain('已过期')
    await w.findAll('button').find((b) => b.text() === '清空')!.trigger('click')
    expect(verdict(w).exists()).toBe(false)
    expect(inputs(w).key.element.value).toBe('')
    w.unmount()
  })

  it('says valid for a fresh request, and why not when the key is wrong', async () => {
    const w = await mounted()
    const ts = String(NOW - 60_000)
    const { timestamp, sign, key } = inputs(w)
    await timestamp.setValue(ts)
    await sign.setValue(encodeURIComponent(nodeSign(KEY, ts)))
    await key.setValue(KEY)
    expect(verdict(w).attributes('data-reason')).toBe('ok')
    expect(verdict(w).text()).toContain('签名有效')
    expect(messagesOf(w, sign)).toContain('URL 编码')
    await key.setValue(KEY + 'x')
    expect(verdict(w).attributes('data-reason')).toBe('mismatch')
    expect(verdict(w).text()).toContain('不一致')
    expect(w.get('[data-field="expected"]').text()).toBe(nodeSign(KEY + 'x', ts))
    expect(w.text()).not.toContain(KEY)
    w.unmount()
  })

  it('follows the clock: valid now, expired an hour later', async () => {
    const w = await mounted()
    const ts = String(NOW)
    const { timestamp, sign, key } = inputs(w)
    await timestamp.setValue(ts)
    await sign.setValue(nodeSign(KEY, ts))
    await key.setValue(KEY)
    expect(verdict(w).attributes('data-reason')).toBe('ok')
    await vi.advanceTimersByTimeAsync(3_600_000 + 2_000)
    expect(verdict(w).attributes('data-reason')).toBe('expired')
    w.unmount()
  })

  it('answers bad input at its field, in Chinese, without a crash', async () => {
    const w = await mounted()
    const { timestamp, sign, key } = inputs(w)
    await timestamp.setValue('1577262236')
    expect(timestamp.attributes('aria-invalid')).toBe('true')
    expect(messagesOf(w, timestamp)).toContain('13 位的毫秒数')
    await timestamp.setValue('１５７７２６２２３６７５７')
    expect(timestamp.attributes('aria-invalid')).toBe('false')
    expect(messagesOf(w, timestamp)).toContain('全角')
    await sign.setValue('DJrE6qdy VGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=')
    expect(messagesOf(w, sign)).toContain('空格已换回')
    await key.setValue('   ')
    expect(key.attributes('aria-invalid')).toBe('true')
    expect(verdict(w).exists()).toBe(false)
    for (const value of ['x'.repeat(100_000), '🙂'.repeat(1000), '%', '']) {
      await sign.setValue(value)
      await timestamp.setValue(value)
      await key.setValue(value)
    }
    expect(w.text()).toContain('请填写')
    w.unmount()
  })

  it('marks the key for the print mask, never with its value', async () => {
    const w = await mounted()
    await inputs(w).key.setValue(KEY)
    const field = inputs(w).key.element.closest('.wui-field')!
    expect(field.classList.contains('secret')).toBe(true)
    expect(field.querySelector('.wui-print-mask')!.textContent).not.toContain(KEY)
    w.unmount()
  })
})
