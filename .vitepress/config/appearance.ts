/**
 * VitePress's light/dark switch (`appearance`, VueUse's useDark), without its two restyles at load.
 *
 * At load useDark applies the mode to <html> twice (when it starts and when the app mounts). Each
 * time it adds a stylesheet that turns every transition off, forces a style recalculation of the
 * whole page, and removes it again: two restyles of every element on every page (issue 24; on
 * 配置开发信息 on a phone about 690 of the 1 830 elements styled during load). Yet VitePress's
 * own <head> script (check-dark-mode) has already set the class before the first paint, from the
 * same stored choice and the same system setting, so at load there is nothing to change.
 * `onChanged` lets useDark's handler run only when <html>'s class differs from the mode: every
 * real switch (the button, another tab, the system's setting) still goes through it, with
 * transitions off as before.
 *
 * VitePress serialises a function in the site config with toString() and rebuilds it in the
 * browser, so `onChanged` refers to nothing outside its own body.
 */
/** useDark's modes ('auto' never reaches onChanged: it is resolved to light or dark first). */
type Mode = 'light' | 'dark' | 'auto'

export const appearance = {
  onChanged(dark: boolean, apply: (mode: Mode) => void, mode: Mode): void {
    // During the build (server rendering) there is no <html> to change.
    if (typeof document !== 'undefined' && document.documentElement.classList.contains('dark') !== dark) apply(mode)
  },
}
