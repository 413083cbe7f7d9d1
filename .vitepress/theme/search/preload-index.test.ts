import { describe, expect, it, vi } from 'vitest'

// VitePress's virtual module exists only in its build; here, one locale that counts its loads.
const loads = vi.hoisted(() => ({ root: 0 }))
vi.mock('@localSearchIndex', () => ({ default: { root: async () => void loads.root++ } }))

const { preloadSearchIndexOnIntent, signalsSearch } = await import('./preload-index')

/** An element inside or outside the search button. */
const el = (inSearch: boolean, tagName = 'BUTTON') => ({ tagName, closest: (s: string) => (s === '#local-search' && inSearch ? {} : null) })
const ev = (type: string, target: unknown, extra: Record<string, unknown> = {}) => ({ type, target, ...extra }) as unknown as Event

describe('signalsSearch', () => {
  it('is the search button pressed or focused, "/" outside a field, Ctrl+K or ⌘K', () => {
    expect(signalsSearch(ev('pointerdown', el(true)))).toBe(true)
    expect(signalsSearch(ev('focusin', el(true)))).toBe(true)
    expect(signalsSearch(ev('keydown', el(false, 'BODY'), { key: '/' }))).toBe(true)
    expect(signalsSearch(ev('keydown', el(false, 'BODY'), { key: 'k', ctrlKey: true }))).toBe(true)
    expect(signalsSearch(ev('keydown', el(false, 'BODY'), { key: 'K', metaKey: true }))).toBe(true)
  })
  it('is not a press elsewhere, "/" typed into a field, a plain k, or a target without closest', () => {
    expect(signalsSearch(ev('pointerdown', el(false)))).toBe(false)
    expect(signalsSearch(ev('keydown', el(false, 'INPUT'), { key: '/' }))).toBe(false)
    expect(signalsSearch(ev('keydown', { tagName: 'DIV', isContentEditable: true }, { key: '/' }))).toBe(false)
    expect(signalsSearch(ev('keydown', el(false, 'BODY'), { key: 'k' }))).toBe(false)
    expect(signalsSearch(ev('pointerdown', null))).toBe(false)
    expect(signalsSearch(ev('pointerdown', {}))).toBe(false)
  })
})

describe('preloadSearchIndexOnIntent', () => {
  function fakeDocument() {
    const listeners = new Map<string, (e: Event) => void>()
    return {
      listeners,
      addEventListener: (type: string, fn: (e: Event) => void) => void listeners.set(type, fn),
      removeEventListener: (type: string) => void listeners.delete(type),
      fire: (e: Event) => listeners.get(e.type)?.(e),
    }
  }

  it('loads the index on the first sign of searching, once, and then stops listening', async () => {
    const doc = fakeDocument()
    const load = vi.fn(async () => undefined)
    preloadSearchIndexOnIntent(doc as unknown as Document, load)
    doc.fire(ev('pointerdown', el(false)))
    expect(load).not.toHaveBeenCalled()
    doc.fire(ev('pointerdown', el(true)))
    expect(load).toHaveBeenCalledTimes(1)
    expect(doc.listeners.size).toBe(0)
  })

  it('loads VitePress\'s index modules by default, and a failed download throws nowhere', async () => {
    const doc = fakeDocument()
    preloadSearchIndexOnIntent(doc as unknown as Document)
    doc.fire(ev('keydown', el(false, 'BODY'), { key: '/' }))
    await new Promise((r) => setTimeout(r, 0))
    expect(loads.root).toBe(1)
    const failing = fakeDocument()
    preloadSearchIndexOnIntent(failing as unknown as Document, () => Promise.reject(new Error('offline')))
    expect(() => failing.fire(ev('focusin', el(true)))).not.toThrow()
  })
})
