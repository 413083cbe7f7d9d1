/**
 * When the 工具箱 (docs/tools.md) is hydrated: not at load, but when the reader first does
 * something, sees its tool, or has let the page rest (issue 24). Vue 3.5's lazy hydration:
 *
 *   defineAsyncComponent({ loader: () => import('…/ToolBox.vue'), hydrate: hydrateWhenUsed('.tb-panel') })
 *
 * Until then the page is the server's HTML: the tab list and, in the panel, 正在加载工具…; the
 * ToolBox's setup, its first tool's code and that tool's mount (the longest task of the page's
 * load on a phone, ARCHITECTURE.md → Measuring) wait. It hydrates, whichever comes first, when
 * - the reader touches, clicks, scrolls, turns the wheel, presses a key or moves focus anywhere
 *   on the page. Hydration runs synchronously inside a capture listener on the window, before
 *   the event reaches its target, so that very event (a tap or click on a tab, an arrow key in
 *   the tab list, Tab onto a tab) reaches the handlers hydration has just attached: nothing is
 *   lost and nothing is replayed;
 * - the element `seen` names (the tool's panel) is on the screen: at load on a wide screen, where
 *   it is; on a phone it is below the first screen, so a reader gets there by scrolling (above);
 * - the address has an anchor (`#robot-signer`, `#msg=…`) at load or later: it names a tool;
 * - the page has rested for IDLE_AFTER_LOAD_MS after its load event: the first tool is then ready
 *   before the reader scrolls to it. (Later than a load measurement's window: Lighthouse stops
 *   after about one quiet second. A reader who has done nothing for that long is not kept waiting.)
 * No input exists before hydration (the tools are rendered in the browser only), so there is no
 * typed text to carry over. A visit by the site's own links is a client render, not a hydration:
 * the ToolBox mounts at once, as before.
 *
 * Vue starts this strategy only once the component's code has arrived. A tap on a tab before that
 * (a slow phone, the chunk still downloading) reached buttons with no handler yet and was lost: the
 * last click on a button before the strategy starts is kept, and clicked again, once, right after
 * hydration, when it is inside the component. Only buttons: they do nothing without their handler,
 * so the replay is the click's one effect; a link has already been followed.
 */
import type { HydrationStrategy } from 'vue'

/** Signs of a reader, listened to on the window in the capture phase. */
const READER_EVENTS = ['pointerdown', 'touchstart', 'mousedown', 'click', 'keydown', 'focusin', 'wheel', 'scroll'] as const

/** With nothing done, hydrate this long after the page's load event. */
export const IDLE_AFTER_LOAD_MS = 4000

/** How long a click waits for the component's code; a later hydration does not act on it. */
export const EARLY_CLICK_MS = 20_000

/** The last button clicked from now until `take()`: started when the page's setup names the strategy. */
function recordEarlyClick(): { take(): HTMLElement | null } {
  if (typeof window === 'undefined') return { take: () => null }
  let clicked: HTMLElement | null = null
  const record = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest('button, [role=button], [role=tab]') : null
    clicked = button instanceof HTMLElement && !button.closest('a[href]') ? button : null
  }
  const options = { capture: true, passive: true }
  addEventListener('click', record, options)
  const stop = () => {
    removeEventListener('click', record, options)
    clearTimeout(timer)
  }
  const timer = setTimeout(() => {
    stop()
    clicked = null
  }, EARLY_CLICK_MS)
  return {
    take() {
      stop()
      const button = clicked
      clicked = null
      return button
    },
  }
}

export const hydrateWhenUsed = (seen: string): HydrationStrategy => {
  const early = recordEarlyClick()
  return (hydrate, forEachElement) => {
    const roots: Element[] = []
    forEachElement((el) => roots.push(el))
    const missed = early.take()
    const replay = missed !== null && missed.isConnected && roots.some((r) => r.contains(missed)) ? missed : null
    const stops: (() => void)[] = []
    const stop = () => stops.splice(0).forEach((s) => s())
    let done = false
    const now = () => {
      if (done) return
      done = true
      stop()
      hydrate()
      replay?.click()
    }
    const options = { capture: true, passive: true }
    for (const type of READER_EVENTS) addEventListener(type, now, options)
    addEventListener('hashchange', now)
    stops.push(() => {
      for (const type of READER_EVENTS) removeEventListener(type, now, options)
      removeEventListener('hashchange', now)
    })

    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && now())
    for (const el of roots) observer.observe(el.querySelector(seen) ?? el)
    stops.push(() => observer.disconnect())

    // A plain timer, not requestIdleCallback: Safari has none. Four seconds after load the page is idle anyway.
    let timer: ReturnType<typeof setTimeout> | undefined
    const rest = () => (timer = setTimeout(now, IDLE_AFTER_LOAD_MS))
    if (document.readyState === 'complete') rest()
    else addEventListener('load', rest, { once: true })
    stops.push(() => {
      removeEventListener('load', rest)
      clearTimeout(timer)
    })

    if (location.hash.length > 1 || replay !== null) now()
    return stop
  }
}
