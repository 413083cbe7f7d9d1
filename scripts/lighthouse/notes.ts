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
    'Hydration. Vue makes the server-rendered page interactive in one pass over the whole page (VitePress 1.6 has no ' +
    'partial hydration), then the page mounts its widget; both run as long tasks, which Lighthouse times on the host ' +
    'CPU and multiplies by 4, so the figure moves with the host (the range in the TBT column). Plain VitePress blocks ' +
    'too (its row). What our pages add is what they are for: more DOM to hydrate (console mock-ups and tables: ' +
    '/app/dev-info has 413 elements, plain VitePress 145) and, on widget pages, the widget mounting right after ' +
    'hydration; the 工具箱 opens its first tool at the top of the page, where mounting later would change nothing. ' +
    'Deferring a widget further down a guide page until it scrolls into view would trim TBT there, at the cost of a ' +
    'visible delay when the reader reaches it; not done. Even at zero blocking time the score stays below 100: FCP ' +
    'alone (above) keeps plain VitePress itself at 98.',
  'cumulative-layout-shift':
    'Thousandths, from VitePress\'s own nav bar and outline menu settling after hydration (plain VitePress shows ' +
    'the same), not from the widgets.',
}
