// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appearance } from './appearance'

afterEach(() => document.documentElement.classList.remove('dark'))

describe('appearance.onChanged', () => {
  it('leaves <html> alone when its class already says the mode (at load: the head script set it)', () => {
    const apply = vi.fn()
    appearance.onChanged(false, apply, 'light')
    document.documentElement.classList.add('dark')
    appearance.onChanged(true, apply, 'dark')
    expect(apply).not.toHaveBeenCalled()
  })

  it('hands a real switch to useDark\'s handler, either way', () => {
    const apply = vi.fn()
    appearance.onChanged(true, apply, 'dark')
    expect(apply).toHaveBeenLastCalledWith('dark')
    document.documentElement.classList.add('dark')
    appearance.onChanged(false, apply, 'light')
    expect(apply).toHaveBeenLastCalledWith('light')
    expect(apply).toHaveBeenCalledTimes(2)
  })

  it('survives VitePress\'s serialisation: rebuilt from its text, it still works', () => {
    const text = appearance.onChanged.toString().replace(/^onChanged/, 'function')
    const rebuilt = new Function(`return ${text}`)() as typeof appearance.onChanged
    const apply = vi.fn()
    rebuilt(true, apply, 'dark')
    expect(apply).toHaveBeenCalledWith('dark')
  })
})
