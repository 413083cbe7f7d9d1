import { describe, expect, it } from 'vitest'
import { onlyWith, parseOptions, requireExactlyOne, requireOption, UsageError, wantsHelp } from './args'

const SPECS = {
  secret: { type: 'string' },
  webhook: { type: 'string' },
  json: { type: 'boolean' },
  keyword: { type: 'string', multiple: true },
} as const

function usageMessage(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError)
    return (err as Error).message
  }
  throw new Error('expected a UsageError')
}

describe('parseOptions', () => {
  it('parses known options', () => {
    const v = parseOptions(['--secret', 'S', '--json', '--keyword', 'a', '--keyword=b'], SPECS)
    expect(v).toEqual({ secret: 'S', json: true, keyword: ['a', 'b'] })
  })

  it('explains mistakes in Chinese, naming the option', () => {
    expect(usageMessage(() => parseOptions(['--secrte', 'S'], SPECS))).toContain('未知选项 --secrte')
    expect(usageMessage(() => parseOptions(['--secret'], SPECS))).toContain('--secret 缺少值')
    expect(usageMessage(() => parseOptions(['--json=yes'], SPECS))).toContain('--json 是开关')
    expect(usageMessage(() => parseOptions(['stray'], SPECS))).toContain('多余的参数「stray」')
    expect(usageMessage(() => parseOptions(['--secret', '--webhook', 'w'], SPECS))).toContain('--secret 缺少值')
    expect(usageMessage(() => parseOptions(['--secret', '--json'], SPECS))).toContain('--secret')
  })

  it('accepts values that start with "-" in both forms (real AppSecrets do)', () => {
    for (const value of ['-x', '--Yk3v9-_Q', '-h1', '---', '-']) {
      expect(parseOptions(['--secret', value], SPECS).secret).toBe(value)
      expect(parseOptions([`--secret=${value}`], SPECS).secret).toBe(value)
    }
    expect(parseOptions(['--keyword', '-a', '--keyword', '-b', '--json'], SPECS)).toEqual({ keyword: ['-a', '-b'], json: true })
    // A known option after a string option is that option, not its value.
    expect(usageMessage(() => parseOptions(['--secret', '-h'], SPECS))).toContain('--secret')
  })

  it('refuses a repeated single-valued option instead of silently keeping the last', () => {
    expect(usageMessage(() => parseOptions(['--secret', 'a', '--secret', 'b'], SPECS))).toContain('--secret 只能给一次')
  })

  it('accepts awkward values: empty, spaces, emoji, full-width, 100 KB', () => {
    for (const value of ['', '   ', '😀', 'ＳＥＣ１２３', 'x'.repeat(100_000)]) {
      expect(parseOptions([`--secret=${value}`], SPECS).secret).toBe(value)
    }
  })
})

describe('helpers', () => {
  it('wantsHelp looks before --', () => {
    expect(wantsHelp(['--secret', 'x', '--help'])).toBe(true)
    expect(wantsHelp(['-h'])).toBe(true)
    expect(wantsHelp(['--', '--help'])).toBe(false)
    expect(wantsHelp(['--secret', 'x'])).toBe(false)
  })

  it('requireExactlyOne names the choices', () => {
    const pick = { a: { type: 'string' }, b: { type: 'string' } } as const
    expect(requireExactlyOne(parseOptions(['--b', '1'], pick), ['a', 'b'])).toBe('b')
    expect(usageMessage(() => requireExactlyOne(parseOptions([], pick), ['a', 'b']))).toContain('--a、--b 之一')
    expect(usageMessage(() => requireExactlyOne(parseOptions(['--a', '1', '--b', '2'], pick), ['a', 'b']))).toContain(
      '不能同时使用',
    )
  })

  it('requireOption and onlyWith', () => {
    expect(requireOption(parseOptions(['--secret', 'S'], SPECS), 'secret')).toBe('S')
    expect(usageMessage(() => requireOption(parseOptions([], SPECS), 'secret'))).toContain('缺少必填选项 --secret')
    expect(usageMessage(() => onlyWith(parseOptions(['--json'], SPECS), 'json', 'webhook'))).toContain(
      '--json 只能和 --webhook 一起使用',
    )
    expect(() => onlyWith(parseOptions(['--json', '--webhook', 'w'], SPECS), 'json', 'webhook')).not.toThrow()
  })
})
