/**
 * Where a credential comes from, so that it need not be on the command line (where `ps` shows it
 * to every user of the machine): the option itself, `-` for stdin, the command's `.env` file
 * (`--env FILE`), or the environment. First match wins in that order. Every secret found is
 * registered with the redactor at once; the value is never printed, only where it came from.
 */
import { ENV_NAMES } from '../../../playground/logic/app/credentials/handover'
import { FIELDS } from '../../../playground/logic/fields'
import { UsageError } from './args'
import { readEnvFile } from './env-file'
import { InputError } from './input-error'
import type { CliIo } from './io'
import type { Credential, OptionDecls, Values } from './options'

export interface Found {
  value: string
  /** Chinese: where it came from (“环境变量 DINGTALK_APP_SECRET”), for messages. */
  source: string
}

/** One trailing line break of `echo "$S" |` or a here-string is not part of the value. */
export const withoutLineEnd = (text: string): string => text.replace(/\r?\n$/, '')

/** “缺少密钥” but “缺少 AppKey”. */
const spaced = (what: string): string => (/^[\x21-\x7e]/.test(what) ? ` ${what}` : what)

/** The place to find a credential, for “缺少…” messages. */
function whereToGive(option: string, credential: Credential): string {
  return `用 --${option}、环境变量 ${credential.env.join(' 或 ')}、--env 文件，或 --${option} - 从标准输入给出`
}

/** From the `.env` file, then the environment; null when neither has it (or has it empty). */
function fromFileOrEnvironment(io: CliIo, file: Record<string, string> | null, credential: Credential): Found | null {
  for (const name of credential.env) {
    const value = file?.[name]
    if (value !== undefined && value !== '') return { value, source: `.env 文件里的 ${name}` }
  }
  for (const name of credential.env) {
    const value = io.env[name]
    if (value !== undefined && value !== '') return { value, source: `环境变量 ${name}` }
  }
  return null
}

async function fromStdin(io: CliIo, option: string): Promise<Found> {
  if (io.stdinIsTerminal) io.err(`请输入 --${option} 的值，回车后按 Ctrl-D：`)
  const value = withoutLineEnd(await io.stdinText())
  if (value === '') throw new InputError(`--${option} - 要从标准输入读取，但标准输入是空的。例如：printf '%s' "$变量" | … --${option} -`)
  return { value, source: '标准输入' }
}

/** The ps warning, once, naming every secret that was given as an option. */
function warnAboutFlags(io: CliIo, flagged: readonly [string, Credential][]): void {
  if (flagged.length === 0) return
  const options = flagged.map(([option]) => `--${option}`).join('、')
  const names = flagged.map(([, c]) => c.env[0]).join('、')
  io.err(
    `注意：${options} 写在命令行上，同一台机器的其他用户能在进程列表（ps）里看到。` +
      `更稳妥：设环境变量 ${names}，或用 --env 文件，或写 --${flagged[0]?.[0]} - 从标准输入读取。`,
  )
}

/**
 * Every credential option of a command, in the order declared: found (and, when it is to be
 * masked, registered with the redactor) or absent. A required one that is missing everywhere is a
 * usage error, raised before stdin is read for any other. Given as options, secrets get the ps
 * warning, once.
 */
export async function readCredentials<O extends OptionDecls>(
  io: CliIo,
  decls: O,
  values: Values<O>,
): Promise<Partial<Record<keyof O & string, Found>>> {
  const given = values as Record<string, unknown>
  const fileOption = Object.keys(decls).find((name) => decls[name]?.credentialsFile)
  const filePath = fileOption === undefined ? undefined : given[fileOption]
  const file = typeof filePath === 'string' ? readEnvFile(filePath) : null
  const credentials = Object.entries(decls).flatMap(([option, d]) => (d.credential ? [[option, d.credential] as const] : []))

  const found: Record<string, Found> = {}
  const flagged: [string, Credential][] = []
  const missing: string[] = []
  for (const [option, credential] of credentials) {
    const flag = given[option]
    if (flag === '-') continue // read below, once nothing is missing
    const hit = typeof flag === 'string' ? { value: flag, source: `--${option}` } : fromFileOrEnvironment(io, file, credential)
    if (typeof flag === 'string' && credential.secret) flagged.push([option, credential])
    if (hit !== null) found[option] = hit
    else if (credential.required)
      missing.push(`缺少${spaced(credential.required.what)}：${whereToGive(option, credential)}。${credential.required.hint ?? ''}`)
  }
  if (missing.length > 0) throw new UsageError(missing.join(''))

  const fromDash = credentials.filter(([option]) => given[option] === '-')
  if (fromDash.length > 1)
    throw new InputError(
      `${fromDash.map(([option]) => `--${option}`).join(' 和 ')} 不能都从标准输入读取（“-”只能用一次）；另一个请用环境变量或 --env 文件。`,
    )
  for (const [option] of fromDash) found[option] = await fromStdin(io, option)

  for (const [option, credential] of credentials) if (credential.redact) io.protect(found[option]?.value)
  warnAboutFlags(io, flagged)
  return found as Partial<Record<keyof O & string, Found>>
}

// The credentials the commands take, each with its environment names (the hand-over's and the robot's);
// whether one is secret is its field's word (FIELDS in playground/logic/fields.ts).
export const ROBOT_SECRET: Credential = { env: ['DINGTALK_ROBOT_SECRET'], secret: FIELDS.robotSecret.secret, redact: true }
/**
 * The webhook's access_token is secret, but the signed URL that `send --dry-run` (like
 * `sign --webhook`) prints on purpose starts with the whole webhook: masking it would make that
 * output useless. That URL is the one place the tool prints the token (README).
 */
export const ROBOT_WEBHOOK: Credential = { env: ['DINGTALK_ROBOT_WEBHOOK'], secret: FIELDS.robotWebhook.secret, redact: false }
export const APP_KEY: Credential = { env: [ENV_NAMES.appKey], secret: FIELDS.appKey.secret, redact: false }
export const APP_SECRET: Credential = { env: [ENV_NAMES.appSecret], secret: FIELDS.appSecret.secret, redact: true }
/** verify: DingTalk signs callbacks with the app's AppSecret; a robot secret is the other possible key. */
export const CALLBACK_SECRET: Credential = {
  env: [ENV_NAMES.appSecret, 'DINGTALK_ROBOT_SECRET'],
  secret: FIELDS.appSecret.secret || FIELDS.robotSecret.secret,
  redact: true,
}
