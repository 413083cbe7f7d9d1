/**
 * A local stand-in for DingTalk, for the CLI tests (real HTTP on 127.0.0.1, port 0).
 * It behaves the way DingTalk's docs
 * (robot: https://open.dingtalk.com/document/dingstart/customize-robot-security-settings,
 * https://open.dingtalk.com/document/development/custom-robots-send-group-messages;
 * tokens: the pages cited in ../token-answers.ts) and public GitHub threads
 * (20000-byte body: github.com/timonwong/prometheus-webhook-dingtalk/pull/222) describe it:
 *  - robot webhook `POST /robot/send?access_token=…[&timestamp=…&sign=…]`: always HTTP 200 with
 *    an errcode; checks the token, the one-hour timestamp window and the signature (with Node
 *    crypto, independently of the site's crypto-js code), the keywords, the 20000-byte body, the
 *    message type, and the 20-a-minute limit (then throttles the robot, as DingTalk does);
 *  - new token API `POST /v1.0/oauth2/accessToken` {appKey, appSecret}:
 *    200 {accessToken, expireIn:7200} or 400 {code:"invalidClientIdOrSecret", …};
 *  - old token API `GET /gettoken?appkey=…&appsecret=…`: always 200,
 *    {errcode:0, access_token, expires_in:7200, errmsg:"ok"} or {errcode:40089, …}.
 * Secrets are never echoed back. Test code only.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ExtraRoute } from './fake-doctor'

export interface FakeRobot {
  accessToken: string
  /** 加签 secret; when set, timestamp and sign are required. */
  secret?: string
  /** 自定义关键词; when set, the message must contain one. */
  keywords?: string[]
}

export interface FakeApp {
  appKey: string
  appSecret: string
}

type Mode = 'ok' | 'down' | 'ipNotInWhitelist'

export interface FakeDingTalkOptions {
  robots?: FakeRobot[]
  apps?: FakeApp[]
  /** Messages allowed per robot in any window (DingTalk: 20). */
  limit?: number
  /** The rate window (DingTalk: one minute). Shorter in tests. */
  windowMs?: number
  /** How long a robot stays throttled after going over (DingTalk: 10 minutes). */
  throttleMs?: number
  /** 410100 as in the current docs, or the 130101 seen in the wild. */
  rateLimitCode?: 410100 | 130101
  /** Added to the server's clock (a server whose clock differs from the client's). */
  clockOffsetMs?: number
  /** How the new token API behaves: normally, down (HTTP 503 HTML), or rejecting the caller's IP. */
  newApi?: Mode
  oldApi?: Mode
  /** The robot webhook fails this many times first with HTTP 502 (a gateway in trouble), then behaves. */
  robotFailures?: number
  /**
   * How those failures look: 502 (default), or 429 Too Many Requests, as a gateway in front of a
   * service answers when it throttles, with `Retry-After: 1` (RFC 9110 §10.2.3).
   */
  robotFailureStatus?: 502 | 429
  /** More routes, asked first (doctor's: fake-doctor.ts). */
  extraRoutes?: ExtraRoute
  /** Faults for the next robot webhook requests, one per request, in order (then it behaves). */
  robotFaults?: RobotFault[]
}

/**
 * What can go wrong around a robot message. "…AfterAccept": DingTalk took the message (it is
 * delivered) but the answer is lost: never sent (the client times out), the connection reset, a
 * gateway's 502, or a 200 whose body stalls. "busy" (-1 系统繁忙, 请稍后重试:
 * https://open.dingtalk.com/document/development/custom-robots-send-group-messages) and
 * "systemError" (500100, errmsg as users quote it on devzhi.com) refuse it without posting.
 */
export type RobotFault = 'timeoutAfterAccept' | 'resetAfterAccept' | 'error502AfterAccept' | 'stallBodyAfterAccept' | 'busy' | 'systemError'

export interface ReceivedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: string
}

export interface FakeDingTalk {
  /** e.g. http://127.0.0.1:41234 (also what `check-credentials --endpoint` takes). */
  origin: string
  /** The webhook URL of a robot, as DingTalk shows it (without timestamp/sign). */
  webhookFor(accessToken: string): string
  requests: ReceivedRequest[]
  /** Messages that were accepted (errcode 0), in order. */
  delivered: { accessToken: string; body: Record<string, unknown>; at: number }[]
  /** Every access token the token endpoints handed out (to prove the CLI never prints one). */
  issuedTokens: string[]
  close(): Promise<void>
}

export const SIGNATURE_WINDOW_MS = 3_600_000
export const MAX_BODY_BYTES = 20_000
const MESSAGE_TYPES = ['text', 'link', 'markdown', 'actionCard', 'feedCard']

