// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { defineLazyWidget } from './lazy-widget'

const Widget = defineComponent({ props: { label: String }, setup: (p) => () => h('section', { id: 'inside-widget' }, p.label ?? 'widget') })

/** An IntersectionObserver the test drives: `reach()` reports the observed place as near. */
let observers: { callback: IntersectionObserverCallback; options?: IntersectionObserverInit }[] = []
class FakeObserver {
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    observers.push({ callback, options })
  }
  observe() {}
  disconnect() {}
}
const reach = () => observers.forEach((o) => o.callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver))

beforeEach(() => {
  observers = []
  vi.stubGlobal('IntersectionObserver', FakeObserver)
  history.replaceState(null, '', '/page')
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

function mountLazy() {
  const loader = vi.fn(async () => ({ default: Widget }))
  const w = mount(defineLazyWidget(loader), { props: { label: '表单' }, attachTo: document.body })
  return { w, loader }
}

describe('defineLazyWidget', () => {
  it('runs nothing of the widget until its place comes near, then mounts it with its props', async () => {
    const { w, loader } = mountLazy()
    await flushPromises()
    expect(loader).not.toHaveBeenCalled()
    expect(w.find('.lazy-widget').element.children).toHaveLength(0)
    expect(observers[0]!.options?.rootMargin).toBe('100% 0px')
    reach()
    await flushPromises()
    expect(loader).toHaveBeenCalledTimes(1)
    expect(w.find('.lazy-widget section').text()).toBe('表单')
    reach()
    await flushPromises()
    expect(loader).toHaveBeenCalledTimes(1)
  })

  it('mounts when the reader presses Tab, so keyboard focus cannot skip it', async () => {
    const { w, loader } = mountLazy()
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    await flushPromises()
    expect(loader).not.toHaveBeenCalled()
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    await flushPromises()
    expect(w.find('#inside-widget').exists()).toBe(true)
  })

  it('mounts at once for an anchor the page has not got (one inside the widget), not for one it has', async () => {
    document.body.innerHTML = '<h2 id="heading">x</h2>'
    history.replaceState(null, '', '/page#heading')
    const first = mountLazy()
    await flushPromises()
    expect(first.loader).not.toHaveBeenCalled()
    first.w.unmount()
    history.replaceState(null, '', '/page#inside-widget')
    const second = mountLazy()
    await flushPromises()
    expect(second.loader).toHaveBeenCalledTimes(1)
    expect(second.w.find('#inside-widget').exists()).toBe(true)
  })

  it('mounts when the address changes to such an anchor later', async () => {
    const { loader } = mountLazy()
    history.replaceState(null, '', '/page#me-send')
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await flushPromises()
    expect(loader).toHaveBeenCalledTimes(1)
  })
})

describe('guide pages', () => {
  it('mount their widget with defineLazyWidget (the 工具箱 has its own loader; 故障排查\'s, at the top, is rendered on the server)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const docs = join(process.cwd(), 'docs') // vitest runs from the repository root; happy-dom has no file: URLs
    const read = (f: string) => readFileSync(join(docs, f), 'utf8')
    const pages = (readdirSync(docs, { recursive: true }) as string[]).filter((f) => f.endsWith('.md') && !f.startsWith('parts'))
    const embedding = pages.filter((f) => /import\('[^']*playground\/widgets\/\w+\.vue'\)/.test(read(f)))
    expect(embedding.length).toBeGreaterThanOrEqual(8)
    for (const f of embedding) {
      const source = read(f)
      if (f === 'tools.md') continue
      // At the very top of its page: a widget arriving later would push the page down (ARCHITECTURE.md → How to add… A tool).
      if (f === 'troubleshooting.md') {
        expect(source, f).toMatch(/= defineAsyncComponent\(\(\) => import\('[^']*playground\/widgets\/ErrorDiagnosis\.vue'\)\)/)
        continue
      }
      expect(source, f).toMatch(/= defineLazyWidget\(\(\) => import\('[^']*playground\/widgets\/\w+\.vue'\)\)/)
      expect(source, f).not.toMatch(/defineClientComponent/)
    }
  })
})
