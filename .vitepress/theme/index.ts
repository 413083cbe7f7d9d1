// The default theme without the Inter web font: it has no CJK glyphs, so a Chinese site
// would download it for the few Latin letters only. Widgets are NOT registered here: each
// page imports its own, so pages without widgets ship no widget code.
import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import { inDingTalk } from '../../playground/dingtalk/detect'
import './custom.css'
import './mockups.css'

export default {
  extends: DefaultTheme,
  enhanceApp() {
    // Inside DingTalk only: sync the native title bar. The jsapi loads lazily and never
    // during the build (import.meta.env.SSR) nor in ordinary browsers (user-agent check).
    if (!import.meta.env.SSR && inDingTalk()) void import('../../playground/dingtalk/page-title').then((m) => m.syncDingTalkTitle())
  },
} satisfies Theme
