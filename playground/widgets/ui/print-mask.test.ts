// @vitest-environment happy-dom
// What the widgets put on paper (the print rules themselves are checked in tests/e2e/print.e2e.ts).
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import OutputTabs from './OutputTabs.vue'
import SecretInput from './SecretInput.vue'
import { forgetAll } from '../ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

describe('OutputTabs printText', () => {
  it('renders a print-only copy when what is printed differs from what is shown', () => {
    const w = mount(OutputTabs, {
      props: { outputs: [{ key: 'text', label: '文本', text: 'S: real', printText: 'S: ••••' }], label: '交接内容' },
      slots: { empty: '<p class="nothing">空</p>' },
    })
    expect(w.get('pre.wui-screen-only').text()).toBe('S: real')
    expect(w.get('pre.wui-out-print').text()).toBe('S: ••••')
    expect(w.get('pre.wui-out-print').attributes('aria-hidden')).toBe('true')
    expect(w.find('.nothing').exists()).toBe(false)
  })

  it('renders one copy when they are the same, and the empty slot only without text', () => {
    const same = mount(OutputTabs, { props: { outputs: [{ key: 'a', label: 'A', text: 'x', printText: 'x' }], label: 'l' }, slots: { empty: '<p class="nothing">空</p>' } })
    expect(same.findAll('pre')).toHaveLength(1)
    expect(same.find('.wui-screen-only').exists()).toBe(false)
    expect(same.find('.nothing').exists()).toBe(false)
  })
})

describe('SecretInput on paper', () => {
  it('carries a print mask that never holds the value', async () => {
    const w = mount(SecretInput, { props: { label: '加签密钥', modelValue: 'SECabc123' } })
    expect(w.get('.wui-field').classes()).toContain('secret')
    const mask = w.get('.wui-print-mask')
    expect(mask.text()).not.toContain('SECabc123')
    expect(mask.text()).toContain('打印时不显示')
    await w.setProps({ modelValue: '' })
    expect(w.get('.wui-print-mask').text()).toBe('（未填写）')
  })
})
