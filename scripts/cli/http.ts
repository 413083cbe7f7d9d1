/**
 * The CLI's only door to the network: fetch (Node 20) with a timeout, answers read as text and,
 * when possible, JSON. Node's fetch ignores HTTPS_PROXY / HTTP_PROXY / NO_PROXY, so when one of
 * them is set the request goes through undici's EnvHttpProxyAgent, which honours all three
 * (loaded only then). Network failures become a NetworkError whose Chinese message names the
 * host only: the URL's query carries the robot's access_token and sign.
 */
import type { CliIo } from './io'

export const TIMEOUT_MS = 15_000

/** Test-only: a shorter time-out, so a DingTalk that never answers can be tested in seconds. */
export const TEST_TIMEOUT_ENV = 'DINGTALK_CLI_TEST_TIMEOUT_MS'

export interface HttpAnswer {
  status: number
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown
  /** The Retry-After header, when the server asked to wait (429, 503). */
  retryAfter?: string | null
}

/**
 * Whether the request can have reached the server: not when the name did not resolve or the
 * connection was refused ('unreached'), perhaps after a time-out, a reset or a body that stalled
 * ('maybe'), not when the proxy refused it ('proxy': its 407/403 will not change by trying again).
 */
export type Reach = 'unreached' | 'maybe' | 'proxy'

/** No answer at all (refused, reset, unresolvable, timed out). */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly reach: Reach = 'maybe',
  ) {
    super(message)
    this.name = 'NetworkError'
  }
}

function reachOf(err: unknown): Reach {
  const e = err as { code?: string; cause?: { code?: string; message?: string } }
  const code = e.cause?.code ?? e.code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ECONNREFUSED') return 'unreached'
  // undici's tunnel: "Proxy response (407) !== 200 when HTTP Tunneling"
  if (/proxy response \((407|403)\)/i.test(e.cause?.message ?? '')) return 'proxy'
  return 'maybe'
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

function describeFailure(url: URL, err: unknown, via: string, timeoutMs: number): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; message?: string } }
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `连接 ${url.host}${via} 超时（${timeoutMs / 1000} 秒内没有完整的回应）。请检查网络、代理或防火墙。`
  if (reachOf(err) === 'proxy') return `代理拒绝了到 ${url.host}${via} 的连接（${e.cause?.message ?? ''}）。请检查代理的账号密码或访问规则。`
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
  const testTimeout = Number(io.env[TEST_TIMEOUT_ENV])
  const timeoutMs = Number.isInteger(testTimeout) && testTimeout > 0 ? testTimeout : TIMEOUT_MS

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
      const withTimeout = { ...init, signal: AbortSignal.timeout(timeoutMs) }
      response = proxy ? await proxiedFetch(target, withTimeout) : await fetch(target, withTimeout)
      text = await response.text()
    } catch (err) {
      throw new NetworkError(describeFailure(target, err, via, timeoutMs), reachOf(err))
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
