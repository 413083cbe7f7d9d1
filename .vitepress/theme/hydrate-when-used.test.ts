// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EARLY_CLICK_MS, hydrateWhenUsed, IDLE_AFTER_LOAD_MS } from './hydrate-when-used'

/** An IntersectionObserver the test drives: `see()` reports the observed element on the screen. */
let observed: Element[] = []
let callbacks: IntersectionObserverCallback[] = []
class FakeObserver {
  constructor(callback: IntersectionObserverCallback) {
    callbacks.push(callback)
  }
  observe(el: Element) {
    observed.push(el)
  }
  disconnect() {
    callbacks = []
  }
}
const see = () => callbacks.forEach((c) => c([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver))

beforeEach(() => {
  observed = []
  callbacks = []
  vi.stubGlobal('IntersectionObserver', FakeObserver)
  vi.useFakeTimers()
  history.replaceState(null, '', '/tools')
  document.body.innerHTML =
    '<nav><button class="search">搜索</button></nav><div class="tb"><div role="tablist"><button>基本信息</button><a href="#x" role="tab">链接</a></div><div class="tb-panel">正在加载工具…</div></div>'
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

/** Starts the strategy on the toolbox's root, as Vue does when it meets the component in the server's HTML. */
function start() {
  const hydrate = vi.fn()
  const root = document.querySelector('.tb')!
  const stop = hydrateWhenUsed('.tb-panel')(hydrate, (cb) => cb(root))
  return { hydrate, stop: stop ?? (() => {}) }
}

describe('hydrateWhenUsed', () => {
  it('does not hydrate at load, and watches the panel, not the tab list', () => {
    const { hydrate } = start()
    vi.advanceTimersByTime(IDLE_AFTER_LOAD_MS - 100)
    expect(hydrate).not.toHaveBeenCalled()
    expect(observed).toEqual([document.querySelector('.tb-panel')])
  })

  it.each(['pointerdown', 'touchstart', 'click', 'keydown', 'focusin', 'wheel', 'scroll'])(
    'hydrates once, before the target hears it, on the first %s anywhere',
    (type) => {
      const { hydrate } = start()
      const button = document.querySelector('.tb button')!
      let hydratedBeforeTarget = false
      button.addEventListener(type, () => (hydratedBeforeTarget = hydrate.mock.calls.length === 1))
      button.dispatchEvent(new Event(type, { bubbles: true }))
      expect(hydratedBeforeTarget, 'the event reaches the handlers hydration attached').toBe(true)
      document.body.dispatchEvent(new Event(type, { bubbles: true }))
      see()
      vi.advanceTimersByTime(2 * IDLE_AFTER_LOAD_MS)
      expect(hydrate).toHaveBeenCalledTimes(1)
    },
  )

  it('hydrates when the panel comes on the screen', () => {
    const { hydrate } = start()
    see()
    expect(hydrate).toHaveBeenCalledTimes(1)
  })

  it('hydrates at once when the address names a tool, and on a later anchor', () => {
    history.replaceState(null, '', '/tools#robot-signer')
    expect(start().hydrate).toHaveBeenCalledTimes(1)
    history.replaceState(null, '', '/tools')
    const { hydrate } = start()
    expect(hydrate).not.toHaveBeenCalled()
    window.dispatchEvent(new Event('hashchange'))
    expect(hydrate).toHaveBeenCalledTimes(1)
  })

  it('hydrates after the page has rested for a while from its load', () => {
    const { hydrate } = start()
    vi.advanceTimersByTime(IDLE_AFTER_LOAD_MS + 10)
    expect(hydrate).toHaveBeenCalledTimes(1)
  })

  it('listens to nothing once the component is gone', () => {
    const { hydrate, stop } = start()
    stop()
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    window.dispatchEvent(new Event('hashchange'))
    vi.advanceTimersByTime(2 * IDLE_AFTER_LOAD_MS)
    expect(hydrate).not.toHaveBeenCalled()
  })
})

/**
 * Vue starts the strategy only when the component's code has arrived: `twoSteps()` is the page's
 * setup (the strategy named, its code requested), `arrived()` the moment Vue starts it.
 */
function twoSteps() {
  const strategy = hydrateWhenUsed('.tb-panel')
  return {
    arrived() {
      const clicked: boolean[] = []
      const hydrate = vi.fn()
      const tab = document.querySelector<HTMLButtonElement>('.tb button')!
      tab.addEventListener('click', () => clicked.push(hydrate.mock.calls.length === 1))
      strategy(hydrate, (cb) => cb(document.querySelector('.tb')!))
      return { hydrate, clicked }
    },
  }
}

describe('a tap while the code is still on its way', () => {
  it('is clicked again, once, right after hydration', () => {
    const page = twoSteps()
    document.querySelector<HTMLButtonElement>('.tb button')!.click()
    const { hydrate, clicked } = page.arrived()
    expect(hydrate).toHaveBeenCalledTimes(1)
    expect(clicked, 'one click, after hydration').toEqual([true])
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    expect(clicked).toEqual([true])
  })

  it('is not, outside the component, on a link, or after a long wait', () => {
    for (const early of [
      () => document.querySelector<HTMLButtonElement>('.search')!.click(),
      () => document.querySelector<HTMLAnchorElement>('.tb a')!.dispatchEvent(new MouseEvent('click', { bubbles: true })),
      () => {
        document.querySelector<HTMLButtonElement>('.tb button')!.click()
        vi.advanceTimersByTime(EARLY_CLICK_MS + 1)
      },
    ]) {
      history.replaceState(null, '', '/tools')
      const page = twoSteps()
      early()
      const { hydrate, clicked } = page.arrived()
      // The link was followed: its anchor hydrates (as any anchor does), and nothing is clicked again.
      expect(hydrate).toHaveBeenCalledTimes(location.hash === '#x' ? 1 : 0)
      expect(clicked).toEqual([])
    }
  })
})
