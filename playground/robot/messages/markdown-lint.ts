import { type Finding, warning } from '../../core/findings'

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
    findings.push(warning('markdown.table', `${field}里有表格：钉钉的 Markdown 不支持表格，会显示成原样的竖线文字。可以改成列表。`))
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
