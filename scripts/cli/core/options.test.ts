import { describe, expect, it } from 'vitest'
import { FIELD_LABELS, FIELD_NAMES, FIELDS } from '../../../playground/logic/fields'
import { SECRET_MARK } from '../commands/validate/validate.command'
import { UsageError } from './args'
import { helpText } from './command'
import { COMMANDS } from '../commands'
import { ENV_FIELDS } from './env-file'
import type { CliIo } from './io'
import { type OptionDecls, parseDeclared, parserSpecs, renderOptions, renderUsage, usageNames } from './options'
import { createRedactor } from './redact'
import { readCredentials } from './secrets'

const DECLS = {
  secret: { value: 'S', help: '密钥', credential: { env: ['X_SECRET', 'Y_SECRET'], secret: true, redact: true } },
  env: { value: 'FILE', help: '从 .env 文件读取', credentialsFile: true },
  json: { value: 'FILE', help: '一条消息', dash: '逐行读取' },
  keyword: { value: 'K', help: '关键词', repeatable: true },
  retries: { value: 'N', help: '重试次数', default: '3' },
  quiet: { help: '安静' },
} as const satisfies OptionDecls

/** Just enough of CliIo for the option code: output captured, stdin counted, env given. */
function fakeIo(env: Record<string, string> = {}, stdin = ''): CliIo & { lines: string[]; stdinReads: number } {
  const redactor = createRedactor()
  const io = {
    ...redactor,
    lines: [] as string[],
    stdinReads: 0,
    out: (line: string) => void io.lines.push(redactor.redact(line)),
    err: (line: string) => void io.lines.push(redactor.redact(line)),
    async *stdinLines() {},
    stdinText: async () => {
      io.stdinReads++
      return stdin
    },
    stdinIsTerminal: false,
    env,
    now: () => 0,
    sleep: async () => {},
  }
  return io
}

describe('option declarations', () => {
  it('give the parser its specs', () => {
    expect(parserSpecs(DECLS)).toEqual({
      secret: { type: 'string' },
      env: { type: 'string' },
      json: { type: 'string' },
      keyword: { type: 'string', multiple: true },
      retries: { type: 'string', default: '3' },
      quiet: { type: 'boolean' },
    })
    const io = fakeIo()
    expect(parseDeclared(['--keyword', 'a', '--keyword', 'b', '--quiet'], DECLS, io)).toEqual({ keyword: ['a', 'b'], quiet: true, retries: '3' })
    const unknown = () => parseDeclared(['--secrte', 'x'], DECLS, io)
    expect(unknown).toThrow(UsageError)
    expect(unknown).toThrow('未知选项 --secrte。')
  })

  it('mask a credential given as an option as soon as it is parsed', () => {
    const io = fakeIo()
    parseDeclared(['--secret', 'S3cretValue'], DECLS, io)
    io.err('echo S3cretValue')
    expect(io.lines).toEqual(['echo ******'])
  })

  it('render usage lines: values, the “-” form of credentials, and nothing undeclared', () => {
    expect(renderUsage('[{secret} | {env}] ({json} | {json -}) [{keyword}] [{quiet}]', DECLS)).toBe(
      '[--secret S | --secret - | --env FILE] (--json FILE | --json -) [--keyword K] [--quiet]',
    )
    expect(usageNames('{secret} [{json -}]')).toEqual(['secret', 'json'])
    expect(() => renderUsage('[{sekret}]', DECLS)).toThrow('--sekret')
  })

  it('render the option table with what the declaration says besides the description', () => {
    const table = renderOptions(DECLS)
    const row = (label: string) => table.split('\n').find((l) => l.trimStart().startsWith(label)) ?? ''
    expect(row('--secret S')).toContain('密钥')
    expect(table).toContain('不给时依次读环境变量 X_SECRET、Y_SECRET；--secret - 从标准输入读取')
    expect(table).toContain('ps')
    expect(row('--env FILE')).toContain('从 .env 文件读取 X_SECRET（或 Y_SECRET）')
    expect(row('--json -')).toContain('逐行读取')
    expect(row('--retries N')).toContain('（默认 3）')
    expect(row('--quiet')).toContain('安静')
    expect(row('-h, --help')).toContain('显示本帮助')
    // One column for all descriptions, continuation lines included.
    const lines = table.split('\n')
    const col = lines[0]!.indexOf('密钥')
    for (const line of lines) expect(line[col - 1] === ' ' && line[col] !== ' ', line).toBe(true)
  })
})

