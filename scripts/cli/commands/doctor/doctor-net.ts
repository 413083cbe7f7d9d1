/**
 * The network for `doctor`: like http.ts (the same proxy variables, routed by its proxyFor, the one
 * NO_PROXY matcher, through undici's ProxyAgent, the one the single file ships) but each call has its own short time-out and also stops at
 * the run's overall deadline, the answer's `Date` header is kept (for the clock check), and a
 * failure says what kind it is (DNS, refused, TLS, proxy, time-out), so the report can name it.
 * Messages name the host only: never the query, which carries secrets and tokens.
 */
import { request as httpRequest } from 'node:http'
import { proxyFor as proxyRoute, proxySettings } from '../../core/http'
import type { CliIo } from '../../core/io'

export type FailureKind = 'dns' | 'refused' | 'reset' | 'tls' | 'proxy' | 'timeout' | 'deadline' | 'other'

export interface NetAnswer {
  ok: true
  status: number
  json: unknown
  /** The raw `Date` header, or null. */
  date: string | null
  sentAt: number
  receivedAt: number
}

export interface NetFailure {
  ok: false
  kind: FailureKind
  /** Chinese, names the host (and the proxy's host:port) only. */
  message: string
}

export interface DoctorNet {
  request(method: 'GET' | 'POST', url: string, body?: unknown, headers?: Record<string, string>): Promise<NetAnswer | NetFailure>
  /** The proxy used for https://, as host:port, or null. */
  proxyFor(url: string): string | null
  /** Whether the overall deadline has passed. */
  expired(): boolean
}

const KIND_TEXT: Record<FailureKind, string> = {
  dns: '域名解析失败（DNS）',
  refused: '连接被拒绝',
  reset: '连接被重置',
  tls: 'TLS（HTTPS）握手失败',
  proxy: '代理拒绝了连接',
  timeout: '超时',
  deadline: '体检总时限已到',
  other: '网络错误',
}

function hostOf(raw: string): string {
  try {
    return new URL(raw).host
  } catch {
    return '（地址无法解析）'
  }
}

export function classify(err: unknown, deadlinePassed: boolean): FailureKind {
  const e = err as { name?: string; code?: string; message?: string; cause?: { name?: string; code?: string; message?: string } }
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return 'timeout'
  if (e.name === 'AbortError' || e.cause?.name === 'AbortError') return deadlinePassed ? 'deadline' : 'timeout'
  const code = e.cause?.code ?? e.code ?? ''
  const text = `${e.cause?.message ?? ''} ${e.message ?? ''}`
  if (/proxy/i.test(text)) return 'proxy'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns'
  if (code === 'ECONNREFUSED') return 'refused'
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'reset'
  if (/^(ERR_TLS|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|ERR_SSL)/.test(code) || /certificate|ssl|tls/i.test(text)) return 'tls'
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return 'timeout'
  return 'other'
}

/**
 * undici says little when a proxy refuses a tunnel (“Request was cancelled”), so after a failed
 * call through a proxy, the proxy is asked itself for a tunnel to the same host: its status says
 * whether it refuses (e.g. 403, 407). null when the proxy grants the tunnel (the failure is
 * elsewhere); the failure itself when the proxy cannot be reached.
 */
function askProxy(proxyUrl: string, target: URL, timeoutMs: number): Promise<string | null> {
  return new Promise((done) => {
    let proxy: URL
    try {
      proxy = new URL(proxyUrl)
    } catch {
      return done('代理地址无法解析')
    }
    const port = target.port || (target.protocol === 'https:' ? '443' : '80')
    const auth = proxy.username ? { 'Proxy-Authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` } : {}
    const req = httpRequest({ host: proxy.hostname, port: proxy.port || 80, method: 'CONNECT', path: `${target.hostname}:${port}`, headers: auth, timeout: timeoutMs })
    req.on('connect', (res, socket) => {
      socket.destroy()
      done(res.statusCode === 200 ? null : `代理拒绝了到 ${target.hostname}:${port} 的连接（HTTP ${res.statusCode}${res.statusCode === 407 ? '，代理要求认证' : ''}）`)
    })
    req.on('timeout', () => {
      req.destroy()
      done('代理没有回应')
    })
    req.on('error', (e: NodeJS.ErrnoException) => done(e.code === 'ECONNREFUSED' ? '连不上代理（连接被拒绝）' : `连不上代理（${e.code ?? '网络错误'}）`))
    req.end()
  })
}

export function createDoctorNet(io: Pick<CliIo, 'env' | 'now'>, callTimeoutMs: number, deadlineAt: number): DoctorNet {
  const proxy = proxySettings(io.env)
  // One undici ProxyAgent per proxy, as in http.ts; the route and its name come from the same matcher.
  const agents: Record<string, unknown> = {}

  /** The proxy URL this call goes through, or null. */
  function routeOf(url: string): string | null {
    if (!proxy) return null
    try {
      return proxyRoute(new URL(url), proxy)
    } catch {
      return null
    }
  }

  function proxyFor(url: string): string | null {
    const chosen = routeOf(url)
    return chosen === null ? null : hostOf(chosen)
  }

  async function request(method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) {
    const left = deadlineAt - io.now()
    if (left <= 0) return { ok: false as const, kind: 'deadline' as const, message: `没有连接 ${hostOf(url)}：${KIND_TEXT.deadline}。` }
    const budget = Math.min(callTimeoutMs, left)
    const init: RequestInit = {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(budget),
    }
    const proxyUrl = routeOf(url)
    const via = proxyUrl === null ? null : hostOf(proxyUrl)
    const sentAt = io.now()
    try {
      let response: Response
      if (proxyUrl !== null) {
        const undici = await import('undici')
        agents[proxyUrl] ??= new undici.ProxyAgent(proxyUrl)
        response = (await undici.fetch(url, { ...(init as object), dispatcher: agents[proxyUrl] as never })) as unknown as Response
      } else response = await fetch(url, init)
      const text = await response.text()
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
      return { ok: true as const, status: response.status, json, date: response.headers.get('date'), sentAt, receivedAt: io.now() }
    } catch (err) {
      let kind = classify(err, io.now() >= deadlineAt - 20)
      const viaText = via ? `（经代理 ${via}）` : ''
      if (proxyUrl && (kind === 'other' || kind === 'reset' || kind === 'proxy' || kind === 'refused')) {
        const why = await askProxy(proxyUrl, new URL(url), Math.max(200, Math.min(callTimeoutMs, deadlineAt - io.now())))
        if (why) return { ok: false as const, kind: 'proxy' as const, message: `无法连接 ${hostOf(url)}${viaText}：${why}。` }
      }
      if (kind === 'timeout' && io.now() >= deadlineAt - 20) kind = 'deadline'
      const timeText = kind === 'timeout' ? `（${Math.round(budget / 100) / 10} 秒内没有回应）` : ''
      return { ok: false as const, kind, message: `无法连接 ${hostOf(url)}${viaText}：${KIND_TEXT[kind]}${timeText}。` }
    }
  }

  return { request, proxyFor, expired: () => io.now() >= deadlineAt }
}
