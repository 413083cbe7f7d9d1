/** Plain text and table rows of a built HTML page, for comparing it with the seed. Pure. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole
    }
    return ENTITIES[code.toLowerCase()] ?? whole
  })
}

/** The visible text of an HTML fragment: scripts, styles and tags removed, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|tr|h[1-6]|pre|figcaption|td|th)>/gi, '$&\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
}

/** The page's main document content (VitePress's .vp-doc), or the whole body when absent. */
export function docContent(html: string): string {
  const start = html.search(/<div[^>]*class="[^"]*\bvp-doc\b/)
  if (start < 0) return html
  const end = html.indexOf('<footer', start)
  return html.slice(start, end < 0 ? undefined : end)
}

/** Every table row of an HTML fragment as its cells' text. */
export function tableRows(html: string): string[][] {
  const rows: string[][] = []
  for (const tr of html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const cells = [...tr[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => htmlToText(c[1]!).trim())
    rows.push(cells)
  }
  return rows
}
