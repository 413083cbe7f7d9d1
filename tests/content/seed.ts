/**
 * Pulls out of the old FAQ (a GitBook export as plain text, screenshots lost) everything the
 * site must keep: step headings, field labels and their options, rule sentences, both
 * permission tables and the credential names. Pure functions: text in, lists out.
 *
 * The export mixes three kinds of lines: the FAQ's own text, words of the console captured
 * from the lost screenshots (tabs, buttons, statuses, example values), and GitBook leftovers
 * ("稍等", "测试", "[返回](#)"). The rules below tell them apart; seed.test.ts pins the result.
 */

export interface PermissionRow {
  /** The table it belongs to, e.g. '高级权限-企业通讯录'. */
  group: string
  name: string
  description: string
  status: string
}

export interface RelatedLink {
  /** What the link points to, e.g. '钉钉开放平台管理后台'. */
  text: string
  /** The link's own label, e.g. '打开' or '获取appKey和appSecret'. */
  label: string
}

export interface SeedContent {
  headings: string[]
  fieldLabels: string[]
  /** The choices offered by a field (☒ / ☐), e.g. '企业内部自主开发'. */
  options: string[]
  rules: string[]
  permissionTables: { group: string; description: string }[]
  permissionRows: PermissionRow[]
  credentialNames: string[]
  relatedLinks: RelatedLink[]
  /** Console words from the screenshots (tabs, buttons, statuses, example values): not checked. */
  consoleTexts: string[]
}

/** GitBook leftovers: placeholders, the table of contents' title, dead back-links. */
const LEFTOVER = /^(稍等|测试|目录|返回|(\[[^\]]*\]\(#\))+)$/

/**
 * Short lines that are console chrome rather than headings: buttons, tabs, statuses, help
 * menu entries and example values seen in the screenshots.
 */
const CONSOLE_WORDS = new Set([
  '点击上传',
  '请从本页下载',
  '下一步',
  '跟投系统',
  '企业跟投管理平台',
  '基础信息',
  '接口权限',
  '稳定性管理',
  '钉钉开放平台',
  '已认证',
  '已完成',
  '已发布',
  '修改',
  '需求建议',
])

/** Text recognition slips in the export (a lower-case L for the I of CorpId). */
const OCR_FIXES: Record<string, string> = { Corpld: 'CorpId' }

const TOC_ENTRY = /^(.+?)\t\d+(?:\.\d+)*$/
const NUMBERED_STEP = /^\d+ (\S+)$/
const STARRED_LABEL = /^\*\s*([^:：]+?)\s*[:：]\s*(.*)$/
const LABEL_LINE = /^([^\s:：,，。*[\]()（）]{2,12})\s*[:：]\s*(.*)$/
const CHECKBOX = /[☒☐]\s*([^☒☐]+)/g
const LIST_LINK = /^-\s*(.+?)\s*[:：]\s*\[([^\]]+)\]\(#\)\s*$/
const TABLE_HEADER = /^权限\t描述/
const SENTENCE_PUNCTUATION = /[，。,、（）()：:]/
const HAN = /\p{Script=Han}/u

function fixOcr(word: string): string {
  return OCR_FIXES[word] ?? word
}

/** "http://…" carries a colon that is no label separator. */
function withoutUrls(text: string): string {
  return text.replace(/[a-z]+:\/\/\S*/gi, 'URL')
}

function uniq(items: string[]): string[] {
  return [...new Set(items)]
}

/** The export's lines, trimmed, without blank lines and GitBook leftovers. */
export function seedLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !LEFTOVER.test(line))
}

