// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { fileURLToPath, URL as NodeURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONSOLE_INPUT_NAME, CONSOLE_STORAGE_KEY, consolePreferenceScript } from './console-preference'

// The switch exactly as the pages include it.
const SWITCH_HTML = readFileSync(fileURLToPath(new NodeURL('../../docs/parts/console-switch.md', import.meta.url)), 'utf8')

/** Runs the <head> script as the browser does: from its text. Each run adds listeners, so each test starts afresh. */
function runHeadScript() {
  new Function(consolePreferenceScript())()
}
const root = () => document.documentElement.getAttribute('data-console')
const radio = (value: string) => document.querySelector<HTMLInputElement>(`input[name="${CONSOLE_INPUT_NAME}"][value="${value}"]`)!
const flush = () => new Promise((r) => setTimeout(r, 0))

function choose(value: string) {
  const input = radio(value)
  input.checked = true
  input.dispatchEvent(new Event('change', { bubbles: true }))
}

describe('the console preference (<head> script)', () => {
  beforeEach(() => {
    localStorage.clear()
    document.documentElement.removeAttribute('data-console')
    document.body.innerHTML = ''
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows today\'s console when nothing was chosen, and on a stored value it does not know', () => {
    runHeadScript()
    expect(root()).toBe('new')
    localStorage.setItem(CONSOLE_STORAGE_KEY, '<img onerror=alert(1)>')
    runHeadScript()
    expect(root()).toBe('new')
  })

  it('keeps a stored "both" (a choice made before today\'s console became the default)', () => {
    localStorage.setItem(CONSOLE_STORAGE_KEY, 'both')
    runHeadScript()
    expect(root()).toBe('both')
  })

  it('applies the stored choice before the page is there, then checks its radio when the switch appears', async () => {
    localStorage.setItem(CONSOLE_STORAGE_KEY, 'new')
    runHeadScript()
    expect(root()).toBe('new')
    document.body.innerHTML = SWITCH_HTML // as the parser or a client-side navigation inserts it
    await flush()
    expect(radio('new').checked).toBe(true)
    expect(radio('both').checked).toBe(false)
  })

  it('remembers a choice, follows it, and says what changed in the status line', () => {
    runHeadScript()
    document.body.innerHTML = SWITCH_HTML
    choose('old')
    expect(root()).toBe('old')
    expect(localStorage.getItem(CONSOLE_STORAGE_KEY)).toBe('old')
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('已只显示常见问题里旧版控制台的示意图。')
    choose('both')
    expect(root()).toBe('both')
    expect(localStorage.getItem(CONSOLE_STORAGE_KEY)).toBe('both')
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('新旧两版控制台的示意图都已显示。')
  })

  it('ignores other inputs on the page', () => {
    runHeadScript()
    document.body.innerHTML = SWITCH_HTML + '<input type="radio" name="other" value="new">'
    const other = document.querySelector<HTMLInputElement>('input[name="other"]')!
    other.checked = true
    other.dispatchEvent(new Event('change', { bubbles: true }))
    expect(root()).toBe('new')
    expect(localStorage.getItem(CONSOLE_STORAGE_KEY)).toBeNull()
  })

  it('follows a choice made in another tab', () => {
    runHeadScript()
    localStorage.setItem(CONSOLE_STORAGE_KEY, 'old')
    window.dispatchEvent(new StorageEvent('storage', { key: CONSOLE_STORAGE_KEY, newValue: 'old' }))
    expect(root()).toBe('old')
  })

  it('the switch offers the three choices under the name the script listens to, today\'s console by default', () => {
    document.body.innerHTML = SWITCH_HTML
    const inputs = [...document.querySelectorAll<HTMLInputElement>(`input[name="${CONSOLE_INPUT_NAME}"]`)]
    expect(inputs.map((i) => [i.value, i.checked])).toEqual([
      ['new', true],
      ['old', false],
      ['both', false],
    ])
    // aria-live, not role="status": Vue's compiler keeps HTML with a role attribute out of the
    // static strings that VitePress drops from the first visit's JavaScript (pages pay for it).
    const status = document.querySelector('.console-switch-status')!
    expect(status.getAttribute('aria-live')).toBe('polite')
    expect(status.hasAttribute('role')).toBe(false)
    for (const value of ['new', 'old', 'both']) expect(status.getAttribute(`data-${value}`)).toMatch(/示意图/)
  })
})
