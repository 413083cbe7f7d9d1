/**
 * The hand-over of the four credentials to the technical staff (the FAQ's “最终提供” list),
 * as plain text, JSON or a `.env` file. Pure string building: nothing is sent or stored here.
 */
export interface Credentials {
  corpId: string
  appKey: string
  appSecret: string
  agentId: string
}

export type HandoverFormat = 'text' | 'json' | 'env'

/** The `.env` names the CLI and the 事业合伙系统 read. */
export const ENV_NAMES: Record<keyof Credentials, string> = {
  corpId: 'DINGTALK_CORP_ID',
  appKey: 'DINGTALK_APP_KEY',
  appSecret: 'DINGTALK_APP_SECRET',
  agentId: 'DINGTALK_AGENT_ID',
}

/** The labels and order of the FAQ's 最终提供 list. */
export const HANDOVER_LABELS: Record<keyof Credentials, string> = {
  corpId: 'CorpId',
  appKey: 'AppKey',
  appSecret: 'AppSecret',
  agentId: 'AgentId',
}

const KEYS = ['corpId', 'appKey', 'appSecret', 'agentId'] as const

const clean = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? '')).trim()

/** A value in a .env file: bare when safe, otherwise double-quoted with escapes. */
function envValue(v: string): string {
  if (/^[A-Za-z0-9_\-.:/]*$/.test(v)) return v
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`
}

export function formatHandover(creds: Credentials, format: HandoverFormat): string {
  const values = Object.fromEntries(KEYS.map((k) => [k, clean(creds?.[k])])) as unknown as Credentials
  if (format === 'json') return JSON.stringify(values, null, 2)
  if (format === 'env') return KEYS.map((k) => `${ENV_NAMES[k]}=${envValue(values[k])}`).join('\n') + '\n'
  return KEYS.map((k) => `${HANDOVER_LABELS[k]}: ${values[k]}`).join('\n')
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
