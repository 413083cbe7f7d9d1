// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../logic/examples'
import CredentialsHandover from './CredentialsHandover.vue'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

const input = (w: ReturnType<typeof mount>, label: string) => {
  const l = w.findAll('label').find((x) => x.text().startsWith(label))!
  return w.get(`[id="${l.attributes('for')}"]`)
}
const msgsOf = (w: ReturnType<typeof mount>, label: string) => {
  const el = input(w, label)
  return el
    .attributes('aria-describedby')!
    .split(' ')
    .map((id) => w.get(`[id="${id}"]`).text())
    .join(' ')
}

afterEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('CredentialsHandover', () => {
  it('starts empty, without messages, with an empty state', () => {
    const w = mount(CredentialsHandover)
    expect(w.text()).toContain('还没有内容')
    expect(w.findAll('.wui-msg')).toHaveLength(0)
    expect(w.find('pre').exists()).toBe(false)
    expect(w.find('.ch-warn').exists()).toBe(false)
  })

  it('flags an AppKey typed into CorpId as an error and accepts a right one', async () => {
    const w = mount(CredentialsHandover)
    await input(w, 'CorpId').setValue(EXAMPLE.appKey)
    expect(input(w, 'CorpId').attributes('aria-invalid')).toBe('true')
    expect(msgsOf(w, 'CorpId')).toContain('这看起来是 AppKey')
    expect(w.get('.ch-warn').text()).toContain('交接前请先改正')
    await input(w, 'CorpId').setValue(EXAMPLE.corpId)
    expect(input(w, 'CorpId').attributes('aria-invalid')).toBe('false')
    expect(msgsOf(w, 'CorpId')).toContain('格式正确')
  })

  it('shows an empty-field error once a field was typed in and cleared', async () => {
    const w = mount(CredentialsHandover)
    await input(w, 'AgentId').setValue('12a')
    expect(input(w, 'AgentId').attributes('aria-invalid')).toBe('true')
    await input(w, 'AgentId').setValue('')
    expect(msgsOf(w, 'AgentId')).toContain('错误')
  })

  it('copies without the AppSecret by default and the AppSecret alone on request (issue 13)', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    const pre = w.get('pre').text()
    expect(pre).toContain(`CorpId: ${EXAMPLE.corpId}`)
    expect(pre).toContain(`AgentId: ${EXAMPLE.agentId}`)
    expect(pre).toContain('AppSecret: （单独交付')
    const copyAll = w.findAll('.wui-copy-btn').find((b) => b.text() === '复制（不含 AppSecret）')!
    await copyAll.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenLastCalledWith(expect.not.stringContaining(EXAMPLE.appSecret))
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining(`AppKey: ${EXAMPLE.appKey}`))
    await w.findAll('.wui-copy-btn').find((b) => b.text() === '复制 AppSecret')!.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenLastCalledWith(EXAMPLE.appSecret)
    // Each view says plainly whether it holds the AppSecret.
    for (const tab of ['JSON', '.env']) {
      await w.findAll('.wui-out-tab').find((b) => b.text() === tab)!.trigger('click')
      expect(w.get('[data-output-note]').text()).toContain('不含 AppSecret')
      expect(w.get('pre').text()).not.toContain(EXAMPLE.appSecret)
    }
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(document.cookie).toBe('')
  })

  it('includes the AppSecret when asked, masked unless shown, copied in full, and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    await w.get('.ch-include input').setValue(true)
    expect(w.get('pre').text()).toMatch(/AppSecret: EXAM•+xFkM/)
    await w.findAll('.wui-copy-btn').find((b) => b.text() === '复制（含 AppSecret）')!.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining(`AppSecret: ${EXAMPLE.appSecret}`))
    for (const tab of ['JSON', '.env']) {
      await w.findAll('.wui-out-tab').find((b) => b.text() === tab)!.trigger('click')
      expect(w.get('[data-output-note]').text()).toContain('含有 AppSecret')
    }
    expect(w.get('pre').text()).toContain(`DINGTALK_CORP_ID=${EXAMPLE.corpId}`)
    expect(w.get('pre').text()).not.toContain(EXAMPLE.appSecret)
    await w.findAll('.ch-show input').at(-1)!.setValue(true)
    expect(w.get('pre').text()).toContain(`DINGTALK_APP_SECRET=${EXAMPLE.appSecret}`)
  })

  it('takes an optional SSOSecret as a secret: hidden, left out with the AppSecret, copied alone (issue 22)', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    expect(w.findAll('.wui-copy-btn').some((b) => b.text() === '复制 SSOSecret')).toBe(false)
    expect(input(w, 'SSOSecret').attributes('type')).toBe('password')
    await input(w, 'SSOSecret').setValue(EXAMPLE.ssoSecret)
    expect(w.get('pre').text()).toContain('SSOSecret: （单独交付')
    await w.findAll('.wui-out-tab').find((b) => b.text() === '.env')!.trigger('click')
    expect(w.get('pre').text()).toContain('# DINGTALK_SSO_SECRET=（单独交付')
    expect(w.get('[data-output-note]').text()).toContain('不含 AppSecret 和 SSOSecret')
    await w.findAll('.wui-copy-btn').find((b) => b.text() === '复制（不含 AppSecret 和 SSOSecret）')!.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenLastCalledWith(expect.not.stringContaining(EXAMPLE.ssoSecret))
    await w.findAll('.wui-copy-btn').find((b) => b.text() === '复制 SSOSecret')!.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenLastCalledWith(EXAMPLE.ssoSecret)
    await w.get('.ch-include input').setValue(true)
    expect(w.get('pre').text()).not.toContain(EXAMPLE.ssoSecret)
    await w.get('.wui-out-bar .wui-copy-btn').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining(`DINGTALK_SSO_SECRET=${EXAMPLE.ssoSecret}`))
    await input(w, 'SSOSecret').setValue(EXAMPLE.corpId)
    expect(input(w, 'SSOSecret').attributes('aria-invalid')).toBe('true')
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(location.href).not.toContain(EXAMPLE.ssoSecret)
  })

  it('keeps the values, secrets included, in memory when the page is left and reopened, never in storage (issue 25)', async () => {
    const first = mount(CredentialsHandover)
    await input(first, 'CorpId').setValue(EXAMPLE.corpId)
    await input(first, 'AppSecret').setValue(EXAMPLE.appSecret)
    first.unmount()
    const again = mount(CredentialsHandover)
    expect((input(again, 'CorpId').element as HTMLInputElement).value).toBe(EXAMPLE.corpId)
    expect((input(again, 'AppSecret').element as HTMLInputElement).value).toBe(EXAMPLE.appSecret)
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(location.href).not.toContain(EXAMPLE.appSecret)
  })

  it('runs the cross-check as errors: a CorpId pasted into AppKey too (issue 13)', async () => {
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    await input(w, 'AppKey').setValue(EXAMPLE.corpId)
    expect(input(w, 'AppKey').attributes('aria-invalid')).toBe('true')
    expect(input(w, 'CorpId').attributes('aria-invalid')).toBe('true')
    expect(msgsOf(w, 'AppKey')).toContain('填了同一个值')
    expect(w.get('.ch-warn').text()).toContain('交接前请先改正')
  })

  it('flags swapped CorpId and AppKey as errors', async () => {
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    await input(w, 'CorpId').setValue(EXAMPLE.appKey)
    await input(w, 'AppKey').setValue(EXAMPLE.corpId)
    expect(msgsOf(w, 'AppKey')).toContain('好像填反了')
    expect(input(w, 'AppKey').attributes('aria-invalid')).toBe('true')
  })

  it('withholds the .env while a field has an error (issue 13)', async () => {
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    await w.findAll('.wui-out-tab').find((b) => b.text() === '.env')!.trigger('click')
    expect(w.get('pre').text()).toContain('DINGTALK_AGENT_ID=')
    await input(w, 'AgentId').setValue('12`id`')
    expect(w.find('pre').exists()).toBe(false)
    expect(w.get('[data-output-note]').text()).toContain('不生成 .env')
    expect(w.findAll('.wui-copy-btn')[0]!.attributes('disabled')).toBeDefined()
  })

  it('outside DingTalk explains the 免登测试 and links without any typed value', async () => {
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    await flushPromises()
    const at = w.get('.at')
    expect(at.text()).toContain('免登测试只能在钉钉里运行')
    expect(at.findAll('button').at(-1)!.attributes('disabled')).toBeDefined()
    const href = at.get('a').attributes('href')!
    expect(href.startsWith('dingtalk://dingtalkclient/page/link?url=')).toBe(true)
    for (const v of [EXAMPLE.corpId, EXAMPLE.appKey, EXAMPLE.appSecret, EXAMPLE.agentId]) expect(href).not.toContain(v)
  })

  it('clears everything', async () => {
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    await w.findAll('button').find((b) => b.text() === '清空')!.trigger('click')
    expect(w.text()).toContain('还没有内容')
    expect(w.findAll('.wui-msg')).toHaveLength(0)
  })
})
