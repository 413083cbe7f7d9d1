/**
 * What `doctor` reads: the hand-over's `.env` (`--env FILE`) or the same names in the environment,
 * plus `--needs`; each credential checked by the site's validator first, and every secret
 * registered with the redactor before anything can print it.
 */
import { ENV_NAMES } from '../../../../playground/logic/app/credentials/handover'
import { NEEDS_ENV, type ParsedNeeds } from '../../../../playground/logic/doctor/needs-line'
import { type FieldName, validateField } from '../../../../playground/logic/fields'
import { parseWebhook } from '../../../../playground/logic/robot/webhook/webhook'
import { UsageError } from '../../core/args'
import { PAGE } from './doctor-answer'
import type { DoctorValues } from './doctor.options'
import type { CheckResult } from './doctor-report'
import { readEnvFile } from '../../core/env-file'
import type { CliIo } from '../../core/io'

export interface Inputs {
  corpId?: string
  appKey?: string
  appSecret?: string
  agentId?: string
  webhook?: string
  robotSecret?: string
  /** DINGTALK_NEEDS and --needs, joined. */
  needs: string
  /** Where the values came from, for the first line. */
  source: string
}

/** Seconds given to an option as ms, or a usage error naming the option. */
export function seconds(raw: string | undefined, fallback: number, option: string): number {
  const text = (raw ?? String(fallback)).trim()
  const n = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !(n > 0) || n > 600) throw new UsageError(`--${option} 要写 0 到 600 之间的秒数，例如 --${option} ${fallback}。`)
  return Math.round(n * 1000)
}

export function readInputs(opts: DoctorValues, io: CliIo): Inputs {
  const file = opts.env !== undefined ? readEnvFile(opts.env) : null
  const pick = (name: string): string | undefined => {
    const v = file ? file[name] : io.env[name]
    return v === undefined || v.trim() === '' ? undefined : v
  }
  const inputs: Inputs = {
    corpId: pick(ENV_NAMES.corpId),
    appKey: pick(ENV_NAMES.appKey),
    appSecret: pick(ENV_NAMES.appSecret),
    agentId: pick(ENV_NAMES.agentId),
    webhook: pick('DINGTALK_ROBOT_WEBHOOK'),
    robotSecret: pick('DINGTALK_ROBOT_SECRET'),
    needs: [pick(NEEDS_ENV) ?? '', opts.needs ?? ''].join(','),
    source: file ? `.env 文件 ${opts.env}` : '环境变量',
  }
  io.protect(inputs.appSecret)
  io.protect(inputs.robotSecret)
  if (inputs.webhook !== undefined) io.protect(parseWebhook(inputs.webhook).accessToken)
  return inputs
}

export interface Checked {
  /** The value as the validator cleaned it. */
  value: string
  /** Its first error, or null. */
  error: string | null
  /** Its warnings (unusual, not wrong): shown, the checks still run. */
  warnings: string[]
}

/** The value cleaned by the site's validator, and its first error; null when not given. */
export function checked(name: FieldName, raw: string | undefined): Checked | null {
  if (raw === undefined) return null
  const r = validateField(name, raw)
  return {
    value: r.value,
    error: r.findings.find((f) => f.level === 'error')?.message ?? null,
    warnings: r.findings.filter((f) => f.level === 'warning').map((f) => f.message),
  }
}

const CREDENTIALS = [
  ['corpId', 'CorpId'],
  ['appKey', 'AppKey'],
  ['appSecret', 'AppSecret'],
  ['agentId', 'AgentId'],
] as const

export type CheckedCredentials = Record<(typeof CREDENTIALS)[number][0], Checked | null>

export function checkedValues(inputs: Inputs): CheckedCredentials {
  return Object.fromEntries(CREDENTIALS.map(([k]) => [k, checked(k, inputs[k])])) as CheckedCredentials
}

/** The first line: what was read, what is missing (its checks are skipped), what is certainly wrong. */
export function inputCheck(inputs: Inputs, values: CheckedCredentials, needs: ParsedNeeds): CheckResult {
  const given = CREDENTIALS.filter(([k]) => values[k])
  const missing = CREDENTIALS.filter(([k]) => !values[k])
  const shapeErrors = CREDENTIALS.flatMap(([k, label]) => (values[k]?.error ? [`${label}：${values[k]?.error}`] : []))
  const shapeWarnings = CREDENTIALS.flatMap(([k, label]) => (values[k]?.error ? [] : (values[k]?.warnings ?? []).map((w) => `${label}（注意）：${w}`)))
  const names = (list: typeof given) => list.map(([, label]) => label).join('、')
  return {
    id: 'input',
    status: shapeErrors.length ? 'fail' : missing.length || needs.unknown.length || shapeWarnings.length ? 'warn' : 'ok',
    title:
      `读取 ${inputs.source}：` +
      (given.length ? `有 ${names(given)}` : '没有任何凭证') +
      (missing.length ? `；缺少 ${names(missing)}，相关检查跳过` : '') +
      (needs.unknown.length ? `；不认识的需要：${needs.unknown.join('、')}` : ''),
    details: [...shapeErrors, ...shapeWarnings],
    fix: shapeErrors.length
      ? '改正凭证后重新导出 .env（凭证交接工具会逐项检查格式）。'
      : missing.length
        ? `在 .env 里补上 ${missing.map(([k]) => ENV_NAMES[k]).join('、')}。`
        : needs.unknown.length
          ? `${NEEDS_ENV} / --needs 只认权限规划工具给出的名称（列在 doctor --help 里）。`
          : undefined,
    page: shapeErrors.length || missing.length ? PAGE.credentials : undefined,
  }
}
