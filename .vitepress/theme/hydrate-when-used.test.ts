// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hydrateWhenUsed, IDLE_AFTER_LOAD_MS } from './hydrate-when-used'

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
  document.body.innerHTML = '<div class="tb"><div role="tablist"><button>基本信息</button></div><div class="tb-panel">正在加载工具…</div></div>'
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
      const button = document.querySelector('button')!
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
