/**
 * The README's CLI examples that show their output (`$ npm run -s dingtalk -- …` followed by
 * output lines) are run and compared, so the documentation cannot drift from the tool.
 * Examples whose output depends on the clock (send --dry-run) are skipped; an output line with
 * “…” is compared up to it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { REPO_ROOT, runCli } from './testing/run-cli'

vi.setConfig({ testTimeout: 60_000 })

interface Example {
  args: string[]
  expected: string[]
}

/** Splits a shell line with '…' and "…" quoting (enough for the README's examples). */
function shellWords(line: string): string[] {
  const words: string[] = []
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g
  for (const m of line.matchAll(re)) words.push(m[1] ?? m[2] ?? m[3] ?? '')
  return words
}

function examples(): Example[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('<!-- cli:start -->'), readme.indexOf('<!-- cli:end -->'))
  const lines = section.split('\n')
  const found: Example[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('$ npm run -s dingtalk -- ')) continue
    let command = lines[i]!.slice('$ npm run -s dingtalk -- '.length)
    while (command.endsWith('\\')) command = command.slice(0, -1) + ' ' + lines[++i]!.trim()
    const expected: string[] = []
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && !lines[i + 1]!.startsWith('$') && !lines[i + 1]!.startsWith('```'))
      expected.push(lines[++i]!)
    found.push({ args: shellWords(command), expected })
  }
  return found
}

describe('README CLI examples', () => {
  const all = examples()

  it('are there', () => {
    expect(all.length).toBeGreaterThanOrEqual(5)
  })

  it('print what the README says', async () => {
    const checked = all.filter((e) => e.args[0] !== 'send' && e.expected.length > 0)
    expect(checked.length).toBeGreaterThanOrEqual(4)
    for (const { args, expected } of checked) {
      const r = await runCli(args)
      const out = r.stdout.trimEnd().split('\n')
      expect(out.length, args.join(' ')).toBe(expected.length)
      expected.forEach((line, k) => {
        const cut = line.indexOf('…')
        if (cut === -1) expect(out[k]).toBe(line)
        else expect(out[k]!.startsWith(line.slice(0, cut))).toBe(true)
      })
    }
  })

  it('use only the made-up example values', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    for (const real of ['dings22vk0k4kzwwgdlit', '310804070', '47.101.69.6', 'jyzygroup', 'dinge6c2a']) expect(text).not.toContain(real)
  })
})
