/**
 * Which DingTalk developer console the reader sees: today's (新版, the default), the one the FAQ
 * describes (旧版), or both. Each step page draws both; the reader picks once, with the radio
 * buttons of docs/parts/console-switch.md, and every page follows. Today's by default (issue 24):
 * what a new reader sees in DingTalk, and the hidden console costs a phone no style or layout
 * (`display: none`), where showing both doubled the drawings' share of the page's load.
 *
 * The choice is a CSS switch, `<html data-console="new|old|both">` (console.css hides the other
 * console's figures), set by a classic script in <head> before the first paint, like VitePress's
 * own dark-mode check: no flicker, and no byte in the pages' JavaScript bundles. It is not a
 * secret, so it is kept in localStorage.
 *
 * `installConsolePreference` is serialised with toString() into that <head> script, so it must
 * not refer to anything outside its own body (the tests run the serialised form too).
 */
export const CONSOLE_STORAGE_KEY = 'gt-faq-console'
export const CONSOLE_INPUT_NAME = 'gt-console'
export type ConsoleChoice = 'new' | 'old' | 'both'

export function installConsolePreference(KEY: string, NAME: string): void {
  const root = document.documentElement
  let current = 'new'

  function valid(value: unknown): string {
    return value === 'old' || value === 'both' ? value : 'new'
  }
  function stored(): string {
    try {
      return valid(localStorage.getItem(KEY))
    } catch (e) {
      return 'new' // storage blocked (privacy mode, sandbox): today's console, as without JS
    }
  }
  // Radios rendered later (VitePress swaps the page on client-side navigation) start unchecked
  // or on their default: check the one that matches the choice.
  function syncRadios() {
    const radio = document.querySelector('input[name="' + NAME + '"][value="' + current + '"]') as HTMLInputElement | null
    if (radio && !radio.checked) radio.checked = true
  }
  function apply(value: string, announce: boolean) {
    current = valid(value)
    root.setAttribute('data-console', current)
    syncRadios()
    if (announce) {
      // What to say is written on the status element (data-new, data-old, data-both), in the page's language.
      const status = document.querySelectorAll('.console-switch-status')
      for (let i = 0; i < status.length; i++) status[i]!.textContent = status[i]!.getAttribute('data-' + current)
    }
  }

  apply(stored(), false)
  document.addEventListener('change', function (event) {
    const input = event.target as HTMLInputElement | null
    if (!input || input.name !== NAME) return
    try {
      localStorage.setItem(KEY, valid(input.value))
    } catch (e) {
      // not remembered, but this page still follows
    }
    apply(input.value, true)
  })
  // Another tab changed it.
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) apply(valid(event.newValue), false)
  })
  new MutationObserver(syncRadios).observe(root, { childList: true, subtree: true })
}

/** The <head> script: the installer, called at once with the storage key and the radios' name. */
export function consolePreferenceScript(): string {
  return `(${installConsolePreference.toString()})(${JSON.stringify(CONSOLE_STORAGE_KEY)},${JSON.stringify(CONSOLE_INPUT_NAME)})`
}
