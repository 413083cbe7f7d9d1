import { escapeHtml } from './escape-html'
import { safeUrl } from './safe-url'
import { findMentions } from '../build/mention-scan'

/**
 * Inline markdown of DingTalk's subset: **bold**, *italic*, [link](url), ![image](url), and the
 * undocumented but observed <font color="…">…</font> (dingtalk-facts.ts).
 * Everything else (code spans, ~~strike~~, other <html>, autolinks) stays literal text.
 * Images are NOT loaded (a preview must not contact other sites): they become a placeholder.
 */
export interface InlineOptions {
  /** `@…` tokens to highlight as mentions (mobiles / userIds listed in `at`). */
  mentions?: readonly string[]
}

/** Links and emphasis must close within this many characters: keeps 100 KB of text fast (no O(n²) scans). */
const MAX_SPAN = 2000
const ESCAPABLE = new Set('\\`*_{}[]()#+-.!>'.split(''))

export function imagePlaceholder(alt: string, url: string): string {
  const label = alt.trim() ? `图片：${escapeHtml(alt)}` : '图片'
  return `<span class="dt-img" role="img" aria-label="${label}" title="${escapeHtml(url)}">${label}</span>`
}

/** Plain text → escaped HTML with @mentions highlighted (found by the message checks' own scan). */
export function renderPlain(text: string, options: InlineOptions = {}): string {
  const spans = options.mentions?.length ? findMentions(text, options.mentions.map((m) => m.trim())) : []
  if (spans.length === 0) return escapeHtml(text)
  let out = ''
  let last = 0
  for (const span of spans) {
    out += escapeHtml(text.slice(last, span.start)) + `<span class="dt-at">${escapeHtml(text.slice(span.start, span.end))}</span>`
    last = span.end
  }
  return out + escapeHtml(text.slice(last))
}

/**
 * For each index, where the next `[`, `](`, `)` and blank line start (-1: none). Built once per
 * rendered string, so finding a link's end is a lookup, not a scan to the end of the text: a
 * 200 KB line of `[]` used to take minutes (every `[` searched the whole rest for `](`).
 */
interface LinkIndex {
  open: Int32Array
  close: Int32Array
  paren: Int32Array
  blank: Int32Array
}

function buildLinkIndex(src: string): LinkIndex {
  const n = src.length
  const open = new Int32Array(n + 1).fill(-1)
  const close = new Int32Array(n + 1).fill(-1)
  const paren = new Int32Array(n + 1).fill(-1)
  const blank = new Int32Array(n + 1).fill(-1)
  for (let k = n - 1; k >= 0; k--) {
    const c = src[k]
    open[k] = c === '[' ? k : open[k + 1]!
    close[k] = c === ']' && src[k + 1] === '(' ? k : close[k + 1]!
    paren[k] = c === ')' ? k : paren[k + 1]!
    blank[k] = c === '\n' && src[k + 1] === '\n' ? k : blank[k + 1]!
  }
  return { open, close, paren, blank }
}

/** Finds `](url)` right after a `[...]` whose `[` is at `open`; returns text, url and end index. */
function readBracketLink(src: string, open: number, index: LinkIndex): { text: string; url: string; end: number } | null {
  const close = index.close[open + 1] ?? -1
  if (close < 0 || close - open > MAX_SPAN) return null
  const nextOpen = index.open[open + 1] ?? -1
  if (nextOpen >= 0 && nextOpen < close) return null
  const blank = index.blank[open + 1] ?? -1
  if (blank >= 0 && blank + 1 < close) return null
  const urlEnd = index.paren[close + 2] ?? -1
  if (urlEnd < 0 || urlEnd - close > MAX_SPAN) return null
  const url = src.slice(close + 2, urlEnd)
  if (/\s/.test(url.trim()) || url.includes('(')) return null
  return { text: src.slice(open + 1, close), url, end: urlEnd + 1 }
}

