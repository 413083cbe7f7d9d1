// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ErrorDiagnosis from './ErrorDiagnosis.vue'

vi.mock('vitepress', () => ({ withBase: (path: string) => `/gt-faq${path}` }))
import { ERROR_EXAMPLES } from '../logic/errors/error-examples'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

/** The catalog loads on demand (a dynamic import): wait for the answer to appear. */
const diagnosis = async (w: ReturnType<typeof mount>) => {
  await vi.waitFor(() => expect(w.find('[data-diagnosis]').exists()).toBe(true))
  return w.get('[data-diagnosis]')
}

const clickExample = async (w: ReturnType<typeof mount>, label: string) =>
  w.findAll('.ed-example').find((b) => b.text() === label)!.trigger('click')

describe('ErrorDiagnosis', () => {
  it('starts with an empty state', () => {
    const w = mount(ErrorDiagnosis)
    expect(w.text()).toContain('还没有内容')
    expect(w.find('[data-diagnosis]').exists()).toBe(false)
  })

  it('diagnoses a pasted sign error with cause and fix', async () => {
    const w = mount(ErrorDiagnosis)
    await w.get('textarea').setValue('{"errcode":310000,"errmsg":"sign not match, more: [x]"}')
    const result = await diagnosis(w)
    expect(result.attributes('data-id')).toBe('robot.310000.sign')
    expect(result.text()).toContain('errcode 310000')
    expect(result.text()).toContain('原因')
    expect(result.text()).toContain('解决办法')
    expect(result.text()).toContain('自定义机器人')
  })

  it('reads plain text too', async () => {
    const w = mount(ErrorDiagnosis)
    await w.get('textarea').setValue('keywords not in content')
    expect((await diagnosis(w)).attributes('data-id')).toBe('robot.310000.keywords')
  })

  it('answers DingTalk’s standard message pasted without a code from DingTalk’s table (loaded on demand)', async () => {
    const w = mount(ErrorDiagnosis)
    await w.get('textarea').setValue('报错：不合法的请求格式')
    const result = await diagnosis(w)
    expect(result.attributes('data-id')).toBe('official:40038')
    expect(result.text()).toContain('errcode 40038')
  })

  it('for a paste it does not recognise, links the 故障排查 sections its words are near, said to be suggestions', async () => {
    const w = mount(ErrorDiagnosis)
    await w.get('textarea').setValue('加密 aes_key 长度不对，钉钉事件订阅保存时报错')
    const result = await diagnosis(w)
    expect(result.attributes('data-id')).toBe('unknown')
    const related = result.get('[data-related]')
    expect(related.text()).toContain('不是诊断结果')
    const link = related.findAll('a').find((a) => a.attributes('data-related-id') === 'callback.decrypt')!
    expect(link.text()).toContain('回调消息加解密失败')
    expect(link.attributes('href')).toBe('/gt-faq/troubleshooting#err-callback-stream')
  })

  it('shows no suggestions beside a recognised answer', async () => {
    const w = mount(ErrorDiagnosis)
    await w.get('textarea').setValue('{"errcode":310000,"errmsg":"sign not match, more: [x]"}')
    expect((await diagnosis(w)).find('[data-related]').exists()).toBe(false)
  })

  it.each(ERROR_EXAMPLES.map((e) => e.label))('every example is recognised: %s', async (label) => {
    const w = mount(ErrorDiagnosis)
    await clickExample(w, label)
    const result = await diagnosis(w)
    expect(result.attributes('data-id')).not.toBe('unknown')
    expect(result.text().length).toBeGreaterThan(20)
  })

  it('shows DingTalk’s own description and solution when the errmsg has them', async () => {
    const w = mount(ErrorDiagnosis)
    await clickExample(w, '关键词不匹配')
    await diagnosis(w)
    expect(w.text()).toContain('钉钉的说明')
    expect(w.text()).toContain('方案：请联系群管理员查看此机器人的关键词')
  })

  it('answers odd input without crashing', async () => {
    const w = mount(ErrorDiagnosis)
    for (const value of ['   ', '{', '🤖'.repeat(1000), 'x'.repeat(100_000), '{"errcode":"abc"}', '[]']) {
      await w.get('textarea').setValue(value)
      if (value.trim()) expect((await diagnosis(w)).text()).not.toBe('')
    }
  })

  it('links to the entry on the 故障排查 page and to DingTalk’s page', async () => {
    const w = mount(ErrorDiagnosis)
    await w.get('textarea').setValue('{"errcode":88,"sub_code":"40014","sub_msg":"不合法的access_token"}')
    await flushPromises()
    await vi.waitFor(() => expect(w.find('[data-doc-link]').exists()).toBe(true))
    expect(w.get('[data-anchor-link]').attributes('href')).toBe('/gt-faq/troubleshooting#err-40014')
    expect(w.get('[data-doc-link]').attributes('href')).toMatch(/^https:\/\/open\.dingtalk\.com\//)
    expect(w.get('[data-diagnosis]').text()).toContain('企业内部应用')
  })

  it('answers a code only DingTalk’s table knows, with its explanation (loaded on demand)', async () => {
    const w = mount(ErrorDiagnosis)
    await w.get('textarea').setValue('{"errcode":33012,"errmsg":"无效的USERID"}')
    await vi.waitFor(() => expect(w.get('[data-diagnosis]').attributes('data-id')).toBe('official:33012'))
    expect(w.text()).toContain('钉钉的说明')
    expect(w.text()).toContain('userid')
  })
})