describe('every command’s help is built from its declaration', () => {
  for (const command of COMMANDS) {
    it(command.name, () => {
      const help = helpText(command)
      expect(help.startsWith(`用法：npm run -s dingtalk -- ${command.name} `)).toBe(true)
      expect(help).toContain(command.about)
      expect(help).toContain('退出码：')
      const table = help.slice(help.indexOf('选项：'), help.indexOf('\n\n', help.indexOf('选项：')))
      const mentioned = new Set(command.usage.flatMap(usageNames))
      for (const [name, d] of Object.entries(command.options)) {
        expect(table, name).toMatch(new RegExp(`^  --${name}${d.value ? ` ${d.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` : ''} `, 'm'))
        expect(mentioned.has(name), `${command.name}: --${name} is in no usage line`).toBe(true)
        for (const env of d.credential?.env ?? []) expect(table).toContain(env)
      }
      for (const name of mentioned) expect(Object.hasOwn(command.options, name), name).toBe(true)
    })
  }

  it('validate lists the site’s fields with their labels, and the hand-over’s variables', () => {
    const validate = COMMANDS.find((c) => c.name === 'validate')
    const help = helpText(validate!)
    for (const name of FIELD_NAMES) {
      const mark = FIELDS[name].secret ? SECRET_MARK : ''
      expect(help).toMatch(new RegExp(`^  ${name} +${(FIELD_LABELS[name] + mark).replace(/[()（）.+-]/g, '.')}$`, 'm'))
    }
    for (const { env } of ENV_FIELDS) expect(help).toContain(env)
  })
})

describe('readCredentials', () => {
  const SEND_LIKE = {
    webhook: { value: 'URL', help: 'w', credential: { env: ['W'], secret: true, redact: false, required: { what: 'Webhook 地址' } } },
    secret: { value: 'S', help: 's', credential: { env: ['S'], secret: true, redact: true, required: { what: '密钥', hint: '在设置页。' } } },
    env: { value: 'FILE', help: 'f', credentialsFile: true },
  } as const satisfies OptionDecls

  it('names every missing one, before reading stdin for another', async () => {
    const io = fakeIo({}, 'SECfromstdin')
    const err = await readCredentials(io, SEND_LIKE, { secret: '-' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UsageError)
    expect((err as Error).message).toContain('缺少 Webhook 地址：用 --webhook、环境变量 W')
    expect(io.stdinReads).toBe(0)
    const both = await readCredentials(fakeIo(), SEND_LIKE, {}).catch((e: unknown) => e)
    expect((both as Error).message).toMatch(/缺少 Webhook 地址：.*缺少密钥：.*在设置页。/)
  })

  it('option, then environment; stdin once; the ps warning only for options', async () => {
    const io = fakeIo({ W: 'https://example.invalid/w', S: 'SECfromenvironment' }, 'SECfromstdin\n')
    const found = await readCredentials(io, SEND_LIKE, { secret: '-' })
    expect(found.webhook).toEqual({ value: 'https://example.invalid/w', source: '环境变量 W' })
    expect(found.secret).toEqual({ value: 'SECfromstdin', source: '标准输入' })
    expect(io.lines.join('\n')).not.toContain('ps')
    const flagged = fakeIo({ S: 'SECfromenvironment' })
    await readCredentials(flagged, SEND_LIKE, { webhook: 'https://example.invalid/w' })
    expect(flagged.lines.join('\n')).toContain('--webhook 写在命令行上')
    const twice = await readCredentials(fakeIo(), SEND_LIKE, { webhook: '-', secret: '-' }).catch((e: unknown) => e)
    expect((twice as Error).message).toContain('只能用一次')
  })
})
