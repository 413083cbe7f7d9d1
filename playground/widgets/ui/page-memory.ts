import { type Ref, ref } from 'vue'

/**
 * What was typed into a tool, kept in this tab's memory while the reader moves between the site's
 * pages (a VitePress page change does not reload the scripts), so leaving the 工具箱 and coming
 * back, or opening the same tool on its guide page, finds the values again (issue 25). Memory only,
 * secrets included: never stored, put into a URL or logged; gone when the tab reloads or closes.
 */
const memory = new Map<string, Ref<unknown>>()

/** The ref kept under `key`, made with `initial()` the first time. */
export function remembered<T>(key: string, initial: () => T): Ref<T> {
  let kept = memory.get(key) as Ref<T> | undefined
  if (!kept) {
    kept = ref(initial()) as Ref<T>
    memory.set(key, kept as Ref<unknown>)
  }
  return kept
}

/** Forgets everything (tests start each mount afresh). */
export function forgetAll(): void {
  memory.clear()
}
