/**
 * The hand-over of the four credentials to the technical staff (the FAQ's “最终提供” list),
 * as plain text, JSON or a `.env` file. Pure string building: nothing is sent or stored here.
 */
export interface Credentials {
  corpId: string
  appKey: string
  appSecret: string
  agentId: string
  /** Optional: only 应用管理后台免登 needs it (./sso-secret.ts). A secret, handed over like the AppSecret. */
  ssoSecret?: string
}

export type HandoverFormat = 'text' | 'json' | 'env'

/** The `.env` names the CLI and the 事业合伙系统 read (the four; the optional SSOSecret's is SSO_SECRET_ENV). */
export const ENV_NAMES: Record<Exclude<keyof Credentials, 'ssoSecret'>, string> = {
  corpId: 'DINGTALK_CORP_ID',
  appKey: 'DINGTALK_APP_KEY',
  appSecret: 'DINGTALK_APP_SECRET',
  agentId: 'DINGTALK_AGENT_ID',
}

export const SSO_SECRET_ENV = 'DINGTALK_SSO_SECRET'

/** The labels and order of the FAQ's 最终提供 list. */
export const HANDOVER_LABELS: Record<Exclude<keyof Credentials, 'ssoSecret'>, string> = {
  corpId: 'CorpId',
  appKey: 'AppKey',
  appSecret: 'AppSecret',
  agentId: 'AgentId',
}

const KEYS = ['corpId', 'appKey', 'appSecret', 'agentId'] as const

const clean = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? '')).trim()

/** A lone UTF-16 surrogate: a file cannot hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * A value in a .env file that bash (`set -a; . .env`), dotenv and Node's `--env-file` all read back
 * exactly: bare when only safe characters, otherwise in single quotes, which all three take
 * literally (no `$`, backtick or backslash expansion: a backtick in double quotes would run as a
 * command in bash). A value with a single quote, a line break, NUL or a lone surrogate has no such
 * common form: null.
 */
export function envValue(v: string): string | null {
  if (/^[A-Za-z0-9_\-.:/]*$/.test(v)) return v
  if (/['\r\n\0]/.test(v) || LONE_SURROGATE.test(v)) return null
  return `'${v}'`
}

export interface HandoverOptions {
  /** Include the AppSecret (default true). Without it, the text and .env say it comes separately. */
  withSecret?: boolean
}

/** Where the AppSecret would be, when it is handed over separately. */
export const SECRET_SEPARATELY = '（单独交付，不在这里）'

export type EnvResult = { ok: true; text: string } | { ok: false; reason: string }

type Four = Omit<Credentials, 'ssoSecret'>
const cleaned = (creds: Credentials) => Object.fromEntries(KEYS.map((k) => [k, clean(creds?.[k])])) as unknown as Four
/** The SSOSecret, when one was given: it is written only then, and left out with the AppSecret. */
const ssoOf = (creds: Credentials) => clean(creds?.ssoSecret)

/** The hand-over as a .env file, or why it cannot be written safely. */
export function formatEnv(creds: Credentials, options: HandoverOptions = {}): EnvResult {
  const values = cleaned(creds)
  const lines: string[] = []
  for (const k of KEYS) {
    if (k === 'appSecret' && options.withSecret === false) {
      lines.push(`# ${ENV_NAMES[k]}=${SECRET_SEPARATELY}`)
      continue
    }
    const value = envValue(values[k])
    if (value === null) {
      return { ok: false, reason: `${HANDOVER_LABELS[k]} 含有单引号、换行或无法保存的字符，写不成能被原样读回的 .env。请先改正它。` }
    }
    lines.push(`${ENV_NAMES[k]}=${value}`)
  }
  const sso = ssoOf(creds)
  if (sso && options.withSecret === false) lines.push(`# ${SSO_SECRET_ENV}=${SECRET_SEPARATELY}`)
  else if (sso) {
    const value = envValue(sso)
    if (value === null) return { ok: false, reason: 'SSOSecret 含有单引号、换行或无法保存的字符，写不成能被原样读回的 .env。请先改正它。' }
    lines.push(`${SSO_SECRET_ENV}=${value}`)
  }
  return { ok: true, text: lines.join('\n') + '\n' }
}

/** Text or JSON (any values), or .env ('' when it cannot be written; formatEnv says why). */
export function formatHandover(creds: Credentials, format: HandoverFormat, options: HandoverOptions = {}): string {
  const values = cleaned(creds)
  const withSecret = options.withSecret !== false
  if (format === 'env') {
    const env = formatEnv(creds, options)
    return env.ok ? env.text : ''
  }
  const sso = ssoOf(creds)
  if (format === 'json') {
    const { appSecret: _secret, ...rest } = values
    return JSON.stringify(withSecret ? { ...values, ...(sso ? { ssoSecret: sso } : {}) } : rest, null, 2)
  }
  const lines = KEYS.map((k) => `${HANDOVER_LABELS[k]}: ${k === 'appSecret' && !withSecret ? SECRET_SEPARATELY : values[k]}`)
  if (sso) lines.push(`SSOSecret: ${withSecret ? sso : SECRET_SEPARATELY}`)
  return lines.join('\n')
}

/**
 * A secret for display: first and last 4 characters, the middle hidden. Short values are
 * hidden entirely, since 8 visible characters of a 10-character secret would give it away.
 */
export function maskSecret(secret: string): string {
  const chars = Array.from(clean(secret))
  if (chars.length === 0) return ''
  if (chars.length < 16) return '•'.repeat(8)
  return `${chars.slice(0, 4).join('')}••••••••${chars.slice(-4).join('')}`
}

function unquote(raw: string): string {
  const v = raw.trim()
  if (v.startsWith('"')) {
    const end = v.indexOf('"', 1) === -1 ? v.length : findClosingQuote(v)
    return v
      .slice(1, end)
      .replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c))
  }
  if (v.startsWith("'")) {
    const end = v.indexOf("'", 1)
    return v.slice(1, end === -1 ? v.length : end)
  }
  // Unquoted: a ` #` starts a comment.
  return v.replace(/\s+#.*$/, '').trim()
}

function findClosingQuote(v: string): number {
  for (let i = 1; i < v.length; i++) {
    if (v[i] === '\\') i++
    else if (v[i] === '"') return i
  }
  return v.length
}

/** Read a `.env` file: `KEY=value`, `export KEY=value`, quotes, comments. Later keys win, like dotenv. */
export function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const source = typeof text === 'string' ? text : String(text ?? '')
  for (const line of source.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(line)
    if (!match) continue
    const key = match[1] ?? ''
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue
    out[key] = unquote(match[2] ?? '')
  }
  return out
}

/** The credentials found in a `.env` text under the DINGTALK_* names (missing ones are ''). */
export function credentialsFromEnv(text: string): Credentials {
  const env = parseEnv(text)
  return {
    corpId: env[ENV_NAMES.corpId] ?? '',
    appKey: env[ENV_NAMES.appKey] ?? '',
    appSecret: env[ENV_NAMES.appSecret] ?? '',
    agentId: env[ENV_NAMES.agentId] ?? '',
  }
}
