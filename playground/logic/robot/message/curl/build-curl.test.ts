import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../../examples'
import { buildCurlCommand, shellQuote } from './index'

/** What a real POSIX shell makes of a quoted word: the shell prints its argument back. */
function throughShell(word: string): string {
  return execFileSync('sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' })
}

describe('shellQuote', () => {
  it('wraps in single quotes and escapes single quotes', () => {
    expect(shellQuote('abc')).toBe("'abc'")
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
  })

  it.each([
    ['dollar and backticks', '$HOME `id` $(id)'],
    ['quotes', `"double" 'single' \\back`],
    ['history and globs', '!! * ? [a] ~'],
    ['newlines and unicode', '第一行\n第二行 🤖 ＡＢＣ'],
    ['ampersands of a query', 'https://x/?a=1&b=2;c|d'],
    ['empty', ''],
  ])('survives the shell unchanged: %s', (_name, value) => {
    expect(throughShell(shellQuote(value))).toBe(value)
  })

  it('survives the shell unchanged for any string without NUL (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\0')), (value) => {
        expect(throughShell(shellQuote(value))).toBe(value)
      }),
      { numRuns: 60 },
    )
  })
})

describe('buildCurlCommand', () => {
  const url = `${EXAMPLE.robotWebhook}&timestamp=1700000000000&sign=RqBq3E1RTBDv3n2QBCh4adZ2WHk9mVklyUoDBLxarjI%3D`
  const json = JSON.stringify({ msgtype: 'text', text: { content: "跟投 it's $HOME" } })

  it('posts JSON to the quoted URL', () => {
    const command = buildCurlCommand({ url, json })
    expect(command).toContain(`-X POST '${url}'`)
    expect(command).toContain("-H 'Content-Type: application/json; charset=utf-8'")
    expect(command.split('\n')).toHaveLength(3)
    expect(command.split('\n').slice(0, 2).every((line) => line.endsWith(' \\'))).toBe(true)
  })

  it('gives curl exactly the URL and body (parsed by a real shell)', () => {
    const command = buildCurlCommand({ url, json })
    // Replace curl with a function that prints its arguments, one per line (NUL-separated).
    const out = execFileSync('sh', ['-c', `curl() { printf '%s\\0' "$@"; }\n${command}`], { encoding: 'utf8' })
    const args = out.split('\0').slice(0, -1)
    expect(args).toEqual(['-sS', '-X', 'POST', url, '-H', 'Content-Type: application/json; charset=utf-8', '-d', json])
  })

  it('never lets a body starting with @ be read as a file name', () => {
    expect(buildCurlCommand({ url, json: '@/etc/passwd' })).toContain("-d ' @/etc/passwd'")
  })
})
