import { renderInline, type InlineOptions } from './render-inline'

export interface MarkdownOptions extends InlineOptions {
  /** Which client to imitate: tables render on the PC client only (dingtalk-facts.ts). Default phone. */
  client?: 'phone' | 'pc'
}

/**
 * Markdown → HTML the way a DingTalk robot message shows it: ONLY the subset DingTalk documents
 * (https://open.dingtalk.com/document/development/robot-message-type:
 * headings, quote, bold, italic, link, image, ordered and unordered lists).
 * Code blocks, strikethrough, rules, HTML and nested lists appear literally, as text; tables too,
 * except with `client: 'pc'`, and <font color> is coloured (both observed, not documented: dingtalk-facts.ts).
 * The output is safe to put into innerHTML: every piece of user text is escaped, hrefs are
 * http(s)/dingtalk only, and images are placeholders (nothing is fetched from other sites).
 * Line breaks follow Markdown: a single newline joins lines (community reports say DingTalk does the
 * same), a line ending in two spaces or a blank line breaks.
 */
type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'table'; rows: string[][] }

/** `| --- | :-: |`; spaces removed first so the regex stays linear. */
const isSeparatorRow = (line: string) => line.includes('-') && /^\|?(?::?-+:?\|)*:?-+:?\|?$/.test(line.replace(/\s+/g, ''))
const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim())

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/
const QUOTE = /^ {0,3}>[ \t]?(.*)$/
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/

function parseBlocks(source: string, tables: boolean): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!
    const last = blocks[blocks.length - 1]
    if (tables && line.includes('|') && isSeparatorRow(lines[n + 1] ?? '')) {
      const rows = [cells(line)]
      n += 1
      while (n + 1 < lines.length && lines[n + 1]!.includes('|') && lines[n + 1]!.trim() !== '') rows.push(cells(lines[++n]!))
      blocks.push({ kind: 'table', rows })
      continue
    }
    if (line.trim() === '') {
      blocks.push({ kind: 'paragraph', lines: [] }) // a blank line ends whatever came before
      continue
    }
    let m: RegExpMatchArray | null
    if ((m = line.match(HEADING))) {
      blocks.push({ kind: 'heading', level: m[1]!.length, text: m[2]! })
    } else if ((m = line.match(QUOTE))) {
      if (last?.kind === 'quote') last.lines.push(m[1]!)
      else blocks.push({ kind: 'quote', lines: [m[1]!] })
    } else if ((m = line.match(BULLET)) && !/^ {0,3}([-*])[ \t]*\1[ \t]*\1/.test(line)) {
      if (last?.kind === 'list' && !last.ordered) last.items.push(m[1]!)
      else blocks.push({ kind: 'list', ordered: false, start: 1, items: [m[1]!] })
    } else if ((m = line.match(ORDERED))) {
      if (last?.kind === 'list' && last.ordered) last.items.push(m[2]!)
      else blocks.push({ kind: 'list', ordered: true, start: Number(m[1]), items: [m[2]!] })
    } else if (last?.kind === 'paragraph' && last.lines.length > 0) {
      last.lines.push(line)
    } else if (last?.kind === 'quote' && !/^\s*$/.test(line)) {
      last.lines.push(line) // lazy continuation of a quote
    } else {
      blocks.push({ kind: 'paragraph', lines: [line] })
    }
  }
  return blocks.filter((b) => b.kind !== 'paragraph' || b.lines.length > 0)
}

/** Joins lines: two trailing spaces (or a backslash) make a hard break, otherwise a soft one. */
function renderLines(lines: string[], options: InlineOptions): string {
  return lines
    .map((line, i) => {
      const isLast = i === lines.length - 1
      const hard = !isLast && / {2,}$/.test(line)
      const text = isLast ? line.trimEnd() : line.replace(/ {2,}$/, '')
      return renderInline(text, options) + (isLast ? '' : hard ? '<br>' : '\n')
    })
    .join('')
}

export function renderDingTalkMarkdown(source: string, options: MarkdownOptions = {}): string {
  if (typeof source !== 'string' || source.trim() === '') return ''
  return parseBlocks(source, options.client === 'pc')
    .map((block) => {
      switch (block.kind) {
        case 'table': {
          const [head = [], ...body] = block.rows
          const row = (r: string[], tag: 'th' | 'td') => `<tr>${r.map((c) => `<${tag}>${renderInline(c, options)}</${tag}>`).join('')}</tr>`
          return `<table><thead>${row(head, 'th')}</thead><tbody>${body.map((r) => row(r, 'td')).join('')}</tbody></table>`
        }
        case 'heading':
          return `<h${block.level}>${renderInline(block.text, options)}</h${block.level}>`
        case 'quote':
          return `<blockquote>${renderLines(block.lines, options)}</blockquote>`
        case 'list': {
          const items = block.items.map((item) => `<li>${renderInline(item, options)}</li>`).join('')
          if (!block.ordered) return `<ul>${items}</ul>`
          return block.start === 1 ? `<ol>${items}</ol>` : `<ol start="${block.start}">${items}</ol>`
        }
        case 'paragraph':
          return `<p>${renderLines(block.lines, options)}</p>`
      }
    })
    .join('')
}
