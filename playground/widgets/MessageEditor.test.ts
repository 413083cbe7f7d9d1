// @vitest-environment happy-dom
import { createHmac } from 'node:crypto'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE } from '../logic/examples'
import { encodeShareHash } from '../logic/robot/message/share/share-link'
import { fromBase64Url } from '../logic/robot/message/share/base64url'
import MessageEditor from './MessageEditor.vue'
import { exampleState } from '../logic/robot/message/editor/example-state'
import { robotSecret, robotWebhook } from './robot/robot-inputs'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

let w: VueWrapper
afterEach(() => {
  w?.unmount()
  robotWebhook.value = ''
  robotSecret.value = ''
  history.replaceState(null, '', location.pathname)
})

async function editor() {
  w = mount(MessageEditor, { attachTo: document.body })
  await flushPromises()
  // The preview is its own part, loaded right after the fields.
  for (let i = 0; i < 100 && !w.find('.dt-chat').exists(); i++) {
    await new Promise((r) => setTimeout(r, 20))
    await flushPromises()
  }
  return w
}
const byLabel = (label: string) => {
  const l = w.findAll('label').find((x) => x.text().replace('*', '').trim() === label)
  if (!l) throw new Error(`no label ${label}`)
  return w.get(`[id="${l.attributes('for')}"]`)
}
const button = (name: string) => w.findAll('button').find((b) => b.text() === name)!
const chooseType = (value: string) => w.get(`input[type=radio][value="${value}"]`).setValue(true)
const json = () => JSON.parse(w.get('pre[aria-label="JSON 请求体"]').text())
/** Opens the share part and waits for it to load. */
async function openShare() {
  await button('生成分享链接').trigger('click')
  for (let i = 0; i < 100 && !w.find('#me-share .rl-body').exists(); i++) {
    await new Promise((r) => setTimeout(r, 20))
    await flushPromises()
  }
}
/** Opens 发送设置 and waits for its lazily loaded part. */
async function openSend() {
  await button('填写 Webhook，生成 curl 命令').trigger('click')
  for (let i = 0; i < 100 && !w.find('#me-send input').exists(); i++) {
    await new Promise((r) => setTimeout(r, 20))
    await flushPromises()
  }
}

