/**
 * The CLI's only door to the network: fetch (Node 20) with a timeout, answers read as text and,
 * when possible, JSON. Node's fetch ignores HTTPS_PROXY / HTTP_PROXY / NO_PROXY, so when one of
 * them is set the request goes through undici's EnvHttpProxyAgent, which honours all three
 * (loaded only then). Network failures become a NetworkError whose Chinese message names the
 * host only: the URL's query carries the robot's access_token and sign.
 */
import type { CliIo } from './io'

export const TIMEOUT_MS = 15_000

export interface HttpAnswer {
  status: number
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown
  /** The Retry-After header, when the server asked to wait (429, 503). */
  retryAfter?: string | null
}

/** No answer at all (refused, reset, unresolvable, timed out): always worth another try. */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NetworkError'
  }
}

export interface Http {
  /** POST a JSON body (already serialised, so the bytes checked are the bytes sent). */
  postJson(url: string, body: string): Promise<HttpAnswer>
  getJson(url: string): Promise<HttpAnswer>
}

type Env = CliIo['env']

export interface ProxySettings {
  httpProxy: string
  httpsProxy: string
  noProxy: string
}

/** The proxy variables as curl and undici read them (lower case first); null when none is set. */
export function proxySettings(env: Env): ProxySettings | null {
  const pick = (name: string) => env[name.toLowerCase()] || env[name] || ''
  const settings = { httpProxy: pick('HTTP_PROXY'), httpsProxy: pick('HTTPS_PROXY'), noProxy: pick('NO_PROXY') }
  return settings.httpProxy || settings.httpsProxy ? settings : null
}

/** host:port of a proxy URL: never its user name or password. */
function proxyHost(raw: string): string {
  try {
    return new URL(raw).host
  } catch {
    return '（地址无法解析）'
  }
}

function describeFailure(url: URL, err: unknown, via: string): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; message?: string } }
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `连接 ${url.host}${via} 超时（${TIMEOUT_MS / 1000} 秒内没有回应）。请检查网络、代理或防火墙。`
  const code = e.cause?.code ?? e.code
  const why =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? '域名解析失败'
      : code === 'ECONNREFUSED'
        ? '连接被拒绝'
        : code === 'ECONNRESET'
          ? '连接被重置'
          : code === 'UND_ERR_ABORTED' || /proxy/i.test(e.cause?.message ?? '')
            ? `代理拒绝或无法连接（${e.cause?.message ?? code}）`
            : (code ?? e.cause?.message ?? '网络错误')
  return `无法连接 ${url.host}${via}：${why}。请检查网络、代理或防火墙。`
}

export function createHttp(io: Pick<CliIo, 'env' | 'err'>): Http {
  const proxy = proxySettings(io.env)
  let agent: unknown = null
  let told = false

  async function proxiedFetch(target: URL, init: RequestInit): Promise<Response> {
    const undici = await import('undici')
    agent ??= new undici.EnvHttpProxyAgent(proxy as ProxySettings)
    const response = await undici.fetch(target, { ...(init as object), dispatcher: agent as never })
    return response as unknown as Response
  }

  function viaFor(target: URL): string {
    if (!proxy) return ''
    const chosen = target.protocol === 'https:' ? proxy.httpsProxy || proxy.httpProxy : proxy.httpProxy
    const bypass = proxy.noProxy
      .split(/[,\s]+/)
      .filter(Boolean)
      .some((entry) => entry === '*' || target.hostname === entry.replace(/^\*?\./, '') || target.hostname.endsWith(`.${entry.replace(/^\*?\./, '')}`))
    if (!chosen || bypass) return ''
    if (!told) {
      told = true
      io.err(`（经代理 ${proxyHost(chosen)} 连接 ${target.host}。）`)
    }
    return `（经代理 ${proxyHost(chosen)}）`
  }

  async function call(url: string, init: RequestInit): Promise<HttpAnswer> {
    const target = new URL(url)
    const via = viaFor(target)
    let response: Response
    let text: string
    try {
      const withTimeout = { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) }
      response = proxy ? await proxiedFetch(target, withTimeout) : await fetch(target, withTimeout)
      text = await response.text()
    } catch (err) {
      throw new NetworkError(describeFailure(target, err, via))
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: response.status, text, json, retryAfter: response.headers.get('retry-after') }
  }

  return {
    postJson: (url, body) =>
      call(url, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body }),
    getJson: (url) => call(url, { method: 'GET', headers: { Accept: 'application/json' } }),
  }
}

/** A plain object, or null: DingTalk's answers are objects. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}
