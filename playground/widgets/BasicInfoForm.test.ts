// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../logic/examples'
import BasicInfoForm from './BasicInfoForm.vue'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

type W = ReturnType<typeof mount>
const input = (w: W, label: string) => {
  const l = w.findAll('label').find((x) => x.text().startsWith(label))!
  return w.get(`[id="${l.attributes('for')}"]`)
}
const describedText = (w: W, el: ReturnType<W['get']>) =>
  el
    .attributes('aria-describedby')!
    .split(' ')
    .map((id) => w.get(`[id="${id}"]`).text())
    .join(' ')

/** The first bytes of a PNG: signature and IHDR with the given size (enough for the sniffer). */
function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(new ArrayBuffer(33))
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  const v = new DataView(b.buffer)
  v.setUint32(16, width)
  v.setUint32(20, height)
  b.set([8, 6, 0, 0, 0], 24)
  return b
}
async function pick(w: W, file: File) {
  const el = w.get('input[type="file"]')
  Object.defineProperty(el.element, 'files', { value: [file], configurable: true })
  await el.trigger('change')
  await vi.waitFor(async () => {
    await flushPromises()
    expect(w.find('.lp-info').exists()).toBe(true)
  })
}

describe('BasicInfoForm', () => {
  it('starts empty', () => {
    const w = mount(BasicInfoForm)
    expect(w.text()).toContain('还没有填写')
    expect(w.findAll('.wui-msg')).toHaveLength(0)
  })

  it('shows the cleaned name when spaces were trimmed or full-width letters converted (issue 13)', async () => {
    const w = mount(BasicInfoForm)
    await input(w, '应用名称').setValue('  ＧＴ跟投 ')
    expect(w.get('.cv code').text()).toBe('GT跟投')
    expect(w.get('.cv').text()).toContain('整理后可直接填写')
  })

  it('rejects a one-character name and accepts 跟投系统', async () => {
    const w = mount(BasicInfoForm)
    await input(w, '应用名称').setValue('跟')
    expect(input(w, '应用名称').attributes('aria-invalid')).toBe('true')
    expect(describedText(w, input(w, '应用名称'))).toContain('至少 2 个字符')
    await input(w, '应用名称').setValue(EXAMPLE.appName)
    expect(input(w, '应用名称').attributes('aria-invalid')).toBe('false')
    expect(describedText(w, input(w, '应用名称'))).toContain('符合要求')
  })

  it('warns (not rejects) a 33-character description that only the old console refuses', async () => {
    const w = mount(BasicInfoForm)
    await input(w, '应用简介').setValue('企'.repeat(33))
    expect(input(w, '应用简介').attributes('aria-invalid')).toBe('false')
    expect(describedText(w, input(w, '应用简介'))).toContain('注意：旧版控制台')
  })

  it('checks a logo by its bytes: a GIF renamed .png is an error, a small PNG a warning', async () => {
    globalThis.URL.createObjectURL = vi.fn(() => 'blob:preview')
    globalThis.URL.revokeObjectURL = vi.fn()
    const w = mount(BasicInfoForm)
    await pick(w, new File([new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0])], 'logo.png'))
    const file = w.get('input[type="file"]')
    expect(file.attributes('aria-invalid')).toBe('true')
    expect(describedText(w, file)).toContain('只接受 PNG 或 JPG')
    await pick(w, new File([pngHeader(200, 200)], 'logo.png', { type: 'image/png' }))
    expect(file.attributes('aria-invalid')).toBe('false')
    expect(w.get('.lp-info').text()).toContain('200×200 像素')
    expect(describedText(w, file)).toContain('240×240')
    expect(w.get('img.lp-img').attributes('src')).toBe('blob:preview')
  })

  it('fills the example and explains both 开发方式 options', async () => {
    const w = mount(BasicInfoForm)
    expect(w.text()).toContain('企业内部开发人员为企业开发应用')
    expect(w.text()).toContain('CustomKey/CustomSecret')
    await w.findAll('button').find((b) => b.text() === '填入示例')!.trigger('click')
    expect((input(w, '应用名称').element as HTMLInputElement).value).toBe(EXAMPLE.appName)
    expect((w.get('input[value="internal"]').element as HTMLInputElement).checked).toBe(true)
    expect(w.get('.ss').text()).toContain('应用名称✓ 可以填写')
    await w.findAll('button').find((b) => b.text() === '清空')!.trigger('click')
    expect(w.text()).toContain('还没有填写')
  })
})
