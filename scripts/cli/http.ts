/**
 * The CLI's only door to the network: global fetch (Node 20) with a timeout, answers read as
 * text and, when possible, JSON. Network failures become a NetworkError whose Chinese message
 * names the host only: the URL's query carries the robot's access_token and sign.
 */
export const TIMEOUT_MS = 15_000

export interface HttpAnswer {
  status: number
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown
}

export class NetworkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NetworkError'
  }
}

function describeFailure(url: URL, err: unknown): string {
  const e = err as { name?: string; cause?: { code?: string; message?: string } }
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `连接 ${url.host} 超时（${TIMEOUT_MS / 1000} 秒内没有回应）。请检查网络、代理或防火墙。`
  const code = e.cause?.code
  const why =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? '域名解析失败'
      : code === 'ECONNREFUSED'
        ? '连接被拒绝'
        : code === 'ECONNRESET'
          ? '连接被重置'
          : (code ?? e.cause?.message ?? '网络错误')
  return `无法连接 ${url.host}：${why}。请检查网络、代理或防火墙。`
}

async function call(url: string, init: RequestInit): Promise<HttpAnswer> {
  const target = new URL(url)
  let response: Response
  let text: string
  try {
    response = await fetch(target, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) })
    text = await response.text()
  } catch (err) {
    throw new NetworkError(describeFailure(target, err))
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, text, json }
}

/** POST a JSON body (already serialised, so the bytes checked are the bytes sent). */
export function postJson(url: string, body: string): Promise<HttpAnswer> {
  return call(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body,
  })
}

export function getJson(url: string): Promise<HttpAnswer> {
  return call(url, { method: 'GET', headers: { Accept: 'application/json' } })
}

/** A plain object, or null: DingTalk's answers are objects. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}
