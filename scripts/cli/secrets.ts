/**
 * Where a secret comes from, so that it need not be on the command line (where `ps` shows it to
 * every user of the machine): the option itself, `-` for stdin, a `.env` file (`--env FILE`), or
 * the environment. First match wins in that order. Every secret found is registered with the
 * redactor at once; the value is never printed, only where it came from.
 */
import { ENV_NAMES } from '../../playground/logic/credentials/handover'
import { readEnvFile } from './env-file'
import { InputError } from './input-error'
import type { CliIo } from './io'

export interface SecretSpec {
  /** The option, without dashes: `secret`, `webhook`, `app-secret`… */
  option: string
  /** Environment / .env names tried in order (e.g. DINGTALK_ROBOT_SECRET). */
  env: readonly string[]
  /** Whether it is secret enough for the `ps` warning (the AppKey is not). */
  secret: boolean
  /** Whether the redactor masks it wherever it appears; false for the webhook (below). */
  redact: boolean
}

export interface Found {
  value: string
  /** Chinese: where it came from (“环境变量 DINGTALK_APP_SECRET”), for messages. */
  source: string
}

/** One trailing line break of `echo "$S" |` or a here-string is not part of the secret. */
const withoutLineEnd = (text: string) => text.replace(/\r?\n$/, '')

export interface SecretReader {
  get(spec: SecretSpec, flag: string | undefined): Promise<Found | null>
  /** After all get()s: one warning naming the secrets that were given as flags. */
  warnAboutFlags(): void
}

export function createSecretReader(io: CliIo, envFilePath: string | undefined): SecretReader {
  const file = envFilePath === undefined ? null : readEnvFile(envFilePath)
  let stdinTakenBy: string | null = null
  const flagged: SecretSpec[] = []

  const found = (spec: SecretSpec, value: string, source: string): Found => {
    if (spec.redact) io.protect(value)
    return { value, source }
  }

  return {
    async get(spec, flag) {
      if (flag === '-') {
        if (stdinTakenBy !== null)
          throw new InputError(`--${stdinTakenBy} 和 --${spec.option} 不能都从标准输入读取（“-”只能用一次）；另一个请用环境变量或 --env 文件。`)
        stdinTakenBy = spec.option
        if (io.stdinIsTerminal) io.err(`请输入 --${spec.option} 的值，回车后按 Ctrl-D：`)
        const value = withoutLineEnd(await io.stdinText())
        if (value === '') throw new InputError(`--${spec.option} - 要从标准输入读取，但标准输入是空的。例如：printf '%s' "$变量" | … --${spec.option} -`)
        return found(spec, value, '标准输入')
      }
      if (flag !== undefined) {
        if (spec.secret) flagged.push(spec)
        return found(spec, flag, `--${spec.option}`)
      }
      for (const name of spec.env) {
        const value = file?.[name]
        if (value !== undefined && value !== '') return found(spec, value, `.env 文件里的 ${name}`)
      }
      for (const name of spec.env) {
        const value = io.env[name]
        if (value !== undefined && value !== '') return found(spec, value, `环境变量 ${name}`)
      }
      return null
    },
    warnAboutFlags() {
      if (flagged.length === 0) return
      const options = flagged.map((s) => `--${s.option}`).join('、')
      const names = flagged.map((s) => s.env[0]).join('、')
      io.err(
        `注意：${options} 写在命令行上，同一台机器的其他用户能在进程列表（ps）里看到。` +
          `更稳妥：设环境变量 ${names}，或用 --env 文件，或写 --${flagged[0]?.option} - 从标准输入读取。`,
      )
    },
  }
}

/** The place to find a secret, for “缺少…” messages. */
export function whereToGive(spec: SecretSpec): string {
  return `用 --${spec.option}、环境变量 ${spec.env.join(' 或 ')}、--env 文件，或 --${spec.option} - 从标准输入给出`
}

// The secrets the commands take, each with its environment names (the hand-over's and the robot's).
export const ROBOT_SECRET: SecretSpec = { option: 'secret', env: ['DINGTALK_ROBOT_SECRET'], secret: true, redact: true }
/**
 * The webhook's access_token is secret, but the signed URL that `send --dry-run` (like
 * `sign --webhook`) prints on purpose starts with the whole webhook: masking it would make that
 * output useless. That URL is the one place the tool prints the token (README).
 */
export const ROBOT_WEBHOOK: SecretSpec = { option: 'webhook', env: ['DINGTALK_ROBOT_WEBHOOK'], secret: true, redact: false }
export const APP_KEY: SecretSpec = { option: 'app-key', env: [ENV_NAMES.appKey], secret: false, redact: false }
export const APP_SECRET: SecretSpec = { option: 'app-secret', env: [ENV_NAMES.appSecret], secret: true, redact: true }
/** verify: DingTalk signs callbacks with the app's AppSecret; a robot secret is the other possible key. */
export const CALLBACK_SECRET: SecretSpec = {
  option: 'secret',
  env: [ENV_NAMES.appSecret, 'DINGTALK_ROBOT_SECRET'],
  secret: true,
  redact: true,
}
