/**
 * A command's options, declared once: the parser's specs (args.ts) and the help text's usage
 * lines and option table are both built from the declaration, so the two cannot disagree.
 */
import { type OptionSpec, type OptionSpecs, type Parsed, parseOptions } from './args'
import type { CliIo } from './io'

/**
 * A value that may be kept off the command line (where `ps` shows it): besides the option, it is
 * read from `-` (stdin), the command's `.env` file and the environment (secrets.ts reads it).
 */
export interface Credential {
  /** Environment / .env names tried in order (e.g. DINGTALK_ROBOT_SECRET). */
  env: readonly string[]
  /** Secret enough for the `ps` warning (the AppKey is not). */
  secret: boolean
  /** Masked wherever it appears; false for the webhook, whose signed URL is printed on purpose. */
  redact: boolean
  /** The command cannot do without it: what to call it in “缺少…”, and a hint where to find it. */
  required?: { what: string; hint?: string }
}

export interface OptionDecl {
  /** The value's name in the help (URL, FILE, N); absent for a switch. */
  value?: string
  /** What it does, in Chinese; "\n" starts another line of the help. */
  help: string
  /** What the value `-` means, when it means something special: shown as a row of its own. */
  dash?: string
  /** May be given more than once; the values are collected. */
  repeatable?: boolean
  /** Used when the option is absent; the help says so. */
  default?: string
  /** A credential (see Credential): the help names its environment variables and the `-` form. */
  credential?: Credential
  /** The `.env` file that the command's credentials are read from: the help lists their names. */
  credentialsFile?: boolean
}

export type OptionDecls = Readonly<Record<string, OptionDecl>>

type SpecOf<D extends OptionDecl> = {
  type: D extends { value: string } ? 'string' : 'boolean'
  multiple: D extends { repeatable: true } ? true : false
}

/** The parsed values of a command's options (each may be absent). */
export type Values<O extends OptionDecls> = Parsed<{ [K in keyof O]: SpecOf<O[K]> }>

/** The parser's specs (node:util parseArgs) for these declarations. */
export function parserSpecs(decls: OptionDecls): OptionSpecs {
  const specs: Record<string, OptionSpec> = {}
  for (const [name, d] of Object.entries(decls)) {
    const spec: OptionSpec = { type: d.value === undefined ? 'boolean' : 'string' }
    if (d.repeatable) spec.multiple = true
    if (d.default !== undefined) spec.default = d.default
    specs[name] = spec
  }
  return specs
}

/**
 * Parses argv against the declarations (usage errors as UsageError) and registers every
 * credential given as an option with the redactor before anything else can print it.
 */
export function parseDeclared<O extends OptionDecls>(argv: readonly string[], decls: O, io: CliIo): Values<O> {
  const values = parseOptions(argv, parserSpecs(decls)) as Record<string, unknown>
  for (const [name, d] of Object.entries(decls)) {
    const given = values[name]
    if (d.credential?.redact && typeof given === 'string' && given !== '-') io.protect(given)
  }
  return values as Values<O>
}

const label = (name: string, d: OptionDecl): string => (d.value === undefined ? `--${name}` : `--${name} ${d.value}`)

function decl(decls: OptionDecls, name: string): OptionDecl {
  const d = decls[name]
  if (d === undefined) throw new Error(`usage line names --${name}, which the command does not declare`)
  return d
}

/**
 * A usage line from a template: `{name}` becomes `--name VALUE` (a credential also shows its
 * `--name -` form), `{name -}` becomes `--name -`; everything else stays as written.
 */
export function renderUsage(template: string, decls: OptionDecls): string {
  return template.replace(/\{([a-z][a-z-]*)( -)?\}/g, (_, name: string, dash: string | undefined) => {
    const d = decl(decls, name)
    if (dash) return `--${name} -`
    return d.credential ? `${label(name, d)} | --${name} -` : label(name, d)
  })
}

/** The option names a usage template mentions. */
export function usageNames(template: string): string[] {
  return [...template.matchAll(/\{([a-z][a-z-]*)( -)?\}/g)].map((m) => m[1] as string)
}

/**
 * The option's help lines: its own, plus what the declaration says elsewhere (where a
 * credential may come from, which names the .env file supplies, the default).
 */
function helpLines(name: string, d: OptionDecl, decls: OptionDecls): string[] {
  const lines = d.help.split('\n')
  const appendToFirst = (text: string) => {
    lines[0] += text
  }
  if (d.credentialsFile) {
    const names = Object.values(decls).flatMap(({ credential }) => {
      const [first, ...others] = credential?.env ?? []
      if (first === undefined) return []
      return [others.length > 0 ? `${first}（或 ${others.join('、')}）` : first]
    })
    appendToFirst(` ${names.join(' 和 ')}`)
  }
  if (d.default !== undefined) appendToFirst(`（默认 ${d.default}）`)
  if (d.credential) {
    const { env, secret } = d.credential
    lines.push(`不给时${env.length > 1 ? '依次' : ''}读环境变量 ${env.join('、')}；--${name} - 从标准输入读取`)
    if (secret) lines.push('写在命令行上会被同机用户用 ps 看到，更推荐环境变量、--env 文件或标准输入')
  }
  return lines
}

/** The 选项 table: one row per option (and per special `-` value), then -h. */
export function renderOptions(decls: OptionDecls): string {
  const rows: [string, string[]][] = []
  for (const [name, d] of Object.entries(decls)) {
    rows.push([label(name, d), helpLines(name, d, decls)])
    if (d.dash !== undefined) rows.push([`--${name} -`, d.dash.split('\n')])
  }
  rows.push(['-h, --help', ['显示本帮助']])
  const width = Math.max(...rows.map(([l]) => l.length)) + 3
  return rows
    .flatMap(([l, lines]) => lines.map((line, k) => `  ${(k === 0 ? l : '').padEnd(width)}${line}`))
    .join('\n')
}
