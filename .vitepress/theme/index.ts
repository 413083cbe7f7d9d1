// The default theme without the Inter web font: it has no CJK glyphs, so a Chinese site
// would download it for the few Latin letters only. Widgets are NOT registered here: each
// page imports its own, so pages without widgets ship no widget code.
import DefaultTheme from 'vitepress/theme-without-fonts'
import './custom.css'
import './mockups.css'

export default DefaultTheme
