/**
 * The 命令行工具 page's per-command reference (docs/cli.md), written from the command registry
 * (scripts/cli/commands/index.ts, each command's `<name>/<name>.command.ts`): its summary, what it does, how to call
 * it, its options and notes as `--help` shows them, its examples and its exit codes. A new command
 * gets its section without a page edit. Build time only: the marker in the page is replaced by
 * Markdown before it is parsed (like the question index, ./search.ts), so the reference is part of
 * the page's HTML, its outline and the search index, and no CLI code reaches the browser.
 */
import type { MarkdownRenderer } from 'vitepress'
import { type Command, PROG } from '../../scripts/cli/core/command'
import { COMMANDS } from '../../scripts/cli/commands'
import { renderOptions, renderUsage } from '../../scripts/cli/core/options'

/** Where docs/cli.md wants the reference. */
export const CLI_COMMANDS_MARKER = '<!-- 命令参考：由 scripts/cli/commands/index.ts 的 COMMANDS 生成 -->'

/** How the page calls the tool: the downloaded single file. */
export const PAGE_PROG = 'node dingtalk.mjs'

/** Help text as page prose: a terminal's line breaks dropped, and nothing Markdown or Vue would read as markup. */
export function proseOf(text: string): string {
  return text
    .replace(/([\x21-\x7e])\n([\x21-\x7e])/g, '$1 $2')
    .replace(/\n/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/[\\`*_[\]|~#]/g, '\\$&')
}

/** A fenced block that no line of `text` can close. */
function fenced(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${lang}\n${text}\n${fence}`
}

const asOnPage = (line: string) => line.split(PROG).join(PAGE_PROG)

/** One command's section: heading `name：summary` (anchor #name), usage, about, options, examples, exit codes. */
export function commandMarkdown(c: Command): string {
  const usage = c.usage.map((template) => `${PAGE_PROG} ${c.name} ${renderUsage(template, c.options).split('\n').join('\n    ')}`)
  const details = [`选项：\n${renderOptions(c.options)}`, ...(c.notes ?? [])].map(asOnPage).join('\n\n')
  return [
    `### \`${c.name}\`：${proseOf(c.summary)} {#${c.name}}`,
    fenced('sh', usage.join('\n')),
    proseOf(c.about),
    `::: details 选项和说明（同 \`${PAGE_PROG} ${c.name} --help\`）\n${fenced('text', details)}\n:::`,
    `示例：\n\n${fenced('sh', c.examples.map(asOnPage).join('\n'))}`,
    `退出码：${proseOf(c.exits)}`,
  ].join('\n\n')
}

export function commandsMarkdown(commands: readonly Command[] = COMMANDS): string {
  return commands.map(commandMarkdown).join('\n\n')
}

/** Replaces the marker of docs/cli.md with the reference. */
export function cliReferencePlugin(md: MarkdownRenderer): void {
  md.core.ruler.after('normalize', 'cli-reference', (state) => {
    if (state.src.includes(CLI_COMMANDS_MARKER)) state.src = state.src.replace(CLI_COMMANDS_MARKER, () => commandsMarkdown())
  })
}
