// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyShareState } from '../../share/share-state'
import MessagePreview from './MessagePreview.vue'

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
afterEach(() => vi.useRealTimers())

const markdown = (text: string) => ({ ...emptyShareState('markdown'), text })

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
})
