// @vitest-environment happy-dom
import { createHmac } from 'node:crypto'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../logic/examples'
import RobotSigner from './RobotSigner.vue'
import MessageEditor from './MessageEditor.vue'
import { robotSecret, robotWebhook } from './robot/robot-inputs'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

const nodeSign = (secret: string, ts: string) =>
  encodeURIComponent(createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64'))

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] })
  vi.setSystemTime(new Date('2026-11-24T14:00:00Z'))
  vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { headers: { date: new Date().toUTCString() } })))
})
afterEach(() => {
  robotWebhook.value = ''
  robotSecret.value = ''
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

async function mounted() {
  const w = mount(RobotSigner, { attachTo: document.body })
  await flushPromises()
  return w
}
const field = (w: Awaited<ReturnType<typeof mounted>>, name: string) => w.get(`[data-field="${name}"]`).text()

describe('RobotSigner', () => {
  it('starts empty, with an empty state and no errors', async () => {
    const w = await mounted()
    expect(w.text()).toContain('还没有签名')
    expect(w.findAll('.wui-msg.error')).toHaveLength(0)
    w.unmount()
  })

  it('signs the example exactly like Node crypto and builds the signed URL and curl', async () => {
    const w = await mounted()
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    const ts = field(w, 'timestamp')
    expect(ts).toBe(String(Date.parse('2026-11-24T14:00:00Z')))
    expect(field(w, 'sign')).toBe(nodeSign(EXAMPLE.robotSecret, ts))
    expect(field(w, 'url')).toBe(`${EXAMPLE.robotWebhook}&timestamp=${ts}&sign=${nodeSign(EXAMPLE.robotSecret, ts)}`)
    expect(w.get('.rc-pre').text()).toContain(`curl -sS -X POST '${field(w, 'url')}'`)
    expect(w.text()).toContain('剩余 1 小时 0 分 0 秒')
    w.unmount()
  })

  it('shows the unencoded sign it mentions, and offers no copy of an expired address (issue 25)', async () => {
    const w = await mounted()
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    expect(field(w, 'sign-raw')).toBe(decodeURIComponent(field(w, 'sign')))
    expect(w.text()).toContain('sign（未编码）')
    const copies = () => w.findAll('.wui-copy-btn')
    expect(copies().every((b) => b.attributes('disabled') === undefined)).toBe(true)
    vi.advanceTimersByTime(3_600_000 + 2000)
    await flushPromises()
    expect(w.text()).toContain('签名已过期')
    expect(w.text()).toContain('不能再复制使用')
    expect(copies().filter((b) => b.attributes('disabled') === undefined)).toHaveLength(0)
    await w.findAll('button').find((b) => b.text() === '新签名')!.trigger('click')
    expect(copies().every((b) => b.attributes('disabled') === undefined)).toBe(true)
    w.unmount()
  })

  it('accepts a bare access_token', async () => {
    const w = await mounted()
    const [webhook, secret] = w.findAll('input')
    await webhook!.setValue(EXAMPLE.robotAccessToken)
    await secret!.setValue(EXAMPLE.robotSecret)
    expect(field(w, 'url')).toContain(`https://oapi.dingtalk.com/robot/send?access_token=${EXAMPLE.robotAccessToken}&timestamp=`)
    w.unmount()
  })

  it('shows wrong values at their field and no signature', async () => {
    const w = await mounted()
    const [webhook, secret] = w.findAll('input')
    await webhook!.setValue('https://example.com/robot/send?access_token=abc')
    await secret!.setValue('sec123')
    expect(webhook!.attributes('aria-invalid')).toBe('true')
    expect(secret!.attributes('aria-invalid')).toBe('true')
    expect(secret!.attributes('type')).toBe('password')
    const secretMsg = w.get(`[id="${secret!.attributes('aria-describedby')!.split(' ').at(-1)}"]`).text()
    expect(secretMsg).toContain('SEC')
    expect(w.find('[data-field="sign"]').exists()).toBe(false)
    w.unmount()
  })

  it('counts down, expires after an hour and renews with 新签名', async () => {
    const w = await mounted()
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    const first = field(w, 'timestamp')
    await vi.advanceTimersByTimeAsync(30 * 60_000)
    expect(w.text()).toContain('剩余 30 分 0 秒')
    await vi.advanceTimersByTimeAsync(31 * 60_000)
    expect(w.text()).toContain('签名已过期')
    await w.findAll('button').find((b) => b.text() === '新签名')!.trigger('click')
    const second = field(w, 'timestamp')
    expect(Number(second) - Number(first)).toBe(61 * 60_000)
    expect(field(w, 'sign')).toBe(nodeSign(EXAMPLE.robotSecret, second))
    expect(w.text()).not.toContain('签名已过期')
    w.unmount()
  })

  it('checks the clock against the page itself and warns about a big skew', async () => {
    const fetch = vi.fn(async () => new Response(null, { headers: { date: new Date(Date.now() + 2 * 3_600_000).toUTCString() } }))
    vi.stubGlobal('fetch', fetch)
    const w = await mounted()
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(new URL(url).origin).toBe(location.origin)
    expect(init.method).toBe('HEAD')
    expect(w.get('[data-clock-level]').classes()).toContain('error')
    expect(w.text()).toContain('设备时钟比服务器慢 2 小时')
    w.unmount()
  })

  it('says in red beside the copy buttons that DingTalk will refuse when the clock is 2 h fast (issue 13)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { headers: { date: new Date(Date.now() - 2 * 3_600_000).toUTCString() } })))
    const w = await mounted()
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    const status = w.get('[data-validity]')
    expect(status.attributes('data-validity')).toBe('refused')
    expect(status.classes()).toContain('refused')
    expect(status.text()).toContain('钉钉会拒绝')
    expect(status.text()).not.toContain('签名有效')
    expect(w.get('[data-clock-level]').classes()).toContain('error')
    w.unmount()
  })

  it('counts the hour by DingTalk\'s time when the clock is noticeably off', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { headers: { date: new Date(Date.now() + 20 * 60_000).toUTCString() } })))
    const w = await mounted()
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    expect(w.get('[data-validity]').text()).toMatch(/剩余 (39 分 5\d|40 分 0) 秒/)
    expect(w.get('[data-validity]').text()).toContain('按钉钉的时间')
    w.unmount()
  })

  it('calls a small skew harmless', async () => {
    const w = await mounted()
    expect(w.get('[data-clock-level]').classes()).toContain('ok')
    expect(w.text()).toContain('不影响签名')
    w.unmount()
  })

  it('shares webhook and secret in memory with the message editor\'s 发送设置, storing nothing (issue 13)', async () => {
    const w = await mounted()
    const [webhook, secret] = w.findAll('input')
    await webhook!.setValue(EXAMPLE.robotWebhook)
    await secret!.setValue(EXAMPLE.robotSecret)
    w.unmount()
    vi.useRealTimers()
    const editor = mount(MessageEditor, { attachTo: document.body })
    await editor.findAll('button').find((b) => b.text() === '填写 Webhook，生成 curl 命令')!.trigger('click')
    for (let i = 0; i < 100 && !editor.find('#me-send input').exists(); i++) {
      await new Promise((r) => setTimeout(r, 20))
      await flushPromises()
    }
    const [hook, sec] = editor.findAll('#me-send input')
    expect((hook!.element as HTMLInputElement).value).toBe(EXAMPLE.robotWebhook)
    expect((sec!.element as HTMLInputElement).value).toBe(EXAMPLE.robotSecret)
    expect(editor.get('#me-send .rc-pre').text()).toContain(`access_token=${EXAMPLE.robotAccessToken}&timestamp=`)
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(location.href).not.toContain(EXAMPLE.robotAccessToken)
    editor.unmount()
  })

  it('stores nothing', async () => {
    const w = await mounted()
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(document.cookie).toBe('')
    expect(location.href).not.toContain(EXAMPLE.robotAccessToken)
    w.unmount()
  })
})
