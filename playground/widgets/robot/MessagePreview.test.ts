// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyMessageState } from '../../logic/robot/message/editor/message-state'
import MessagePreview from './MessagePreview.vue'
import { forgetAll } from '../ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
afterEach(() => vi.useRealTimers())

const markdown = (text: string) => ({ ...emptyMessageState('markdown'), text })

describe('MessagePreview', () => {
  it('renders short text at once', async () => {
    const w = mount(MessagePreview, { props: { state: markdown('**粗**') } })
    await w.setProps({ state: markdown('**更粗**') })
    expect(w.get('.dt-md strong').text()).toBe('更粗')
  })

  it('renders long text once typing pauses, and says so meanwhile (issue 13)', async () => {
    const w = mount(MessagePreview, { props: { state: markdown('短') } })
    const long = '**粗**' + '[]'.repeat(15_000)
    await w.setProps({ state: markdown(long) })
    expect(w.get('.dt-md').text()).toBe('短')
    expect(w.text()).toContain('停止输入后更新预览')
    await w.setProps({ state: markdown(long + 'x') })
    await vi.advanceTimersByTimeAsync(300)
    expect(w.find('.dt-md strong').exists()).toBe(false)
    await vi.advanceTimersByTimeAsync(200)
    expect(w.get('.dt-md strong').text()).toBe('粗')
    expect(w.text()).not.toContain('停止输入后更新预览')
  })

  it('switches between phone and PC, stating each difference with its certainty and source (issue 13)', async () => {
    const table = '<font color=#FF0000>告警</font>\n\n| 项目 | 状态 |\n| --- | --- |\n| 跟投 | 开放 |'
    const w = mount(MessagePreview, { props: { state: markdown(table) } })
    expect(w.get('[data-client]').attributes('data-client')).toBe('phone')
    expect(w.find('.dt-md table').exists()).toBe(false)
    expect(w.get('.dt-md .dt-font').attributes('style')).toContain('#FF0000')
    ;(w.get('details.dt-more').element as HTMLDetailsElement).open = true
    await w.get('details.dt-more').trigger('toggle')
    vi.useRealTimers()
    for (let i = 0; i < 100 && !w.find('[data-fact]').exists(); i++) {
      await new Promise((r) => setTimeout(r, 20))
      await flushPromises()
    }
    expect(w.get('[data-fact="tablePhone"]').text()).toContain('社区报告，未确认')
    expect(w.get('[data-fact="tablePhone"] a').attributes('href')).toBe('https://github.com/soimy/openclaw-channel-dingtalk/issues/533')
    expect(w.get('[data-fact="fontColor"]').text()).toContain('文档没有列出')
    await w.get('input[type=radio][value="pc"]').setValue(true)
    expect(w.get('.dt-md table').text()).toContain('跟投')
    expect(w.find('[data-fact="tablePhone"]').exists()).toBe(false)
    expect(w.get('[data-fact="tablePc"]').text()).toContain('电脑版')
  })
})