/** `<font … color=…>`: only a hex colour or a plain colour word, so the style attribute stays inert. */
const FONT_OPEN = /^<font\s[^<>]{0,200}?\bcolor\s*=\s*["']?(#[0-9a-f]{3,8}|[a-z]{3,20})(?:["']?(?=[\s>]))[^<>]{0,200}>/i
const FONT_CLOSE = '</font>'

/** For each index, where the next `</font>` starts (-1: none), case-insensitive. */
function buildFontIndex(src: string): Int32Array {
  const lower = src.toLowerCase()
  const next = new Int32Array(src.length + 1).fill(-1)
  for (let k = src.length - 1; k >= 0; k--) next[k] = lower.startsWith(FONT_CLOSE, k) ? k : next[k + 1]!
  return next
}

export function renderInline(src: string, options: InlineOptions = {}, depth = 0): string {
  let out = ''
  let plain = ''
  const flush = () => {
    out += renderPlain(plain, options)
    plain = ''
  }
  let closers: Record<'*' | '**', number[]> | null = null
  let links: LinkIndex | null = null
  let fonts: Int32Array | null = null
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (c === '\\' && i + 1 < src.length && ESCAPABLE.has(src[i + 1]!)) {
      plain += src[i + 1]
      i += 2
      continue
    }
    if (c === '!' && src[i + 1] === '[') {
      links ??= buildLinkIndex(src)
      const link = readBracketLink(src, i + 1, links)
      const url = link && safeUrl(link.url)
      if (link && url) {
        flush()
        out += imagePlaceholder(link.text, url)
        i = link.end
        continue
      }
    }
    if (c === '[' && depth < 3) {
      links ??= buildLinkIndex(src)
      const link = readBracketLink(src, i, links)
      const url = link && safeUrl(link.url)
      if (link && url && link.text.trim()) {
        flush()
        out += `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer nofollow">${renderInline(link.text, options, depth + 1)}</a>`
        i = link.end
        continue
      }
    }
    if (c === '<' && depth < 6 && (src[i + 1] === 'f' || src[i + 1] === 'F')) {
      const open = FONT_OPEN.exec(src.slice(i, i + 420))
      if (open) {
        fonts ??= buildFontIndex(src)
        const start = i + open[0].length
        const close = fonts[start] ?? -1
        if (close >= 0 && close - start <= MAX_SPAN) {
          flush()
          out += `<span class="dt-font" style="color: ${open[1]}">${renderInline(src.slice(start, close), options, depth + 1)}</span>`
          i = close + FONT_CLOSE.length
          continue
        }
      }
    }
    if (c === '*' && depth < 6) {
      const marker = src.startsWith('**', i) ? '**' : '*'
      const start = i + marker.length
      closers ??= closerPositions(src)
      const close = findClosing(src, start, closers[marker])
      if (close > start) {
        flush()
        const tag = marker === '**' ? 'strong' : 'em'
        out += `<${tag}>${renderInline(src.slice(start, close), options, depth + 1)}</${tag}>`
        i = close + marker.length
        continue
      }
      plain += marker
      i += marker.length
      continue
    }
    plain += c
    i += 1
  }
  flush()
  return out
}

/**
 * Where an emphasis may close: after a non-space character (as in CommonMark), not escaped, and for
 * a single `*` not part of `**`. Computed once per call so 100 KB of stars stays linear-ish.
 */
function closerPositions(src: string): Record<'*' | '**', number[]> {
  const single: number[] = []
  const double: number[] = []
  for (let k = 1; k < src.length; k++) {
    if (src[k] !== '*') continue
    const before = src[k - 1]!
    if (/\s/.test(before) || before === '\\') continue
    if (src[k + 1] === '*') double.push(k)
    else if (before !== '*') single.push(k)
  }
  return { '*': single, '**': double }
}

/** The first closer after `start` (and within MAX_SPAN), by binary search; -1 when none. */
function findClosing(src: string, start: number, positions: number[]): number {
  if (start >= src.length || /\s/.test(src[start]!)) return -1
  let lo = 0
  let hi = positions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (positions[mid]! <= start) lo = mid + 1
    else hi = mid
  }
  const k = positions[lo]
  return k !== undefined && k - start <= MAX_SPAN ? k : -1
}
