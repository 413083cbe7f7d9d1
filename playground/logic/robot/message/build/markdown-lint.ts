import { type Finding, warning } from '../../../core/findings'
import { preview } from '../../../core/text'
import { imageUrlFindings } from './image-url'

/** Invisible direction controls: U+202E makes “evil” show as “live”, a known way to disguise text. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/
/** An HTML tag other than <font> (which DingTalk is observed to colour: preview/dingtalk-facts.ts). */
const HTML_TAG = /<\/?(?!font\b)[a-z][a-z0-9]{0,15}\b[^<>\n]{0,200}>/i
const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data|file):/i

/** Every `[text](url)` / `![alt](url)` target, found in linear time (each `](` looks at most 300 characters either side). */
function linkTargets(text: string): { url: string; image: boolean }[] {
  const out: { url: string; image: boolean }[] = []
  for (let p = text.indexOf(']('); p >= 0; p = text.indexOf('](', p + 2)) {
    const url = /^[^)\s]{0,300}/.exec(text.slice(p + 2, p + 302))?.[0] ?? ''
    if (text[p + 2 + url.length] !== ')') continue
    const before = text.slice(Math.max(0, p - 300), p)
    const open = before.lastIndexOf('[')
    if (open < 0) continue
    out.push({ url, image: before[open - 1] === '!' || (open === 0 && text[Math.max(0, p - 300) - 1] === '!') })
  }
  return out
}

/**
 * DingTalk renders only a Markdown subset: headings, quote, bold, italic, link, image, ordered
 * and unordered lists. Tables, strikethrough, code blocks and nested lists are reported as
 * not rendered (community reports), so they are warnings.
 */
export function unsupportedMarkdown(text: string, field: string): Finding[] {
  const findings: Finding[] = []
  const lines = text.split(/\r?\n/)
  // The separator row under a table header, e.g. `| --- | :-: |`; spaces removed first so the regex stays linear.
  const isSeparatorRow = (line: string) => line.includes('|') && /^\|?(?::?-+:?\|)*:?-+:?\|?$/.test(line.replace(/\s+/g, ''))
  if (lines.some(isSeparatorRow)) {
    findings.push(
      warning(
        'markdown.table',
        `${field}里有表格：据用户报告，电脑版显示为表格，手机版显示为原样的竖线（未确认）。请改用列表。`,
      ),
    )
  }
  const targets = linkTargets(text)
  const unsafe = targets.find((t) => UNSAFE_SCHEME.test(t.url))
  if (unsafe) {
    findings.push(warning('markdown.unsafeLink', `${field}里的链接 ${preview(unsafe.url, 24)} 不是网址，点了不会打开。请用 https:// 地址。`))
  }
  for (const t of targets.filter((t) => t.image && !UNSAFE_SCHEME.test(t.url)).slice(0, 3)) {
    findings.push(...imageUrlFindings(t.url, 'markdown.image', `${field}里的图片`))
  }
  const tag = HTML_TAG.exec(text)
  if (tag) {
    findings.push(warning('markdown.html', `${field}里有 HTML 标签 ${preview(tag[0], 24)}：钉钉不支持（<font color> 除外），可能原样显示。`))
  }
  if (BIDI.test(text)) {
    findings.push(
      warning('markdown.bidi', `${field}里有文字方向控制字符（如 U+202E），会让文字倒着显示，“evil”成了“live”，常用于伪装。请删除。`),
    )
  }
  if (/~~[^~\n]+~~/.test(text)) {
    findings.push(warning('markdown.strikethrough', `${field}里有删除线 ~~…~~：钉钉不支持，会原样显示波浪线。`))
  }
  if (lines.some((line) => /^\s{0,3}(```|~~~)/.test(line))) {
    findings.push(warning('markdown.codeBlock', `${field}里有代码块（\`\`\`）：钉钉的 Markdown 不支持代码块，请改成普通文字或引用。`))
  }
  const isIndentedItem = (line: string) => {
    const match = /^([ \t]+)(?:[-*+]|[0-9]+\.)\s/.exec(line)
    return match !== null && (match[1] ?? '').replace(/\t/g, '  ').length >= 2
  }
  if (lines.some(isIndentedItem)) {
    findings.push(warning('markdown.nestedList', `${field}里有嵌套（缩进的）列表：钉钉只支持一层列表，请改为不缩进。`))
  }
  return findings
}
