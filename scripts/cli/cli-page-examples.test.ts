/**
 * The 命令行工具 page's `validate --field` examples pass as shown (issue 25: the page checked the example
 * AppKey as a CorpId, and its own example failed). The page's examples are the command registry's
 * (.vitepress/config/cli-reference.ts writes them into docs/cli.md at build time).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_COMMANDS_MARKER, commandsMarkdown, PAGE_PROG } from '../../.vitepress/config/cli-reference'
import { PROG } from './core/command'
import { COMMANDS } from './commands'
import { runInProcess } from './testing/run-in-process'

const page = readFileSync(join(__dirname, '../../docs/cli.md'), 'utf8')
const reference = commandsMarkdown()
const examples = COMMANDS.flatMap((c) => c.examples)
  .map((line) => line.split(`${PROG} `)[1] ?? '')
  .filter((line) => /^validate --field \S+ --value \S+( --json)?$/.test(line))

describe('the 命令行工具 page: validate examples', () => {
  it('are there, and the page shows them', () => {
    expect(page).toContain(CLI_COMMANDS_MARKER)
    expect(examples.length).toBeGreaterThan(0)
    for (const line of examples) expect(reference).toContain(`${PAGE_PROG} ${line}`)
  })
  it.each(examples)('`%s` exits 0', async (line) => {
    const r = await runInProcess(line.replace(/'/g, '').split(' '))
    expect(r.code, r.stdout).toBe(0)
  })
})
