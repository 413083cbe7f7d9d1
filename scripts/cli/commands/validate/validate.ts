/**
 * `validate`: the site's field validators on one value or on a hand-over `.env` file.
 * Values are never printed (two of the fields are secrets); only the verdict and findings.
 */
import { type Finding, inField, type Level, worstLevel, error, warning } from '../../../../playground/logic/core/findings'
import { FIELD_LABELS, FIELD_NAMES, type FieldName, SECRET_FIELDS, validateField } from '../../../../playground/logic/fields'
import { requireExactlyOne, requireOption, UsageError } from '../../core/args'
import { checkCredentialSetByField } from '../../../../playground/logic/app/credentials/cross-check'
import { ENV_NAMES } from '../../../../playground/logic/app/credentials/handover'
import { ENV_FIELDS, readEnvFile, unknownDingTalkNames } from '../../core/env-file'
import { EXIT, type ExitCode } from '../../core/exit-codes'
import type { CliIo } from '../../core/io'
import { withoutLineEnd } from '../../core/secrets'
import type { ValidateValues } from './validate.options'

interface Verdict {
  field: FieldName
  level: Level
  findings: Finding[]
}

const VERDICT_TEXT: Record<Level, string> = { ok: '通过', warning: '通过，但有提醒', error: '有错误' }
const TAG: Record<Finding['level'], string> = { error: '错误', warning: '注意' }

function verdictOf(field: FieldName, findings: Finding[]): Verdict {
  return { field, level: worstLevel(findings), findings }
}

function print(io: CliIo, v: Verdict, json: boolean, source = ''): void {
  if (json) {
    // Key order and shape as documented: field, level, findings[{level, code, message}].
    const findings = v.findings.map((f) => ({ level: f.level, code: f.code, message: f.message }))
    io.out(JSON.stringify({ field: v.field, level: v.level, findings }))
    return
  }
  io.out(`${FIELD_LABELS[v.field]} · ${source || v.field}：${VERDICT_TEXT[v.level]}`)
  for (const f of v.findings) io.out(`  ${TAG[f.level]}：${f.message}`)
}

/** "文件里有 DINGTALK_AGENTID，是否就是它？" when an unknown name differs only in underscores or case. */
function typoHint(expected: string, unknown: readonly string[]): string {
  const squash = (s: string) => s.replace(/_/g, '').toUpperCase()
  const near = unknown.find((name) => squash(name) === squash(expected))
  return near ? `文件里有 ${near}，是否应写成 ${expected}？` : ''
}

/**
 * The site's checks across the four hand-over values (swapped CorpId/AppKey, one value in two
 * fields), attached to each field the check concerns, so every JSON line keeps its documented shape.
 */
function crossFindings(env: Record<string, string>): Map<FieldName, Finding[]> {
  const keys = Object.keys(ENV_NAMES) as (keyof typeof ENV_NAMES)[]
  const creds = Object.fromEntries(keys.map((k) => [k, env[ENV_NAMES[k]] ?? ''])) as Record<keyof typeof ENV_NAMES, string>
  const byField = new Map<FieldName, Finding[]>()
  for (const { finding, fields } of checkCredentialSetByField(creds)) {
    for (const k of fields) byField.set(k, [...(byField.get(k) ?? []), { ...finding, field: k }])
  }
  return byField
}

function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name)
}

export async function runValidate(opts: ValidateValues, io: CliIo): Promise<ExitCode> {
  const mode = requireExactlyOne(opts, ['field', 'env'])
  const json = opts.json === true

  if (mode === 'field') {
    const name = opts.field as string
    const given = requireOption(opts, 'value', '例如 --value "…"（空值请写 --value ""）。')
    // `--value -`: from stdin, so that an AppSecret or robot secret need not be on the command line.
    const value = given === '-' ? withoutLineEnd(await io.stdinText()) : given
    if (!isFieldName(name)) throw new UsageError(`没有字段「${name}」。可用的字段：${FIELD_NAMES.join('、')}。`)
    if (SECRET_FIELDS.includes(name)) io.protect(value)
    const result = validateField(name, value)
    if (SECRET_FIELDS.includes(name)) io.protect(result.value)
    const verdict = verdictOf(name, result.findings)
    print(io, verdict, json)
    return verdict.level === 'error' ? EXIT.failed : EXIT.ok
  }

  if (opts.value !== undefined) throw new UsageError('--value 只和 --field 一起使用；--env 检查整个文件。')
  const env = readEnvFile(opts.env as string)
  for (const { env: key } of ENV_FIELDS.filter((f) => SECRET_FIELDS.includes(f.field))) io.protect(env[key])
  const unknown = unknownDingTalkNames(env)
  const across = crossFindings(env)
  let failed = false
  for (const { env: key, field, required, separately } of ENV_FIELDS) {
    const raw = env[key]
    if (raw === undefined && !required && !separately) continue
    // 凭证交接 leaves the AppSecret out of its .env by default (sent separately): a reminder, not an error.
    const missing = separately
      ? warning('env.separately', `.env 里没有 ${key}（${FIELD_LABELS[field]}）：如果它是单独交付的（凭证交接的默认做法），服务器上运行前请把它补进 .env 或环境变量。${typoHint(key, unknown)}`)
      : error('env.missing', `.env 里缺少 ${key}（${FIELD_LABELS[field]}），交接需要它。${typoHint(key, unknown)}`)
    const findings = raw === undefined ? inField(field, [missing]) : [...validateField(field, raw).findings, ...(across.get(field) ?? [])]
    const verdict = verdictOf(field, findings)
    if (verdict.level === 'error') failed = true
    print(io, verdict, json, key)
  }
  for (const name of unknown) io.err(`注意：不认识的变量 ${name}，已忽略（是否拼错了？）。`)
  return failed ? EXIT.failed : EXIT.ok
}
