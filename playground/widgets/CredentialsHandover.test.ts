// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../examples'
import CredentialsHandover from './CredentialsHandover.vue'

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

  it('fills the example, masks the secret in the output, copies it in full', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const w = mount(CredentialsHandover)
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    const pre = w.get('pre').text()
    expect(pre).toContain(`CorpId: ${EXAMPLE.corpId}`)
    expect(pre).toContain(`AgentId: ${EXAMPLE.agentId}`)
    expect(pre).not.toContain(EXAMPLE.appSecret)
    expect(pre).toMatch(/AppSecret: EXAM•+xFkM/)
    await w.get('.wui-copy-btn').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(`AppSecret: ${EXAMPLE.appSecret}`))
    // .env on request, secret shown only when asked
    await w.findAll('.wui-out-tab').find((b) => b.text() === '.env')!.trigger('click')
    expect(w.get('pre').text()).toContain(`DINGTALK_CORP_ID=${EXAMPLE.corpId}`)
    expect(w.get('pre').text()).not.toContain(EXAMPLE.appSecret)
    await w.get('.ch-show input').setValue(true)
    expect(w.get('pre').text()).toContain(`DINGTALK_APP_SECRET=${EXAMPLE.appSecret}`)
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(document.cookie).toBe('')
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
