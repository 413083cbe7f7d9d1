/**
 * A guide page's widget, mounted when the reader comes to it instead of right after hydration
 * (issue 24). Until then the page costs what plain VitePress costs: its widget's code is
 * downloaded (VitePress modulepreloads a page's dynamic imports) but not run.
 *
 *   const DevInfoForm = defineLazyWidget(() => import('../../playground/widgets/DevInfoForm.vue'))
 *
 * The widget mounts, whichever comes first, when
 * - its place comes within one screen height of the visible part of the page (scrolling, the
 *   outline, a search result), so it is there by the time it scrolls into view;
 * - the reader presses Tab anywhere on the page: keyboard readers may reach it through a long
 *   stretch of text without links, and focus must not skip it;
 * - the address names an anchor that is not in the page's HTML (`#…` of something inside a
 *   widget), on load or later; once mounted, that anchor is scrolled to.
 * Widgets render only in the browser, as with VitePress's defineClientComponent (the server's
 * HTML holds an empty <div class="lazy-widget">, the no-JavaScript page has no widget either).
 * Why not Vue's hydrateOnVisible: it needs the widget rendered on the server, which puts its
 * elements in every page's HTML and still hydrates them; here nothing of the widget runs until
 * it is needed.
 */
import { defineComponent, h, markRaw, nextTick, onBeforeUnmount, onMounted, ref, shallowRef, type Component } from 'vue'

type Loader = () => Promise<Component | { default: Component }>

/** How far outside the visible part of the page a widget's place may be when it mounts. */
export const REACH_MARGIN = '100% 0px 100% 0px'

/** The element the address's anchor names, or null (no anchor, or an anchor the page has not got yet). */
function hashTarget(): Element | null | undefined {
  if (!location.hash || location.hash.length < 2) return undefined
  let id = location.hash.slice(1)
  try {
    id = decodeURIComponent(id)
  } catch {
    // a malformed escape: look it up as written
  }
  return document.getElementById(id)
}

export function defineLazyWidget(loader: Loader): Component {
  return defineComponent({
    name: 'LazyWidget',
    inheritAttrs: false,
    setup(_, { attrs }) {
      const place = ref<HTMLElement | null>(null)
      const widget = shallowRef<Component | null>(null)
      let started = false
      let stop = () => {}

      function mount(thenScrollToAnchor = false) {
        stop()
        if (started) return
        started = true
        void loader().then((m) => {
          widget.value = markRaw('default' in m ? m.default : m)
          if (thenScrollToAnchor) void nextTick(() => hashTarget()?.scrollIntoView())
        })
      }

      onMounted(() => {
        if (hashTarget() === null) return mount(true)
        if (typeof IntersectionObserver === 'undefined') return mount()
        const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && mount(), { rootMargin: REACH_MARGIN })
        observer.observe(place.value!)
        const onKey = (e: KeyboardEvent) => e.key === 'Tab' && mount()
        const onHash = () => hashTarget() === null && mount(true)
        document.addEventListener('keydown', onKey, true)
        window.addEventListener('hashchange', onHash)
        stop = () => {
          observer.disconnect()
          document.removeEventListener('keydown', onKey, true)
          window.removeEventListener('hashchange', onHash)
        }
      })
      onBeforeUnmount(() => stop())

      return () => h('div', { ref: place, class: 'lazy-widget' }, widget.value ? [h(widget.value, attrs)] : [])
    },
  })
}
