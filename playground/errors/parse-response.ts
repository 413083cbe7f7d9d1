/**
 * Read whatever the user pasted: a JSON body, a log line around one, an SDK dump
 * (`ErrCode = 130101 ErrMsg = …`), only an errmsg, or only a code.
 */
export interface ParsedResponse {
  code: number | string | null
  message: string | null
  /** All the text, for matching when there is no code. */
  text: string
  /** The `description:` / `错误描述:` part of a newer errmsg. */
  description: string | null
  /** The `solution:` / `解决方案:` part of a newer errmsg. */
  solution: string | null
  /** The caller's IP as DingTalk saw it (60020 messages carry `request ip=…`). */
  requestIp: string | null
  /** The body says success (errcode 0, or a new-API token). */
  success: boolean
}

const CODE_KEYS = ['errcode', 'err_code', 'respcode', 'code']
const MESSAGE_KEYS = ['errmsg', 'err_msg', 'respmsg', 'message', 'msg', 'error_description']
const NESTED_KEYS = ['data', 'body', 'error', 'response', 'result']

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function pick(obj: Json, keys: string[]): unknown {
  const lowered = new Map(Object.keys(obj).map((k) => [k.toLowerCase(), k]))
  for (const key of keys) {
    const real = lowered.get(key)
    if (real !== undefined && obj[real] !== undefined && obj[real] !== null && obj[real] !== '') return obj[real]
  }
  return undefined
}

function toCode(v: unknown): number | string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string') {
    const s = v.trim()
    if (/^-?[0-9]{1,9}$/.test(s)) return Number(s)
    if (/^[A-Za-z][\w.]{0,99}$/.test(s)) return s
  }
  return null
}

function fromObject(obj: Json, depth = 0): { code: number | string | null; message: string | null; success: boolean } {
  let code = toCode(pick(obj, CODE_KEYS))
  const rawMessage = pick(obj, MESSAGE_KEYS)
  let message = typeof rawMessage === 'string' ? rawMessage : null
  // The IP ban body is non-standard: {"status":1111,"wait":5,"punish":"deny",…}
  if (code === null && pick(obj, ['punish']) === 'deny') code = 'punish'
  let success = code === 0 || (code === null && pick(obj, ['accesstoken', 'access_token']) !== undefined)
  if (code === null && depth < 2) {
    for (const key of NESTED_KEYS) {
      const inner = pick(obj, [key])
      if (isObject(inner)) {
        const found = fromObject(inner, depth + 1)
        if (found.code !== null || found.success) return { ...found, message: found.message ?? message }
      }
    }
  }
  return { code, message, success }
}

function tryJson(s: string): Json | null {
  try {
    const v: unknown = JSON.parse(s)
    return isObject(v) ? v : null
  } catch {
    return null
  }
}

function fromText(text: string): { code: number | string | null; message: string | null } {
  const codeMatch = /(?:err_?code|resp_?code|"code"|\bcode\b)["']?\s*[:=]\s*["']?(-?[0-9]{1,9}|[A-Za-z][\w.]{0,99})/i.exec(text)
  const messageMatch =
    /(?:err_?msg|resp_?msg|"message")["']?\s*[:=]\s*"((?:[^"\\]|\\.){0,2000})"/i.exec(text) ??
    /(?:err_?msg|resp_?msg)\s*[:=]\s*([^\r\n]{1,2000})/i.exec(text)
  let code = toCode(codeMatch?.[1])
  // Only a number pasted, e.g. “310000”.
  if (code === null && /^-?[0-9]{2,9}$/.test(text.trim())) code = Number(text.trim())
  return { code, message: messageMatch?.[1] ?? null }
}

export function parseResponse(response: unknown): ParsedResponse {
  let text = ''
  let found: { code: number | string | null; message: string | null; success: boolean } = { code: null, message: null, success: false }
  if (isObject(response)) {
    try {
      text = JSON.stringify(response) ?? ''
    } catch {
      text = ''
    }
    found = fromObject(response)
  } else {
    text = typeof response === 'string' ? response.trim() : String(response ?? '')
    const first = text.indexOf('{')
    const last = text.lastIndexOf('}')
    const json = tryJson(text) ?? (first !== -1 && last > first ? tryJson(text.slice(first, last + 1)) : null)
    if (json) found = fromObject(json)
    if (found.code === null && !found.success) {
      const loose = fromText(text)
      found = { code: loose.code, message: found.message ?? loose.message, success: loose.code === 0 }
    }
  }
  const source = found.message ?? text
  const description = /(?:description|错误描述)\s*[:：]\s*([^;；]*)/i.exec(source)?.[1]?.trim() || null
  const solution = /(?:solution|解决方案)\s*[:：]\s*([^;；]*)/i.exec(source)?.[1]?.trim() || null
  const requestIp = /request\s*ip\s*[=:]\s*([0-9a-f.:]{3,45})/i.exec(text)?.[1] ?? null
  return { code: found.code, message: found.message, text, description, solution, requestIp, success: found.success }
}
