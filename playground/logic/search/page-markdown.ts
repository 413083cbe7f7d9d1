import { glossary, type GlossaryEntry } from './glossary'
import { questionGroups, type QuestionGroup } from './questions'

/** Markers in docs/questions.md that the Markdown renderer replaces (.vitepress/config/search-pages.ts). */
export const QUESTIONS_MARKER = '<!-- @search:questions -->'
export const GLOSSARY_MARKER = '<!-- @search:glossary -->'

/**
 * Escapes text for a Markdown link label or table cell. Braces become entities: the page is
 * compiled as a Vue template, where {{ }} would be read as an expression.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'))
}

/** Where a link leads, in words: the page's name from `pageNames` ('/app/dev-info' → '3. 配置开发信息'). */
function pageOf(link: string, pageNames: Record<string, string>): string {
  const path = link.split('#')[0] ?? link
  return pageNames[path] ?? path
}

/** The question index as Markdown: one section per step, one line per question. */
export function questionsMarkdown(pageNames: Record<string, string>, groups: QuestionGroup[] = questionGroups): string {
  return groups
    .map((group) => {
      const lines = group.questions.map(
        (item) => `- [${escapeMarkdown(item.q)}](${item.link})<span class="qi-where">${escapeMarkdown(pageOf(item.link, pageNames))}</span>`,
      )
      return `## ${escapeMarkdown(group.step)} {#${group.id}}\n\n${lines.join('\n')}\n`
    })
    .join('\n')
}

/** The glossary as a Markdown table (two columns, so that it fits a phone). */
export function glossaryMarkdown(entries: GlossaryEntry[] = glossary): string {
  const rows = entries.map(
    (e) => `| ${escapeMarkdown(e.typed.join('、'))} | **${escapeMarkdown(e.site.join('、'))}**：[${escapeMarkdown(e.note)}](${e.link}) |`,
  )
  return ['| 你可能会说 | 本站的说法 |', '| --- | --- |', ...rows].join('\n') + '\n'
}
