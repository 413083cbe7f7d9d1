// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { error, warning } from '../../logic/core/findings'
import FieldInput from './FieldInput.vue'
import SecretInput from './SecretInput.vue'
import CopyButton from './CopyButton.vue'
import OutputTabs from './OutputTabs.vue'
import ExampleButton from './ExampleButton.vue'
import EmptyState from './EmptyState.vue'
import WidgetCard from './WidgetCard.vue'
import { forgetAll } from '../ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

describe('FieldInput', () => {
  it('ties its label, hint and messages to the input', () => {
    const w = mount(FieldInput, { props: { label: '应用名称', hint: '2–20 个字', findings: [error('x.bad', '太短了')] } })
    const input = w.get('input')
    expect(w.get('label').attributes('for')).toBe(input.attributes('id'))
    expect(input.attributes('aria-invalid')).toBe('true')
    const ids = input.attributes('aria-describedby')!.split(' ')
    expect(ids).toHaveLength(2)
    expect(w.get(`[id="${ids[0]}"]`).text()).toBe('2–20 个字')
    expect(w.get(`[id="${ids[1]}"]`).text()).toContain('错误：太短了')
  })

  it('shows a warning without marking the field invalid', () => {
    const w = mount(FieldInput, { props: { label: 'x', findings: [warning('x.odd', '少见')] } })
    expect(w.get('input').attributes('aria-invalid')).toBe('false')
    expect(w.get('.wui-msg.warning').text()).toBe('注意：少见')
  })

  it('emits typed text through v-model and shows okText only for a clean non-empty value', async () => {
    const w = mount(FieldInput, { props: { label: 'x', okText: '格式正确', modelValue: '' } })
    expect(w.find('.wui-msg.ok').exists()).toBe(false)
    await w.get('input').setValue('abc')
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['abc'])
    await w.setProps({ modelValue: 'abc' })
    expect(w.get('.wui-msg.ok').text()).toContain('格式正确')
  })

  it('renders a textarea when multiline', () => {
    const w = mount(FieldInput, { props: { label: 'x', multiline: true, rows: 5 } })
    expect(w.get('textarea').attributes('rows')).toBe('5')
  })
})

describe('SecretInput', () => {
  it('is a password field with autocomplete off and a 显示/隐藏 toggle', async () => {
    const w = mount(SecretInput, { props: { label: 'AppSecret', modelValue: 's3cret' } })
    const input = w.get('input')
    expect(input.attributes('type')).toBe('password')
    expect(input.attributes('autocomplete')).toBe('off')
    expect(input.attributes('spellcheck')).toBe('false')
    const toggle = w.get('button')
    expect(toggle.text()).toBe('显示')
    await toggle.trigger('click')
    expect(w.get('input').attributes('type')).toBe('text')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    expect(toggle.text()).toBe('隐藏')
  })
})

describe('CopyButton', () => {
  it('copies through navigator.clipboard and announces 已复制', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const w = mount(CopyButton, { props: { text: 'hello' } })
    await w.get('button').trigger('click')
    await vi.waitFor(() => expect(w.get('[role="status"]').text()).toBe('已复制'))
    expect(writeText).toHaveBeenCalledWith('hello')
  })

  it('is disabled with nothing to copy', () => {
    const w = mount(CopyButton, { props: { text: '' } })
    expect(w.get('button').attributes('disabled')).toBeDefined()
  })
})

describe('OutputTabs', () => {
  const outputs = [
    { key: 'text', label: '文本', text: 'A: ****', copyText: 'A: real' },
    { key: 'json', label: 'JSON', text: '{}' },
  ]
  it('shows the first output and switches with aria-pressed buttons', async () => {
    const w = mount(OutputTabs, { props: { outputs, label: '交接内容' } })
    expect(w.get('pre').text()).toBe('A: ****')
    const tabs = w.findAll('.wui-out-tab')
    expect(tabs[0]!.attributes('aria-pressed')).toBe('true')
    await tabs[1]!.trigger('click')
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['json'])
  })
  it('shows the empty slot when the text is empty', () => {
    const w = mount(OutputTabs, {
      props: { outputs: [{ key: 'a', label: 'A', text: '' }], label: 'x' },
      slots: { empty: '<p class="nothing">空</p>' },
    })
    expect(w.find('pre').exists()).toBe(false)
    expect(w.find('.nothing').exists()).toBe(true)
  })
})

describe('ExampleButton, EmptyState, WidgetCard', () => {
  it('emits fill and clear', async () => {
    const w = mount(ExampleButton, { props: { clearable: true } })
    const [fill, clear] = w.findAll('button')
    expect(fill!.text()).toBe('填入示例')
    await fill!.trigger('click')
    await clear!.trigger('click')
    expect(w.emitted('fill')).toHaveLength(1)
    expect(w.emitted('clear')).toHaveLength(1)
  })
  it('renders an empty state and a labelled card', () => {
    expect(mount(EmptyState, { props: { title: '还没有内容' }, slots: { default: '先填写' } }).text()).toContain('还没有内容先填写')
    const card = mount(WidgetCard, { props: { title: '凭证交接' }, slots: { default: '<p>body</p>' } })
    const section = card.get('section')
    expect(card.get(`[id="${section.attributes('aria-labelledby')}"]`).text()).toBe('凭证交接')
  })
})
