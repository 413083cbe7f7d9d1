import type { Plugin } from 'vite'
import { pageUrl, writtenRecord, type BundleRecord } from './bundle-record'

/**
 * Widget CSS travels with the widget instead of sitting in every page's stylesheet.
 * VitePress builds with `cssCodeSplit: false` (one stylesheet for the whole site, widgets' and all);
 * turned on, each lazy widget chunk gets its own stylesheet, which Vite's preload helper fetches
 * before the chunk runs. VitePress still links one stylesheet per page, the theme's, so:
 * - a page's own widgets (what its .md imports lazily, and what they import) get their
 *   stylesheets linked in that page's <head> (`widgetStylesheets`) where a widget is rendered on
 *   the server (the 工具箱), so it is styled at first paint; where widgets mount when the reader
 *   comes near (`defineLazyWidget`), they come with the widget's code and block no first paint;
 * - CSS of a chunk nothing fetches (entry, theme, page chunk) is caught by `npm run size`.
 */
export function widgetCssWithWidgets(): Plugin {
  return {
    name: 'gt-faq:widget-css-with-widgets',
    apply: 'build',
    config: () => ({ build: { cssCodeSplit: true } }),
  }
}

/** The stylesheets of the widgets a page imports itself: its chunks' dynamic imports and their static imports. */
export function widgetStylesheets(record: BundleRecord, page: string): string[] {
  const chunks = new Map(record.chunks.map((c) => [c.file, c]))
  const queue = record.chunks.filter((c) => c.page === page).flatMap((c) => c.dynamicImports)
  const seen = new Set<string>()
  while (queue.length) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    queue.push(...(chunks.get(file)?.imports ?? []))
  }
  return [...new Set([...seen].flatMap((f) => chunks.get(f)?.css ?? []))]
}

/** The page's HTML with a stylesheet link for each file, right after the theme's. */
export function linkStylesheets(html: string, files: string[], base: string): string {
  const links = files.filter((f) => !html.includes(`href="${base}${f}"`)).map((f) => `<link rel="preload stylesheet" href="${base}${f}" as="style">`)
  if (!links.length) return html
  const theme = /<link rel="preload stylesheet"[^>]*>/.exec(html)
  const at = theme ? theme.index + theme[0].length : html.indexOf('</head>')
  return html.slice(0, at) + links.join('') + html.slice(at)
}

/**
 * Whether the server's HTML holds a widget: every widget's root has the shared class `wui`
 * (WidgetCard, the 工具箱). Such a widget must be styled at its first paint; a page whose widgets
 * mount later (`.lazy-widget`, an empty placeholder in the HTML) needs their styles only then.
 */
export function rendersWidget(html: string): boolean {
  return /\sclass="(?:[^"]*\s)?wui(?:\s[^"]*)?"/.test(html)
}

/**
 * For VitePress's transformHtml: the page's widget stylesheets (the client build, recorded by
 * bundle-record.ts, comes before rendering), linked if the server's HTML holds a widget. Else
 * nothing: Vite's preload helper fetches them with the widget's code when it mounts, and waits for
 * them, so it never shows unstyled. Issue 24: linked (or preloaded: Lighthouse counts a preload's
 * high priority as blocking too), seven stylesheets put 配置开发信息's first paint 0.3–0.5 s
 * behind plain VitePress's on Lighthouse's phone network, for a widget far below the first screen.
 */
export function withWidgetStylesheets(html: string, relativePath: string, outDir: string, base: string): string {
  if (!rendersWidget(html)) return html
  const record = writtenRecord(outDir)
  if (!record) throw new Error(`widget-css: no bundle record for ${outDir}; the bundle-record plugin must run in the same build`)
  return linkStylesheets(html, widgetStylesheets(record, pageUrl(relativePath)), base)
}

/**
 * `rel="preload stylesheet" as="style"` (how VitePress links its stylesheet, and linkStylesheets
 * above) written as plain `rel="stylesheet"`: the same render-blocking stylesheet, but one that
 * Vite's preload helper recognises. It looks for `link[href=…][rel="stylesheet"]` before adding
 * a chunk's CSS; the two-word rel does not match, so every dynamic import added the page's
 * stylesheets a second time (crossorigin, so downloaded again) and the browser restyled the
 * whole page when they came: 100–200 ms of blocking time after hydration under a 4× slowdown
 * (issue 24, ARCHITECTURE.md → Measuring).
 */
export function plainStylesheetLinks(html: string): string {
  return html.replace(/<link rel="preload stylesheet" href="([^"]*)" as="style">/g, '<link rel="stylesheet" href="$1">')
}
