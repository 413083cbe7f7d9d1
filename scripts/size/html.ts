/**
 * What a built page's HTML makes the browser fetch as JavaScript on a first visit:
 * module/classic script tags, `<link rel="modulepreload">`, and (for information) prefetches
 * and inline scripts. A small tag scanner instead of a DOM: the HTML is VitePress's own output.
 */

export interface PageScripts {
  /** `<script src>` URLs, in document order (the entry). */
  entries: string[]
  /** `<link rel="modulepreload" href>` URLs. */
  modulepreloads: string[]
  /** `<link rel="prefetch" href>` URLs: fetched when idle, not part of the first visit. */
  prefetches: string[]
  /** Bodies of inline `<script>` elements (VitePress's hash map, site data, dark-mode check). */
  inline: string[]
  /** `<link rel="stylesheet">` (also `rel="preload stylesheet"`) URLs: CSS that blocks the first paint. */
  stylesheets: string[]
}

/** Attributes of one start tag's attribute text, names lower-cased; bare attributes get ''. */
export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
  for (const m of text.matchAll(re)) {
    const name = m[1]!.toLowerCase()
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e]!)
}

/** `rel` is a token list: `rel="preload stylesheet"` holds both. */
function relTokens(attrs: Record<string, string>): string[] {
  return (attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean)
}

export function parsePageScripts(html: string): PageScripts {
  const found: PageScripts = { entries: [], modulepreloads: [], prefetches: [], inline: [], stylesheets: [] }
  // Comments first, so a commented-out tag is not counted.
  const source = html.replace(/<!--[\s\S]*?-->/g, '')
  const tags = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<link\b([^>]*?)\/?>/gi
  for (const m of source.matchAll(tags)) {
    if (m[3] !== undefined) {
      const attrs = parseAttributes(m[3])
      if (!attrs.href) continue
      const rel = relTokens(attrs)
      if (rel.includes('stylesheet')) found.stylesheets.push(attrs.href)
      else if (rel.includes('modulepreload')) found.modulepreloads.push(attrs.href)
      else if (rel.includes('prefetch') && (attrs.as === undefined || attrs.as === 'script')) found.prefetches.push(attrs.href)
      continue
    }
    const attrs = parseAttributes(m[1] ?? '')
    const type = (attrs.type ?? '').toLowerCase()
    // JSON, templates and the like are data, not script.
    const isScript = type === '' || type === 'module' || type.includes('javascript')
    if (!isScript) continue
    if (attrs.src) found.entries.push(attrs.src)
    else if ((m[2] ?? '').trim()) found.inline.push(m[2]!)
  }
  return found
}

/**
 * The file below the site's output folder that a URL on a page points at, or null for
 * another origin or a path outside the base. `pageUrl` resolves relative URLs.
 */
export function urlToDistPath(url: string, base: string, pageUrl = 'http://site' + base): string | null {
  const resolved = new URL(url, pageUrl)
  if (resolved.origin !== new URL(pageUrl).origin) return null
  const path = decodeURIComponent(resolved.pathname)
  if (!path.startsWith(base)) return null
  return path.slice(base.length)
}

/**
 * How many elements the page's HTML holds (start tags outside comments and script/style bodies):
 * what the browser lays out and styles before the reader sees anything (issue 24). Reported per
 * page beside plain VitePress's.
 */
export function countElements(html: string): number {
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<$1>')
  return [...source.matchAll(/<[a-zA-Z][^\s/>]*/g)].filter((m) => !/^<!doctype/i.test(m[0])).length
}