/** Removes dead GitBook links: a sentence that only points somewhere ("点击了解更多[…](#)") is dropped. */
export function splitSentences(line: string): string[] {
  return line
    .split(/(?<=。)/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/\]\(#\)/.test(s))
    .map((s) => s.replace(/。$/, ''))
}

/** A row of short words separated by spaces: a tab bar or a menu, not a sentence. */
function isWordRow(line: string): boolean {
  const parts = line.split(/\s+/)
  return parts.length >= 3 && parts.every((p) => p.length <= 6 && !SENTENCE_PUNCTUATION.test(p))
}

function isRuleLine(line: string): boolean {
  return HAN.test(line) && !isWordRow(line) && (SENTENCE_PUNCTUATION.test(line) || line.length >= 11)
}

export function extractSeed(text: string): SeedContent {
  const lines = seedLines(text)
  const out: SeedContent = {
    headings: [],
    fieldLabels: [],
    options: [],
    rules: [],
    permissionTables: [],
    permissionRows: [],
    credentialNames: [],
    relatedLinks: [],
    consoleTexts: [],
  }
  let table: string | null = null
  let inHandover = false

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1] ?? ''

    const toc = TOC_ENTRY.exec(line)
    if (toc) {
      out.headings.push(toc[1]!.trim())
      continue
    }
    // Permission tables: "<group> <description>", then a tab-separated header and rows.
    if (TABLE_HEADER.test(next)) {
      const [group, ...rest] = line.split(/\s+/)
      out.permissionTables.push({ group: group!, description: rest.join('').replace(/。$/, '') })
      out.rules.push(...splitSentences(rest.join('')))
      continue
    }
    if (TABLE_HEADER.test(line)) {
      table = out.permissionTables.at(-1)?.group ?? null
      continue
    }
    if (table && line.includes('\t')) {
      const [name = '', description = '', status = ''] = line.split('\t').map((c) => c.trim())
      out.permissionRows.push({ group: table, name, description, status })
      continue
    }
    table = null

    const link = LIST_LINK.exec(line)
    if (link) {
      out.relatedLinks.push({ text: link[1]!, label: link[2]! })
      continue
    }
    const step = NUMBERED_STEP.exec(line)
    if (step) {
      out.headings.push(step[1]!)
      continue
    }
    const starred = STARRED_LABEL.exec(line)
    if (starred) {
      out.fieldLabels.push(starred[1]!)
      for (const m of starred[2]!.matchAll(CHECKBOX)) out.options.push(m[1]!.trim())
      continue
    }
    if (/^[☒☐]/.test(line)) {
      for (const m of line.matchAll(CHECKBOX)) out.options.push(m[1]!.trim())
      continue
    }
    const label = LABEL_LINE.exec(line)
    // "图片格式必须为：png、jpeg…" is a sentence with a colon, not a label: labels carry no clause.
    if (label && !/[，。,]/.test(label[2]!) && !/[:：]/.test(withoutUrls(label[2]!))) {
      const name = fixOcr(label[1]!)
      out.fieldLabels.push(name)
      if (inHandover) out.credentialNames.push(name)
      continue
    }
    if (/[:：].*[:：]/.test(withoutUrls(line))) {
      out.consoleTexts.push(line) // "工具与资源： 调试工具： 设计资源："
      continue
    }
    if (isRuleLine(line)) {
      // "…（开发版本最多20人可见） 添加": the button after the sentence is console chrome.
      out.rules.push(...splitSentences(line.replace(/\s+添加$/, '')))
      continue
    }
    inHandover = false
    if (line === '最终提供') inHandover = true
    const short = line.length <= 12 && !/[\s×②]/.test(line)
    // A company name (an example value in the screenshots) is not a heading either.
    if (short && !CONSOLE_WORDS.has(line) && !/公司$/.test(line)) out.headings.push(line)
    else out.consoleTexts.push(line)
  }

  return {
    ...out,
    headings: uniq(out.headings),
    fieldLabels: uniq(out.fieldLabels),
    options: uniq(out.options),
    rules: uniq(out.rules),
    credentialNames: uniq(out.credentialNames),
  }
}

/**
 * The form in which seed text and page text are compared: full-width forms folded to ASCII
 * (，→, （→( ：→:), quotes unified, all whitespace removed. The site may set the console's
 * half-width punctuation in full width or add spaces between Chinese and Latin text.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟″＂]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, '')
}

/** Whether `needle` occurs in `haystack` once both are normalised. */
export function containsNormalized(haystack: string, needle: string): boolean {
  return normalizeForMatch(haystack).includes(normalizeForMatch(needle))
}