// errmsg wordings observed from DingTalk in public GitHub threads
// (e.g. github.com/timonwong/prometheus-webhook-dingtalk/issues/91,
// github.com/megaease/easeprobe/issues/202, github.com/0wQ/air780e-forwarder/issues/51,
// github.com/jenkinsci/dingtalk-plugin/issues/116).
const ERR = {
  tokenMissing: { errcode: 300001, errmsg: 'token is not exist' },
  signMismatch: {
    errcode: 310000,
    errmsg:
      'description:机器人发送签名不匹配;solution:请确认签名和生成签名的时间戳必须都放在调用的网址中，请确认机器人的密钥加密和填写正确;link:请参考本接口对应文档获得具体要求，或者在https://open.dingtalk.com/document/  搜索相关文档;',
  },
  signExpired: {
    errcode: 310000,
    errmsg: 'description:机器人发送签名过期;solution:签名生成时间和发送时间请保持在 timestampms 以内;',
  },
  invalidTimestamp: {
    errcode: 310000,
    errmsg: 'invalid timestamp, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]',
  },
  keywords: {
    errcode: 310000,
    errmsg: 'description:关键词不匹配;solution:请联系群管理员查看此机器人的关键词，并在发送的信息中包含此关键词;',
  },
  bodyTooLarge: { errcode: 460101, errmsg: 'description: body 大小不合法;solution:请保持大小在 20000bytes 以内;' },
  badType: { errcode: 400105, errmsg: '不支持的消息类型' },
  rate410100: { errcode: 410100, errmsg: '发送速度太快而限流' },
  rate130101: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' },
} as const

/** The robot signature, computed with Node crypto: base64(HMAC-SHA256(secret, ts + "\n" + secret)). */
export function nodeSign(secret: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64')
}