describe('MessageEditor', () => {
  it('starts as an empty text message with a preview placeholder', async () => {
    await editor()
    expect(w.text()).toContain('消息内容为空')
    expect(w.text()).toContain('还没有内容')
    expect(w.findAll('[aria-invalid="true"]')).toHaveLength(0)
    expect(json()).toEqual({ msgtype: 'text', text: { content: '' }, msgUuid: expect.stringMatching(/^[0-9a-f-]{36}$/) })
  })

  it('keeps keyboard focus in the list after 删除: the next item\'s 删除, then 添加 (issue 25)', async () => {
    await editor()
    await chooseType('feedCard')
    const add = () => button('添加链接').trigger('click')
    await add()
    await add()
    const removes = () => w.findAll('button').filter((b) => b.text() === '删除')
    expect(removes()).toHaveLength(2)
    await removes()[0]!.trigger('click')
    await flushPromises()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('删除链接 1')
    await removes()[0]!.trigger('click')
    await flushPromises()
    expect(document.activeElement?.textContent?.trim()).toBe('添加链接')
  })

  it('gives each message its own msgUuid, kept while the message is unchanged and in the curl (issue 20)', async () => {
    await editor()
    await byLabel('消息内容').setValue('第一条')
    const first = json().msgUuid
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/)
    await byLabel('机器人的安全关键词（可选，用于检查）').setValue('')
    expect(json().msgUuid).toBe(first)
    expect(w.text()).toContain('幂等')
    await byLabel('消息内容').setValue('第二条')
    expect(json().msgUuid).not.toBe(first)
    await openSend()
    await byLabel('Webhook 地址').setValue(EXAMPLE.robotWebhook)
    expect(w.get('pre[aria-label="curl 命令"]').text()).toContain(`"msgUuid":"${json().msgUuid}"`)
  })

  it.each(['text', 'link', 'markdown', 'actionCard', 'feedCard'])('fills a clean example of %s', async (type) => {
    await editor()
    await chooseType(type)
    await button('填入示例').trigger('click')
    await flushPromises() // the examples load on demand
    expect(json().msgtype).toBe(type)
    expect(w.text()).toContain('没有发现问题')
    expect(w.findAll('[aria-invalid="true"]')).toHaveLength(0)
    expect(Number(w.get('[data-bytes]').text())).toBe(new TextEncoder().encode(JSON.stringify(json())).length)
  })

  it('asks for an emptied field once something was typed', async () => {
    await editor()
    await byLabel('消息内容').setValue('x')
    await byLabel('消息内容').setValue(' ')
    await chooseType('link')
    await byLabel('标题').setValue('跟投')
    expect(byLabel('点击后打开的地址（messageUrl）').attributes('aria-invalid')).toBe('true')
  })

  it('renders markdown in the preview, only the DingTalk subset', async () => {
    await editor()
    await chooseType('markdown')
    await byLabel('Markdown 内容').setValue('### 标题\n| a | b |\n\n**粗** ~~删~~')
    const preview = w.get('.dt-md')
    expect(preview.find('h3').text()).toBe('标题')
    expect(preview.find('strong').text()).toBe('粗')
    expect(preview.text()).toContain('| a | b |')
    expect(preview.text()).toContain('~~删~~')
    expect(preview.find('table').exists()).toBe(false)
  })

  it('shows actionCard buttons vertical (0) or horizontal (1)', async () => {
    await editor()
    await chooseType('actionCard')
    await button('填入示例').trigger('click')
    await flushPromises() // the examples load on demand
    expect(w.get('.dt-btns').classes()).toContain('horizontal')
    expect(json().actionCard.btnOrientation).toBe('1')
    await w.get('input[type=radio][value="0"]').setValue(true)
    expect(w.get('.dt-btns').classes()).toContain('vertical')
    expect(json().actionCard.btnOrientation).toBe('0')
    await w.get('input[type=radio][value="single"]').setValue(true)
    expect(json().actionCard).toMatchObject({ singleTitle: '查看详情', singleURL: EXAMPLE.homepageUrl })
    expect(json().actionCard.btns).toBeUndefined()
  })

  it('ties a wrong URL to its field', async () => {
    await editor()
    await chooseType('link')
    await button('填入示例').trigger('click')
    await flushPromises() // the examples load on demand
    const url = byLabel('点击后打开的地址（messageUrl）')
    await url.setValue('javascript:alert(1)')
    expect(url.attributes('aria-invalid')).toBe('true')
    const msgId = url.attributes('aria-describedby')!.split(' ').at(-1)
    expect(w.get(`[id="${msgId}"]`).text()).toContain('http')
  })

  it('checks keywords and adds the missing @', async () => {
    await editor()
    await byLabel('消息内容').setValue('今天的通知')
    await byLabel('机器人的安全关键词（可选，用于检查）').setValue('跟投')
    expect(w.get('[data-code="message.keyword.missing"]').text()).toContain('跟投')
    await byLabel('@ 手机号（atMobiles）').setValue('13900000000')
    expect(w.find('[data-code="message.at.notInText"]').exists()).toBe(true)
    await button('补上缺少的 @').trigger('click')
    expect((byLabel('消息内容').element as HTMLTextAreaElement).value).toBe('今天的通知 @13900000000')
    expect(json().at).toMatchObject({ atMobiles: ['13900000000'] })
    expect(w.find('[data-code="message.at.notInText"]').exists()).toBe(false)
  })

  it('counts bytes against 20000 and flags a body that is too big', async () => {
    await editor()
    await byLabel('消息内容').setValue('跟'.repeat(7000))
    expect(Number(w.get('[data-bytes]').text())).toBeGreaterThan(20000)
    expect(w.get('.me-bytes').classes()).toContain('over')
    expect(w.find('[data-code="message.tooLarge"]').exists()).toBe(true)
  })

  it('makes a curl command with the signed URL once webhook and secret are entered', async () => {
    await editor()
    await button('填入示例').trigger('click')
    await flushPromises() // the examples load on demand
    expect(w.find('pre[aria-label="curl 命令"]').exists()).toBe(false)
    await openSend()
    expect(w.text()).toContain('填写 Webhook 地址（开启了加签的，再填密钥）后')
    await byLabel('Webhook 地址').setValue(EXAMPLE.robotWebhook)
    expect(w.text()).toContain('未填加签密钥')
    await byLabel('加签密钥（可选）').setValue(EXAMPLE.robotSecret)
    const curl = w.get('pre[aria-label="curl 命令"]').text()
    expect(curl).toContain(JSON.stringify(json()))
    const [, ts, sign] = curl.match(/&timestamp=(\d{13})&sign=([^']+)'/)!
    expect(sign).toBe(encodeURIComponent(createHmac('sha256', EXAMPLE.robotSecret).update(`${ts}\n${EXAMPLE.robotSecret}`).digest('base64')))
  })

  it('shares the message but never the webhook or secret', async () => {
    await editor()
    await chooseType('markdown')
    await button('填入示例').trigger('click')
    await flushPromises() // the examples load on demand
    await openSend()
    await byLabel('Webhook 地址').setValue(EXAMPLE.robotWebhook)
    await byLabel('加签密钥（可选）').setValue(EXAMPLE.robotSecret)
    await openShare()
    const link = (w.get('input[aria-label="分享链接"]').element as HTMLInputElement).value
    const payload = fromBase64Url(new URL(link).hash.slice('#msg='.length))
    expect(payload).toContain('跟投通知')
    expect(payload).not.toContain(EXAMPLE.robotAccessToken)
    expect(payload).not.toContain(EXAMPLE.robotSecret)
    expect(location.hash).toBe('')
  })

  it('refuses to share when the message text contains the secret', async () => {
    await editor()
    await openSend()
    await byLabel('加签密钥（可选）').setValue(EXAMPLE.robotSecret)
    await byLabel('消息内容').setValue(`密钥是 ${EXAMPLE.robotSecret}`)
    await openShare()
    expect(w.find('input[aria-label="分享链接"]').exists()).toBe(false)
    expect(w.text()).toContain('不能分享')
  })

  it('loads a shared link from the hash, and explains a broken one without crashing', async () => {
    history.replaceState(null, '', '#' + encodeShareHash(exampleState('feedCard')))
    await editor()
    expect(json().msgtype).toBe('feedCard')
    expect(w.text()).toContain('已载入分享链接')
    w.unmount()
    forgetAll() // a new tab: nothing typed before
    history.replaceState(null, '', '#msg=%%%broken')
    await editor()
    expect(w.text()).toContain('分享链接已损坏')
    expect(json().msgtype).toBe('text')
  })

  it('keeps what was typed when the reader leaves the page and comes back, in memory only (issue 25)', async () => {
    await editor()
    await chooseType('markdown')
    await byLabel('Markdown 内容').setValue('跟投日报')
    w.unmount()
    await editor()
    expect(json()).toMatchObject({ msgtype: 'markdown', markdown: { text: '跟投日报' } })
    expect(localStorage.length + sessionStorage.length).toBe(0)
  })

  it('follows a share link opened in the same tab (hashchange, issue 13)', async () => {
    await editor()
    expect(json().msgtype).toBe('text')
    history.replaceState(null, '', '#' + encodeShareHash(exampleState('actionCard')))
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await flushPromises()
    expect(json().msgtype).toBe('actionCard')
    expect(w.text()).toContain('已载入分享链接')
  })
})
