/**
 * The first search on a slow phone network (issue 22, tests/e2e/search-speed.e2e.ts). VitePress
 * loads the search box's code when the search opens, and only then does the box ask for the
 * index: two downloads one after the other, each paying the network's round trip. On the
 * reader's first sign of searching (pressing or focusing the search button, or the keys that
 * open the search: "/", Ctrl+K, ⌘K) this starts the index's download at once, beside the box's
 * code; the box then finds it loaded or on its way (one module, fetched once). A reader who never
 * searches downloads nothing more.
 */
import localSearchIndex from '@localSearchIndex'

type Listen = Pick<Document, 'addEventListener' | 'removeEventListener'>

/** Whether an event says the reader is about to search. */
export function signalsSearch(event: Event): boolean {
  if (event.type === 'keydown') {
    const key = event as KeyboardEvent
    const target = key.target as { tagName?: string; isContentEditable?: boolean } | null
    const typing = !!target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? '') || !!target.isContentEditable)
    return (key.key === '/' && !typing) || (!!(key.ctrlKey || key.metaKey) && key.key?.toLowerCase() === 'k')
  }
  const target = event.target as { closest?: (selector: string) => unknown } | null
  return typeof target?.closest === 'function' && !!target.closest('#local-search')
}

/** Every locale's index (this site has one, root): VitePress's own lazy imports. */
function loadIndexes(): Promise<unknown> {
  return Promise.all(Object.values(localSearchIndex as Record<string, () => Promise<unknown>>).map((load) => load()))
}

/** Listens once; returns the function that stops listening. */
export function preloadSearchIndexOnIntent(doc: Listen = document, load: () => Promise<unknown> = loadIndexes): () => void {
  const events = ['pointerdown', 'focusin', 'keydown'] as const
  const stop = () => events.forEach((type) => doc.removeEventListener(type, onEvent, true))
  function onEvent(event: Event) {
    if (!signalsSearch(event)) return
    stop()
    // A failed download is the box's to report when it asks again; nothing to do here.
    load().catch(() => undefined)
  }
  events.forEach((type) => doc.addEventListener(type, onEvent, true))
  return stop
}
