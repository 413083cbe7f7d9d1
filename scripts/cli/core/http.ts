/**
 * The CLI's only door to the network: fetch (Node 20) with a timeout, answers read as text and,
 * when possible, JSON. Node's fetch ignores HTTPS_PROXY / HTTP_PROXY / NO_PROXY, so when one of
 * them is set and NO_PROXY (proxyFor) does not exempt the host, the request goes through undici's
 * ProxyAgent (loaded only then; not EnvHttpProxyAgent, whose own NO_PROXY rules and English
 * "experimental" warning would differ from what we print). Network failures become a NetworkError whose Chinese message names the
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

/** The proxy's refusal in undici's error chain ("Proxy response (407) !== 200 when HTTP Tunneling", a cause or two deep). */
function proxyRefusal(err: unknown): string | null {
  let e = err as { message?: string; cause?: unknown } | undefined
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    const m = /proxy response \((\d{3})\)/i.exec(e.message ?? '')
    if (m) return m[1] as string
  }
  return null
}

function reachOf(err: unknown): Reach {
  const e = err as { code?: string; cause?: { code?: string; message?: string } }
  const code = e.cause?.code ?? e.code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ECONNREFUSED') return 'unreached'
  // A tunnel the proxy refused never reached DingTalk; 407 / 403 will not change by trying again.
  const refusal = proxyRefusal(err)
  if (refusal === '407' || refusal === '403') return 'proxy'
  if (refusal !== null) return 'unreached'
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
  const settings = { httpProxy: withScheme(pick('HTTP_PROXY').trim()), httpsProxy: withScheme(pick('HTTPS_PROXY').trim()), noProxy: pick('NO_PROXY') }
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
  const refusal = proxyRefusal(err)
  if (refusal !== null)
    return `代理拒绝了到 ${url.host}${via} 的连接（HTTP ${refusal}${refusal === '407' ? '，代理要求身份验证' : refusal === '403' ? '，代理禁止访问这个地址' : ''}）。请检查代理的账号密码或访问规则。`
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

/**
 * Whether NO_PROXY exempts this host, by curl's rules (https://curl.se/libcurl/c/CURLOPT_NOPROXY.html):
 * entries separated by commas (or spaces), `*` alone matches every host, an entry matches the host
 * itself and its subdomains (a leading `.` or `*.` is ignored), case-insensitively; `host:port`
 * (as undici reads it) matches that port only. One matcher both routes the request and names the
 * route in the messages, so the two cannot disagree.
 */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  const port = target.port || (target.protocol === 'https:' ? '443' : '80')
  return noProxy
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((raw) => {
      if (raw === '*') return true
      const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(raw.toLowerCase())
      if (!m) return false
      const name = (m[1] as string).replace(/^\[|\]$/g, '').replace(/^\*?\./, '')
      if (m[2] !== undefined && m[2] !== port) return false
      return name !== '' && (host === name || host.endsWith(`.${name}`))
    })
}

/** The proxy this request goes through (undici's choice: HTTPS_PROXY, else HTTP_PROXY, for https), or null. */
export function proxyFor(target: URL, proxy: ProxySettings): string | null {
  const chosen = target.protocol === 'https:' ? proxy.httpsProxy || proxy.httpProxy : proxy.httpProxy
  return chosen && !bypassesProxy(target, proxy.noProxy) ? chosen : null
}

/**
 * A proxy written as host:port, without a scheme (as some guides and Windows tools write it):
 * curl reads it as http://host:port, and so do we, instead of undici's "Invalid URL".
 */
export function withScheme(raw: string): string {
  return raw === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`
}

export function createHttp(io: Pick<CliIo, 'env' | 'err'>): Http {
  const proxy = proxySettings(io.env)
  // One undici ProxyAgent per proxy; the route is chosen by proxyFor, the same matcher that names it.
  const agents: Record<string, unknown> = {}
  let told = false
  const testTimeout = Number(io.env[TEST_TIMEOUT_ENV])
  const timeoutMs = Number.isInteger(testTimeout) && testTimeout > 0 ? testTimeout : TIMEOUT_MS

  async function proxiedFetch(target: URL, init: RequestInit): Promise<Response> {
    const undici = await import('undici')
    const chosen = proxyFor(target, proxy as ProxySettings) as string
    agents[chosen] ??= new undici.ProxyAgent(chosen)
    const response = await undici.fetch(target, { ...(init as object), dispatcher: agents[chosen] as never })
    return response as unknown as Response
  }

  function viaFor(target: URL): string {
    const chosen = proxy ? proxyFor(target, proxy) : null
    if (chosen === null) return ''
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
      response = via !== '' ? await proxiedFetch(target, withTimeout) : await fetch(target, withTimeout)
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
