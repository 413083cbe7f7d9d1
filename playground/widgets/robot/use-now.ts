import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * The current time, ticking every `intervalMs` while the component is mounted.
 * Starts at 0 during server rendering (no Date.now() in SSR output) and is set on mount.
 */
export function useNow(intervalMs = 1000): Ref<number> {
  const now = ref(0)
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    now.value = Date.now()
    timer = setInterval(() => (now.value = Date.now()), intervalMs)
  })
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
