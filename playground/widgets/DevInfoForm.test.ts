// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE } from '../logic/examples'
import DevInfoForm from './DevInfoForm.vue'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

type W = ReturnType<typeof mount>
const input = (w: W, label: string) => {
  const l = w.findAll('label').find((x) => x.text().startsWith(label))!
  return w.get(`[id="${l.attributes('for')}"]`)
}
const messages = (w: W, label: string) =>
  input(w, label)
    .attributes('aria-describedby')!
    .split(' ')
    .map((id) => w.get(`[id="${id}"]`).text())
    .join(' ')

describe('DevInfoForm', () => {
  it('starts with an empty state and no messages', () => {
    const w = mount(DevInfoForm)
    expect(w.text()).toContain('还没有填写')
    expect(w.findAll('.wui-msg')).toHaveLength(0)
  })

  it('rejects a homepage without http(s) and accepts the example', async () => {
    const w = mount(DevInfoForm)
    await input(w, '应用首页链接').setValue('gt.example.com/m/')
    expect(input(w, '应用首页链接').attributes('aria-invalid')).toBe('true')
    expect(messages(w, '应用首页链接')).toContain('必须以 http:// 或 https:// 开头')
    await input(w, '应用首页链接').setValue(EXAMPLE.homepageUrl)
    expect(input(w, '应用首页链接').attributes('aria-invalid')).toBe('false')
    expect(messages(w, '应用首页链接')).toContain('格式正确')
  })

  it('warns about a missing trailing slash without rejecting', async () => {
    const w = mount(DevInfoForm)
    await input(w, '应用首页链接').setValue('https://gt.example.com/m')
    expect(input(w, '应用首页链接').attributes('aria-invalid')).toBe('false')
    expect(messages(w, '应用首页链接')).toContain('注意：旧版控制台提示“注意以斜杠结尾”')
  })

  it('offers the address with the trailing slash, ready to copy (issue 13)', async () => {
    const w = mount(DevInfoForm)
    await input(w, '应用首页链接').setValue('http://host.example.com/m?from=dt')
    const offer = w.findAll('.cv').find((p) => p.text().includes('以斜杠结尾'))!
    expect(offer.get('code').text()).toBe('http://host.example.com/m/?from=dt')
    expect(offer.find('button').exists()).toBe(true)
    await input(w, '应用首页链接').setValue('http://host.example.com/m/')
    expect(w.findAll('.cv').some((p) => p.text().includes('以斜杠结尾'))).toBe(false)
  })

  it('rejects * in the first octet and fixes an IME full stop between IPs (issue 13)', async () => {
    const w = mount(DevInfoForm)
    await input(w, '服务器出口IP').setValue('*.51.100.7')
    expect(input(w, '服务器出口IP').attributes('aria-invalid')).toBe('true')
    expect(messages(w, '服务器出口IP')).toContain('1678 万')
    await input(w, '服务器出口IP').setValue('203.0.113.10。198。51.100.20')
    expect(input(w, '服务器出口IP').attributes('aria-invalid')).toBe('false')
    expect(w.get('.cv code').text()).toBe('203.0.113.10,198.51.100.20')
  })

  it('flags two wildcards and offers the cleaned IP list for a Chinese comma', async () => {
    const w = mount(DevInfoForm)
    await input(w, '服务器出口IP').setValue('110.82.*.*')
    expect(input(w, '服务器出口IP').attributes('aria-invalid')).toBe('true')
    await input(w, '服务器出口IP').setValue('203.0.113.10，198.51.100.*')
    expect(w.get('.cv code').text()).toBe('203.0.113.10,198.51.100.*')
  })

  it('fills the example and summarises every field as fine', async () => {
    const w = mount(DevInfoForm)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    const rows = w.findAll('.ss li')
    expect(rows).toHaveLength(4)
    for (const r of rows) expect(r.text()).toContain('可以填写')
  })

  it('offers the system’s fixed egress IP only when the page passes one', async () => {
    expect(mount(DevInfoForm).text()).not.toContain('填入事业合伙系统的出口IP')
    const w = mount(DevInfoForm, { props: { systemServerIps: '203.0.113.10' } })
    await w.findAll('button').find((b) => b.text() === '填入事业合伙系统的出口IP')!.trigger('click')
    expect((input(w, '服务器出口IP').element as HTMLInputElement).value).toBe('203.0.113.10')
  })
})
