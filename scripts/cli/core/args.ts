/**
 * Command-line parsing on top of node:util parseArgs, with Chinese usage errors.
 * A usage error (unknown or repeated option, missing value, stray argument, missing or
 * conflicting options) becomes a UsageError, which the entry turns into exit code 2.
 * Whether a *value* is acceptable is the validators' business (exit code 1), not this file's.
 */
import { parseArgs } from 'node:util'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  default?: string
}

export type OptionSpecs = Record<string, OptionSpec>

type ValueOf<S extends OptionSpec> = S['type'] extends 'string'
  ? S['multiple'] extends true
    ? string[]
    : string
  : S['multiple'] extends true
    ? boolean[]
    : boolean

/** Parsed options: every key may be absent. */
export type Parsed<O extends OptionSpecs> = { [K in keyof O]?: ValueOf<O[K]> }

/** True when the user asked for help anywhere before a `--` terminator. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  const head = end === -1 ? argv : argv.slice(0, end)
  return head.includes('--help') || head.includes('-h')
}

/**
 * `--opt -value` → `--opt=-value` for string options, because parseArgs refuses a value that
 * starts with "-" unless it is glued on with "=" (and 2 of 63 real AppSecrets seen in public code
 * start with "-"). The next word stays an option only when it is one this command knows
 * (`--webhook`, `--json=…`, `-h`), so `--secret --webhook …` is still "--secret 缺少值".
 */
export function attachDashValues(argv: readonly string[], specs: OptionSpecs): string[] {
  const out: string[] = []
  const shorts = new Set(Object.values(specs).flatMap((s) => (s.short ? [`-${s.short}`] : [])))
  const isKnownOption = (word: string): boolean => {
    if (word === '--' || word === '-h' || shorts.has(word)) return true
    if (!word.startsWith('--')) return false
    const name = word.slice(2).split('=')[0] ?? ''
    return name === 'help' || Object.hasOwn(specs, name)
  }
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string
    if (word === '--') {
      out.push(...argv.slice(i))
      break
    }
    const next = argv[i + 1]
    const name = word.startsWith('--') && !word.includes('=') ? word.slice(2) : null
    if (name !== null && specs[name]?.type === 'string' && next !== undefined && next.startsWith('-') && next !== '-' && !isKnownOption(next)) {
      out.push(`${word}=${next}`)
      i++
    } else out.push(word)
  }
  return out
}

/** Turns parseArgs' English errors into Chinese usage errors that name the option. */
function translate(err: unknown): UsageError {
  const e = err as { code?: string; message?: string }
  const message = e.message ?? String(err)
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? ''
  const option = quoted.split(' ')[0] ?? quoted
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`未知选项 ${option}。`)
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`多余的参数「${quoted}」：值要跟在选项后面，例如 --text "内容"；含空格的值请加引号。`)
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) return new UsageError(`选项 ${option} 是开关，不带值。`)
      if (/ambiguous/.test(message))
        return new UsageError(`选项 ${option} 缺少值（后面紧跟的是另一个选项）；若值本身就以“-”开头，请写成 ${option}=值。`)
      return new UsageError(`选项 ${option} 缺少值。`)
    default:
      return new UsageError(`无法解析命令行：${message}`)
  }
}

/**
 * Parses `argv` strictly against `specs`. Repeating an option that is not `multiple` is a
 * usage error rather than "last one wins", because a silently dropped --secret or --webhook
 * is worse than a complaint.
 */
export function parseOptions<O extends OptionSpecs>(argv: readonly string[], specs: O): Parsed<O> {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: attachDashValues(argv, specs),
      options: specs,
      strict: true,
      allowPositionals: false,
      tokens: true,
    })
  } catch (err) {
    throw translate(err)
  }
  const seen = new Map<string, number>()
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue
    const count = (seen.get(token.name) ?? 0) + 1
    seen.set(token.name, count)
    if (count === 2 && !specs[token.name]?.multiple) throw new UsageError(`选项 --${token.name} 只能给一次。`)
  }
  return parsed.values as Parsed<O>
}

/** Exactly one of `names` must be present; returns which one. */
export function requireExactlyOne<O extends OptionSpecs>(values: Parsed<O>, names: readonly (keyof O & string)[]): keyof O & string {
  const given = names.filter((n) => values[n] !== undefined)
  const list = names.map((n) => `--${n}`).join('、')
  if (given.length === 0) throw new UsageError(`需要 ${list} 之一。`)
  if (given.length > 1) throw new UsageError(`${given.map((n) => `--${n}`).join(' 和 ')} 不能同时使用，只选一个。`)
  return given[0] as keyof O & string
}

/** `name` is required. Returns its value. */
export function requireOption<O extends OptionSpecs, K extends keyof O & string>(values: Parsed<O>, name: K, hint = ''): NonNullable<Parsed<O>[K]> {
  const value = values[name]
  if (value === undefined) throw new UsageError(`缺少必填选项 --${name}。${hint}`)
  return value as NonNullable<Parsed<O>[K]>
}

/** `name` may only be given together with `partner`. */
export function onlyWith<O extends OptionSpecs>(values: Parsed<O>, name: keyof O & string, partner: keyof O & string): void {
  if (values[name] !== undefined && values[partner] === undefined)
    throw new UsageError(`--${name} 只能和 --${partner} 一起使用。`)
}
