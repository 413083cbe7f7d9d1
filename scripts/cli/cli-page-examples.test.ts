/**
 * The 命令行工具 page's `validate --field` examples pass as shown (issue 25: the page checked the example
 * AppKey as a CorpId, and its own example failed).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runInProcess } from './testing/run-in-process'

const page = readFileSync(join(__dirname, '../../docs/cli.md'), 'utf8')
const examples = [...page.matchAll(/^node dingtalk\.mjs (validate --field \S+ --value \S+(?: --json)?)$/gm)].map((m) => m[1]!)

describe('the 命令行工具 page: validate examples', () => {
  it('are there', () => expect(examples.length).toBeGreaterThan(0))
  it.each(examples)('`%s` exits 0', async (line) => {
    const r = await runInProcess(line.split(' '))
    expect(r.code, r.stdout).toBe(0)
  })
})
