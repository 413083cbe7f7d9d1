// The default theme without the Inter web font: it has no CJK glyphs, so a Chinese site
// would download it for the few Latin letters only. Widgets are NOT registered here: each
// page imports its own, so pages without widgets ship no widget code.
import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import { provideJsapi } from '../../playground/browser/jsapi-slot'
import './custom.css'
import './mockups.css'
import './console.css'
import './print.css'

export default {
  extends: DefaultTheme,
  enhanceApp() {
    // Inside DingTalk only (the same /DingTalk/i test as playground/browser/detect.ts): load
    // the jsapi, sync the native title bar, and hand the jsapi to the widgets through the slot.
    // Never during the build (import.meta.env.SSR), never in ordinary browsers.
    if (!import.meta.env.SSR && /DingTalk/i.test(navigator.userAgent)) {
      provideJsapi(import('../../playground/browser/jsapi').then((m) => (m.startInDingTalk(), m)))
    }
  },
} satisfies Theme