/** Every string inside a message body, where a keyword may appear. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings)
  return []
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => done(Buffer.concat(chunks)))
    req.on('error', fail)
  })
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json;charset=utf-8',
    ...headers,
  })
  res.end(text)
}

export async function startFakeDingTalk(options: FakeDingTalkOptions = {}): Promise<FakeDingTalk> {
  const limit = options.limit ?? 20
  const windowMs = options.windowMs ?? 60_000
  const throttleMs = options.throttleMs ?? 10 * 60_000
  const now = () => Date.now() + (options.clockOffsetMs ?? 0)
  const robots = new Map((options.robots ?? []).map((r) => [r.accessToken, r]))
  const apps = options.apps ?? []
  const sentAt = new Map<string, number[]>()
  const throttledUntil = new Map<string, number>()
  // msgUuid 消息幂等key: a message sent again with the same msgUuid is not posted again
  // (https://open.dingtalk.com/document/development/custom-robots-send-group-messages). What
  // DingTalk answers to the repeat is not documented (未确认); here it is errcode 0.
  const seenUuids = new Map<string, Set<string>>()
  const faults = [...(options.robotFaults ?? [])]

  const requests: ReceivedRequest[] = []
  const delivered: FakeDingTalk['delivered'] = []
  const issuedTokens: string[] = []
  let robotFailuresLeft = options.robotFailures ?? 0

  const issueToken = () => {
    const token = randomBytes(16).toString('hex')
    issuedTokens.push(token)
    return token
  }

  function robotAnswer(query: Record<string, string>, raw: Buffer): Record<string, unknown> {
    const robot = robots.get(query.access_token ?? '')
    if (!robot) return ERR.tokenMissing
    if (robot.secret !== undefined) {
      const { timestamp, sign } = query
      if (timestamp === undefined || sign === undefined) return ERR.signMismatch
      if (!/^\d+$/.test(timestamp)) return ERR.invalidTimestamp
      if (Math.abs(now() - Number(timestamp)) > SIGNATURE_WINDOW_MS) return ERR.signExpired
      // The query is already URL-decoded here: a sign sent without URL-encoding has had its
      // "+" turned into spaces, and fails, as with DingTalk.
      if (sign !== nodeSign(robot.secret, timestamp)) return ERR.signMismatch
    }
    if (raw.byteLength > MAX_BODY_BYTES) return ERR.bodyTooLarge
    let body: Record<string, unknown>
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
    } catch {
      return { errcode: 400401, errmsg: 'param error: body is not json' }
    }
    const type = body.msgtype
    if (typeof type !== 'string' || !MESSAGE_TYPES.includes(type)) return ERR.badType
    if (typeof body[type] !== 'object' || body[type] === null) return { errcode: 400401, errmsg: `miss param : ${type}` }
    const keywords = robot.keywords ?? []
    if (keywords.length > 0) {
      const text = strings(body[type]).join('\n')
      if (!keywords.some((k) => text.includes(k))) return ERR.keywords
    }
    const t = now()
    const token = robot.accessToken
    const uuid = typeof body.msgUuid === 'string' ? body.msgUuid : null
    if (uuid !== null && seenUuids.get(token)?.has(uuid)) return { errcode: 0, errmsg: 'ok' }
    if ((throttledUntil.get(token) ?? 0) > t) return options.rateLimitCode === 130101 ? ERR.rate130101 : ERR.rate410100
    const recent = (sentAt.get(token) ?? []).filter((at) => at > t - windowMs)
    if (recent.length >= limit) {
      throttledUntil.set(token, t + throttleMs)
      sentAt.set(token, recent)
      return options.rateLimitCode === 130101 ? ERR.rate130101 : ERR.rate410100
    }
    recent.push(t)
    sentAt.set(token, recent)
    if (uuid !== null) seenUuids.set(token, (seenUuids.get(token) ?? new Set()).add(uuid))
    delivered.push({ accessToken: token, body, at: t })
    return { errcode: 0, errmsg: 'ok' }
  }

  function newTokenApi(res: ServerResponse, raw: Buffer): void {
    if (options.newApi === 'down') return send(res, 503, '<html><body>503 Service Unavailable</body></html>')
    if (options.newApi === 'ipNotInWhitelist')
      return send(res, 403, { code: 'Forbidden.AccessDenied.IpNotInWhiteList', message: 'ip not in white list' })
    let body: Record<string, unknown> = {}
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
    } catch {
      // treated as missing credentials below
    }
    const ok = apps.some((a) => a.appKey === body.appKey && a.appSecret === body.appSecret)
    if (!ok)
      // `requestid` is UNCONFIRMED (the error body comes from public test mocks,
      // not the docs); kept so the CLI is seen to ignore extra keys.
      return send(res, 400, {
        code: 'invalidClientIdOrSecret',
        requestid: randomBytes(8).toString('hex'),
        message: '无效的clientId或者clientSecret',
      })
    send(res, 200, { accessToken: issueToken(), expireIn: 7200 })
  }

  function oldTokenApi(res: ServerResponse, query: Record<string, string>): void {
    if (options.oldApi === 'down') return send(res, 502, '<html><body>502 Bad Gateway</body></html>')
    if (options.oldApi === 'ipNotInWhitelist')
      return send(res, 200, {
        errcode: 60020,
        errmsg: `访问ip不在白名单之中，请参考FAQ：https://open.dingtalk.com/document/org-faq/app-faq,request ip=127.0.0.1 appKey(${query.appkey ?? ''})`,
      })
    const ok = apps.some((a) => a.appKey === query.appkey && a.appSecret === query.appsecret)
    if (!ok) return send(res, 200, { errcode: 40089, errmsg: '不合法的corpid或corpsecret' })
    send(res, 200, { errcode: 0, access_token: issueToken(), expires_in: 7200, errmsg: 'ok' })
  }

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const query = Object.fromEntries(url.searchParams)
      requests.push({ method: req.method ?? '', path: url.pathname, query, body: raw.toString('utf8') })
      const extra = options.extraRoutes?.({
        method: req.method ?? '',
        path: url.pathname,
        query,
        raw,
        res,
        tokenIssued: (t) => issuedTokens.includes(t),
        issueToken,
        apps,
      })
      if (extra) return
      if (req.method === 'POST' && url.pathname === '/robot/send') {
        if (robotFailuresLeft > 0) {
          robotFailuresLeft--
          if (options.robotFailureStatus === 429)
            return send(res, 429, '<html><body>429 Too Many Requests</body></html>', { 'Retry-After': '1' })
          return send(res, 502, '<html><body>502 Bad Gateway</body></html>')
        }
        const fault = faults.shift()
        if (fault === 'busy') return send(res, 200, { errcode: -1, errmsg: '系统繁忙' })
        if (fault === 'systemError') return send(res, 200, { errcode: 500100, errmsg: '错误描述:系统异常,请稍后再试;' })
        const answer = robotAnswer(query, raw)
        if (fault === 'timeoutAfterAccept') return // the request stays open: the client times out
        if (fault === 'resetAfterAccept') return void req.socket.destroy()
        if (fault === 'error502AfterAccept') return send(res, 502, '<html><body>502 Bad Gateway</body></html>')
        if (fault === 'stallBodyAfterAccept') {
          res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8', 'Content-Length': '100' })
          return void res.write('{"errcode":0,')
        }
        return send(res, 200, answer)
      }
      if (req.method === 'POST' && url.pathname === '/v1.0/oauth2/accessToken') return newTokenApi(res, raw)
      if (req.method === 'GET' && url.pathname === '/gettoken') return oldTokenApi(res, query)
      send(res, 404, { code: 'NotFound', message: 'not found' })
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`

  return {
    origin,
    webhookFor: (accessToken) => `${origin}/robot/send?access_token=${accessToken}`,
    requests,
    delivered,
    issuedTokens,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
