/**
 * Why an audit that costs points on our pages cannot be mended, written after reading the
 * Lighthouse results (the raw results: `npm run lighthouse -- --json out.json`).
 * `npm run lighthouse` prints these next to the audits that fail; an audit that fails
 * without a note here is shown as "not explained yet" (look at it, mend it or explain it).
 *
 * Accessibility, best practices and SEO were mended to 100: colour contrast and the search
 * button's name in .vitepress/theme/custom.css, the favicon at the base path, robots.txt.
 * Plain VitePress (the row in italics) loses points there (code colours, /favicon.ico).
 */
export const WHY_NOT_MENDED: Record<string, string> = {
  'first-contentful-paint':
    'Lighthouse\'s phone simulates slow 4G (150 ms round trips, 1.6 Mbit/s). Before anything paints, the phone must fetch ' +
    'the HTML and the one render-blocking stylesheet into which VitePress puts all of the site\'s CSS; at that speed ' +
    'this takes about 1.7–2 s, and plain VitePress (the row in italics) takes as long. Lighthouse scores FCP 0.9 at ' +
    '1.8 s and 1 only far below it. No script is on the path (VitePress\'s scripts are modules, deferred). Going ' +
    'faster would take inlined critical CSS or a smaller HTML, which VitePress 1.6 does not offer.',
  'largest-contentful-paint':
    'The largest element is a paragraph of text (the home page\'s tagline, elsewhere the first paragraph) and there ' +
    'are no images above the fold, so it paints together with the first paint: same cause as FCP.',
  'speed-index': 'The page is complete at its first paint (text only), so Speed Index follows FCP.',
  'total-blocking-time':
    'Hydration and layout. Vue makes the server-rendered page interactive in one pass (VitePress 1.6 has no partial ' +
    'hydration): the long task plain VitePress has too (its row), a little longer with our bigger sidebar; the page\'s ' +
    'Markdown, console drawings included, is static and skipped by hydration. Before the scripts the browser lays ' +
    'out the page: our step pages are long Chinese texts, plain VitePress\'s page a short English one (the sections ' +
    'below the first screen are laid out only when the reader comes near them). What issue 24 ' +
    'removed (ARCHITECTURE.md → Measuring): every stylesheet downloaded a second time after hydration, the date of ' +
    '最后更新于 formatted with Intl in the browser, the guide widgets mounting at load (they mount when the reader ' +
    'comes near), the second console\'s drawings laid out by default (today\'s console only, the other behind ' +
    'the switch), the 工具箱 hydrated at load (it is hydrated when the reader first touches, scrolls, presses a key ' +
    'or sees its tool), and two restyles of the whole page at load by VitePress\'s light/dark switch. ' +
    'Lighthouse times tasks on the host CPU and multiplies by 4, so on a shared machine the figure moves ' +
    'from run to run (the range in the TBT column). FCP alone (above) keeps plain VitePress itself below 100.',
  'cumulative-layout-shift':
    'Should be 0: the two shifts of VitePress\'s nav bar on a phone (the logo without a width, the outline button ' +
    'changing its text after hydration) are held by .vitepress/theme/custom.css, and a browser test ' +
    '(tests/e2e/load-cost.e2e.ts) fails on any layout shift during load. A figure here is new: look at it.',
}
