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
import { defineComponent, h, nextTick, onBeforeUnmount, onMounted, ref, shallowRef, type Component } from 'vue'

type Loader = () => Promise<{ default: Component }>

/** How far outside the visible part of the page a widget's place may be when it mounts. */
export const REACH_MARGIN = '100% 0px'

/** The element the address's anchor names: undefined without an anchor, null if the page has not got it. */
function hashTarget(): Element | null | undefined {
  const id = location.hash.slice(1)
  if (!id) return undefined
  try {
    return document.getElementById(decodeURIComponent(id))
  } catch {
    return document.getElementById(id) // a malformed escape: as written
  }
}

// Kept small on purpose: every widget page loads this before its widget (npm run size).
export function defineLazyWidget(loader: Loader): Component {
  return defineComponent({
    inheritAttrs: false,
    setup(_, { attrs }) {
      const place = ref<HTMLElement>()
      const widget = shallowRef<Component>()
      let stop: (() => void) | undefined
      const mount = (toAnchor?: boolean) => {
        if (!stop) return
        stop()
        stop = undefined
        void loader().then((m) => {
          widget.value = m.default
          if (toAnchor) void nextTick(() => hashTarget()?.scrollIntoView())
        })
      }
      onMounted(() => {
        const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && mount(), { rootMargin: REACH_MARGIN })
        const onKey = (e: KeyboardEvent) => e.key === 'Tab' && mount()
        const onHash = () => hashTarget() === null && mount(true)
        observer.observe(place.value!)
        document.addEventListener('keydown', onKey, true)
        addEventListener('hashchange', onHash)
        stop = () => {
          observer.disconnect()
          document.removeEventListener('keydown', onKey, true)
          removeEventListener('hashchange', onHash)
        }
        onHash()
      })
      onBeforeUnmount(() => stop?.())
      return () => h('div', { ref: place, class: 'lazy-widget' }, widget.value && h(widget.value, attrs))
    },
  })
}
