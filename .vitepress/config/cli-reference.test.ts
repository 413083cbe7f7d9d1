import { describe, expect, it } from 'vitest'
import { createMarkdownRenderer } from 'vitepress'
import { defineCommand, PROG } from '../../scripts/cli/core/command'
import { COMMANDS } from '../../scripts/cli/commands'
import { CLI_COMMANDS_MARKER, cliReferencePlugin, commandMarkdown, commandsMarkdown, PAGE_PROG, proseOf } from './cli-reference'

/** VitePress's renderer, with the plugin as the site's config adds it (VitePress keeps one renderer per process). */
const renderer = () => createMarkdownRenderer(process.cwd(), { config: cliReferencePlugin })

/** A command nobody wrote a page section for. */
const INVENTED = defineCommand({
  name: 'agent-check',
  summary: '检查 AgentId 的写法 {{ x }} <b>',
  usage: ['{agent-id} [{json}]'],
  about: '第一行\n第二行 `code` *强调*',
  options: { 'agent-id': { value: 'ID', help: '应用的 AgentId' }, json: { help: '输出一行 JSON' } },
  examples: [`${PROG} agent-check --agent-id 1987654321`],
  exits: '0 通过；1 有错误；2 用法错误',
  load: async () => async () => 0,
})

describe('the 命令行工具 page’s reference, from COMMANDS', () => {
  it('gives every command its section: heading with anchor, usage, options, examples, exit codes', () => {
    const text = commandsMarkdown()
    for (const c of COMMANDS) {
      expect(text).toContain(`### \`${c.name}\`：`)
      expect(text).toContain(`{#${c.name}}`)
      for (const example of c.examples) expect(text).toContain(example.split(PROG).join(PAGE_PROG))
      expect(text).toContain(`${PAGE_PROG} ${c.name} --help`)
    }
    expect(text).not.toContain(PROG)
  })

  it('a new command gets its section for free, and its prose cannot become markup', async () => {
    const md = await renderer()
    const html = md.render(commandMarkdown(INVENTED))
    const text = html.replace(/<[^>]+>/g, '')
    expect(html).toContain('<h3 id="agent-check"')
    expect(text).toContain(`${PAGE_PROG} agent-check --agent-id 1987654321`)
    expect(text).toContain('--agent-id ID')
    expect(text).toContain('退出码：0 通过；1 有错误；2 用法错误')
    // No Vue interpolation, no HTML tag, no Markdown emphasis out of help text.
    expect(html).not.toMatch(/\{\{|<b>|<em>|<code>code<\/code>/)
    expect(proseOf('a\nb')).toBe('a b')
    expect(proseOf('第一行\n第二行')).toBe('第一行第二行')
  })

  it('replaces the page’s marker, and only there', async () => {
    const md = await renderer()
    expect(md.render(`## 命令\n\n${CLI_COMMANDS_MARKER}\n`)).toContain(`${PAGE_PROG} ${COMMANDS[0]!.name}`)
    expect(md.render('## 其他页面\n')).not.toContain(PAGE_PROG)
  })
})
