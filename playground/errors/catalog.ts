import { APP_ERRORS } from './app-errors'
import type { ErrorEntry } from './entry'
import { parseResponse } from './parse-response'
import { ROBOT_ERRORS } from './robot-errors'

/** What went wrong and how to fix it, in Chinese, from a DingTalk response body. */
export interface Diagnosis {
  /** True when the error (or success) is one the catalog knows. */
  matched: boolean
  errcode: number | string | null
  source: 'robot' | 'app' | 'unknown'
  title: string
  cause: string
  fix: string
  /** The errmsg / message as DingTalk sent it (at most 2000 characters). */
  errmsg: string | null
  /** Catalog id, e.g. 'robot.310000.sign'; 'success', 'unknown' or 'empty' otherwise. */
  id: string
  /** The reference marks this error or its meaning as UNCONFIRMED. */
  unconfirmed: boolean
  /** DingTalk's own `description:` / `solution:` (or 错误描述 / 解决方案) when the errmsg has them. */
  officialDescription: string | null
  officialSolution: string | null
}

/** Every known error, robot first (its 310000 variants need their order), then app. */
export const ERROR_CATALOG: readonly ErrorEntry[] = [...ROBOT_ERRORS, ...APP_ERRORS]

function sameCode(a: number | string, b: number | string): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  // A gateway code may arrive whole (Forbidden.AccessDenied.IpNotInWhiteList) or in part.
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`)
}

function findEntry(code: number | string | null, haystack: string): ErrorEntry | null {
  if (code !== null) {
    const byCode = ERROR_CATALOG.filter((e) => e.codes.some((c) => sameCode(c, code)))
    return byCode.find((e) => e.text?.test(haystack)) ?? byCode.find((e) => !e.text) ?? byCode[0] ?? null
  }
  // No code field: a gateway code written in the text (IpNotInWhiteList) is the most specific clue.
  const lower = haystack.toLowerCase()
  const named = ERROR_CATALOG.find((e) => e.codes.some((c) => typeof c === 'string' && c.length > 5 && lower.includes(c.toLowerCase())))
  return named ?? ERROR_CATALOG.find((e) => e.text?.test(haystack)) ?? null
}

export function diagnose(response: string | Record<string, unknown>): Diagnosis {
  const parsed = parseResponse(response)
  const errmsg = parsed.message === null ? null : Array.from(parsed.message).slice(0, 2000).join('')
  const base = {
    errcode: parsed.code,
    errmsg,
    unconfirmed: false,
    officialDescription: parsed.description,
    officialSolution: parsed.solution,
  }
  if (parsed.success) {
    return {
      ...base,
      matched: true,
      source: 'unknown',
      id: 'success',
      title: '调用成功',
      cause: '钉钉返回 errcode 0（或返回了 accessToken），说明这次请求成功了。',
      fix: '无需处理。若群里仍没收到消息，请确认 Webhook 属于目标群的机器人。',
    }
  }
  if (parsed.text.trim() === '' && parsed.code === null) {
    return {
      ...base,
      matched: false,
      source: 'unknown',
      id: 'empty',
      title: '请粘贴钉钉返回的内容',
      cause: '没有收到任何内容。',
      fix: '把接口返回的完整 JSON（包含 errcode 和 errmsg，或 code 和 message）粘贴到这里。',
    }
  }
  const entry = findEntry(parsed.code, `${parsed.message ?? ''}\n${parsed.text.slice(0, 100_000)}`)
  if (entry) {
    let fix = entry.fix
    if (entry.id === 'app.60020' && parsed.requestIp) {
      fix = `钉钉看到的请求 IP 是 ${parsed.requestIp}：${fix.replace('服务器的公网出口 IP', `这个 IP（${parsed.requestIp}）`)}`
    }
    return {
      ...base,
      errcode: parsed.code ?? (typeof entry.codes[0] === 'number' ? entry.codes[0] : null),
      matched: true,
      source: entry.source,
      id: entry.id,
      title: entry.title,
      cause: entry.cause,
      fix,
      unconfirmed: entry.unconfirmed ?? false,
    }
  }
  const official = parsed.solution ? `钉钉给出的解决方案：${parsed.solution}。` : ''
  return {
    ...base,
    matched: false,
    source: 'unknown',
    id: 'unknown',
    title: parsed.code === null ? '没有找到错误码' : `未收录的错误码 ${parsed.code}`,
    cause:
      parsed.code === null
        ? '内容里没有 errcode（或 code），也不像本站收录的任何一种错误信息。'
        : `错误码 ${parsed.code} 不在本站整理的列表里。${parsed.description ? `钉钉的说明：${parsed.description}。` : ''}`,
    fix:
      parsed.code === null
        ? '请粘贴接口返回的完整 JSON（包含 errcode 和 errmsg）。注意钉钉机器人出错时 HTTP 状态码仍是 200，要看 errcode 是否为 0。'
        : `${official}按 errmsg 原文排查，并在钉钉开放平台文档（https://open.dingtalk.com/document/）搜索该错误码；机器人消息的问题多与安全设置（关键词、加签、IP）有关。`,
  }
}
