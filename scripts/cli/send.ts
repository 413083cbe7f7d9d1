/**
 * `send`: builds a robot message with the site's code, checks it, signs the webhook, POSTs it
 * and reads errcode. With `--json -` it sends one message per stdin line, at most 20 a minute.
 * Network errors, time-outs, 429 and 5xx are tried again (retry.ts); proxies through http.ts.
 */
import type { Finding } from '../../playground/logic/core/findings'
import { splitList } from '../../playground/logic/core/split'
import { splitKeywords, validateRobotKeywords } from '../../playground/logic/robot/keywords'
import { addMissingMentions, buildMessage, MAX_BODY_BYTES, type MessageDraft } from '../../playground/logic/robot/messages'
import { validateRobotSecret } from '../../playground/logic/robot/secret'
import { signWebhook } from '../../playground/logic/robot/signed-url'
import { parseWebhook } from '../../playground/logic/robot/webhook'
import { onlyWith, requireExactlyOne, requireOption, UsageError } from './args'
import { explainAnswer } from './diagnosis'
import { EXIT, type ExitCode } from './exit-codes'
import { parseEndpoint } from './endpoint'
import { readTextFile } from './files'
import { createHttp, type HttpAnswer, NetworkError } from './http'
import { InputError } from './input-error'
import type { CliIo } from './io'
import { applyAtOptions, type DraftResult, draftFromJsonText } from './message-input'
import { createRateLimiter, MINUTE_MS, ROBOT_LIMIT_PER_MINUTE, TEST_WINDOW_ENV } from './pacing'
import { readRobotAnswer } from './robot-answer'
import { hasError, printFindings } from './report'
import { DEFAULT_RETRY, isRetryableStatus, retryAfterMs, type RetryPolicy, retryWaitMs, TEST_RETRY_BASE_ENV } from './retry'
import { type Found, readCredentials } from './secrets'
import { QUOTA_REMINDER_FROM, SEND_OPTIONS, type SendValues } from './send.command'
import { canSplit, splitDraft } from './split'

interface Target {
  webhook: string
  secret: string | null
  /** Replaces scheme://host[:port] of the webhook (tests). */
  endpoint: string | null
}

interface MessageOptions {
  atMobiles: string[]
  atAll: boolean
  keywords: string[]
  split: boolean
}

type Outcome = 'sent' | 'checked' | 'bad-message' | 'refused' | 'max'

function positiveMs(io: CliIo, name: string, fallback: number): number {
  const raw = io.env[name]
  if (raw === undefined || raw === '') return fallback
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms <= 0) throw new InputError(`环境变量 ${name} 应是正整数（毫秒）。`)
  return ms
}

/** A whole number option ≥ `min`, or the fallback when absent. */
function wholeNumber(raw: string | undefined, option: string, min: number, fallback: number | null): number | null {
  if (raw === undefined) return fallback
  const trimmed = raw.trim()
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min) throw new UsageError(`--${option} 应是不小于 ${min} 的整数，这里是「${raw.slice(0, 40)}」。`)
  return Number(trimmed)
}

/** The URL for this very moment: freshly signed when there is a secret (a sign lives one hour). */
function requestUrl(target: Target, now: number): { url: string | null; findings: Finding[] } {
  let url = target.webhook
  let findings: Finding[] = []
  if (target.secret !== null) {
    const signed = signWebhook(target.webhook, target.secret, now)
    findings = signed.findings
    if (!signed.result) return { url: null, findings }
    url = signed.result.url
  }
  if (target.endpoint !== null) url = target.endpoint + url.replace(/^[a-z]+:\/\/[^/]+/i, '')
  return { url, findings }
}

/**
 * The draft → checked JSON bodies (one, or the parts of --split), with the site's builder;
 * findings printed with `where`. Null when a part has an error.
 */
function prepare(draft: MessageDraft, options: MessageOptions, io: CliIo, where: string): string[] | null {
  const withAt = applyAtOptions(draft, options.atMobiles, options.atAll)
  if (withAt.problem !== null) {
    io.err(`${where}错误：${withAt.problem}`)
    return null
  }
  const parts = options.split && canSplit(withAt.draft) ? splitDraft(withAt.draft, options.keywords) : [withAt.draft]
  if (parts.length > 1) io.err(`${where}消息超过 ${MAX_BODY_BYTES} 字节，已按行拆成 ${parts.length} 条（标题或开头标有序号）。`)
  const bodies: string[] = []
  for (const [k, part] of parts.entries()) {
    const at = parts.length > 1 ? `${where}第 ${k + 1}/${parts.length} 部分：` : where
    const completed = addMissingMentions(part)
    if (JSON.stringify(completed) !== JSON.stringify(part))
      io.err(`${at}注意：已在正文末尾补上 @（钉钉要求被 @ 的手机号或 userId 也出现在正文里）。`)
    const built = buildMessage(completed, { keywords: options.keywords })
    printFindings(io, built.findings, at)
    if (built.findings.some((f) => f.code === 'message.tooLarge') && !options.split && canSplit(part))
      io.err(`${at}提示：加 --split 可以把它按行拆成几条发送。`)
    if (hasError(built.findings)) return null
    bodies.push(built.json)
  }
  return bodies
}

/** Sends bodies one after another: paced, retried, counted, up to --max. */
class Sender {
  sent = 0
  checked = 0
  private readonly limiter
  private readonly http

  constructor(
    private readonly target: Target,
    private readonly io: CliIo,
    readonly dryRun: boolean,
    private readonly retry: RetryPolicy,
    readonly max: number | null,
  ) {
    this.limiter = createRateLimiter(ROBOT_LIMIT_PER_MINUTE, positiveMs(io, TEST_WINDOW_ENV, MINUTE_MS))
    this.http = createHttp(io)
  }

  /** Messages sent, or with --dry-run checked: what --max counts. */
  get done(): number {
    return this.dryRun ? this.checked : this.sent
  }

  async send(json: string, where: string, progress: string): Promise<Outcome> {
    const { io } = this
    if (this.max !== null && this.done >= this.max) return 'max'
    if (this.dryRun) {
      const { url, findings } = requestUrl(this.target, io.now())
      printFindings(io, findings.filter((f) => f.level === 'error'), where)
      if (url === null) return 'bad-message'
      io.out(`POST ${url}`)
      io.out('Content-Type: application/json; charset=utf-8')
      io.out('')
      io.out(json)
      this.checked++
      return 'checked'
    }
    const wait = this.limiter.waitMs(io.now())
    if (wait > 0) {
      io.err(`进度：已发送 ${this.sent} 条；钉钉限每分钟 ${ROBOT_LIMIT_PER_MINUTE} 条，等待 ${Math.ceil(wait / 1000)} 秒…`)
      await io.sleep(wait)
    }
    const outcome = await this.deliver(json, where)
    if (outcome === 'sent') {
      this.limiter.record(io.now())
      this.sent++
      if (progress) io.err(`进度：已发送 ${this.sent} 条（${progress}）`)
    }
    return outcome
  }

  /** One message, tried again on network errors, time-outs, 429 and 5xx; signed afresh every try. */
  private async deliver(json: string, where: string): Promise<Outcome> {
    const { io, target } = this
    for (let attempt = 0; ; attempt++) {
      const { url, findings } = requestUrl(target, io.now())
      printFindings(io, findings.filter((f) => f.level === 'error'), where)
      if (url === null) return 'bad-message'
      let failure: string
      let advice = '请检查网络、代理或防火墙。'
      let askedMs: number | null = null
      try {
        const answer = await this.http.postJson(url, json)
        if (!isRetryableStatus(answer.status)) return await this.judge(answer, where)
        failure = answer.status === 429 ? '钉钉要求放慢发送（HTTP 429）' : `钉钉服务器出错（HTTP ${answer.status}）`
        if (answer.status === 429) advice = '请过一会儿再发，或减少发送的频率。'
        askedMs = retryAfterMs(answer.retryAfter, io.now())
      } catch (err) {
        if (!(err instanceof NetworkError)) throw err
        failure = err.message.replace(/。请检查网络、代理或防火墙。$/, '')
      }
      if (attempt >= this.retry.retries) {
        io.err(`${where}发送失败：${failure}${attempt > 0 ? `（已重试 ${attempt} 次）` : ''}。${advice}`)
        return 'refused'
      }
      const wait = retryWaitMs(attempt + 1, this.retry, askedMs)
      io.err(`${where}${failure}；${(wait / 1000).toFixed(wait < 1000 ? 1 : 0)} 秒后第 ${attempt + 1} 次重试（共 ${this.retry.retries} 次）…`)
      await io.sleep(wait)
    }
  }

  private async judge(answer: HttpAnswer, where: string): Promise<Outcome> {
    const { io, target } = this
    const verdict = readRobotAnswer(answer)
    if (verdict.kind === 'sent') return 'sent'
    if (verdict.kind === 'unclear') {
      io.err(`${where}发送失败：钉钉的回应无法识别（${verdict.detail}）。`)
      return 'refused'
    }
    io.err(`${where}发送失败：钉钉拒绝了这条消息。`)
    const d = await explainAnswer(io, verdict.body)
    if (target.secret === null && d.id === 'robot.310000.sign')
      io.err('  这次没有给 --secret：机器人开启了“加签”时，需要用 --secret 提供 SEC 开头的密钥。')
    return 'refused'
  }

  /** The end of a run: the count on stdout, and the monthly quota when the run was a big one. */
  summary(extra = ''): void {
    const { io } = this
    if (this.dryRun) {
      io.out(`检查完成：${this.checked} 条可以发送（未发送）。`)
      return
    }
    io.out(`发送完成：共 ${this.sent} 条。${extra}`)
    if (this.sent >= QUOTA_REMINDER_FROM)
      io.err(
        `提醒：群机器人的 Webhook 消息计入企业每月的 Webhook & Stream 额度：钉钉标准版自 2025-11-19 起为 3000 次/自然月` +
          `（专业版 5 万次）。本次发送了 ${this.sent} 条；用量可在开发者后台“资源管理 → Webhook&Stream 用量”查看。`,
      )
  }
}

/** Sends the bodies of one message (several with --split); false when it stopped. */
async function sendBodies(sender: Sender, bodies: string[], where: string, label: string): Promise<Outcome> {
  for (const [k, json] of bodies.entries()) {
    const part = bodies.length > 1 ? `${label}第 ${k + 1}/${bodies.length} 部分` : label
    const outcome = await sender.send(json, bodies.length > 1 ? `${where}第 ${k + 1}/${bodies.length} 部分：` : where, part)
    if (outcome !== 'sent' && outcome !== 'checked') return outcome
  }
  return sender.dryRun ? 'checked' : 'sent'
}

function stopAtMax(sender: Sender, io: CliIo, rest: string): void {
  io.err(`已达到 --max ${sender.max}：停止，${rest}没有${sender.dryRun ? '检查' : '发送'}。`)
}

/** `--json -`: one message per line, paced, with a progress line per message on stderr. */
async function sendStream(sender: Sender, options: MessageOptions, io: CliIo): Promise<ExitCode> {
  if (io.stdinIsTerminal) io.err('请逐行输入消息 JSON（每行一条），输入完按 Ctrl-D 结束。')
  let lineNo = 0
  let messages = 0
  let skipped = 0
  for await (const line of io.stdinLines()) {
    lineNo++
    if (line.trim() === '') continue
    messages++
    const where = `第 ${lineNo} 行：`
    const parsed: DraftResult = draftFromJsonText(line)
    if (parsed.problem !== null) {
      io.err(`${where}错误：${parsed.problem}已跳过。`)
      skipped++
      continue
    }
    const bodies = prepare(parsed.draft, options, io, where)
    if (bodies === null) {
      io.err(`${where}消息有误，已跳过。`)
      skipped++
      continue
    }
    const outcome = await sendBodies(sender, bodies, where, `第 ${lineNo} 行`)
    if (outcome === 'bad-message') skipped++
    else if (outcome === 'max') {
      stopAtMax(sender, io, `第 ${lineNo} 行及之后的消息`)
      break
    } else if (outcome === 'refused') {
      io.err(`已停止：之前已发送 ${sender.sent} 条，第 ${lineNo} 行及之后的消息没有发送。`)
      return EXIT.failed
    }
  }
  if (messages === 0) {
    io.err('标准输入里没有消息：每行应是一条消息 JSON。')
    return EXIT.failed
  }
  sender.summary()
  if (skipped > 0) {
    io.err(`有 ${skipped} 行有误，已跳过。`)
    return EXIT.failed
  }
  return EXIT.ok
}

export async function runSend(opts: SendValues, io: CliIo): Promise<ExitCode> {
  const kind = requireExactlyOne(opts, ['text', 'markdown', 'json'])
  if (kind === 'markdown') requireOption(opts, 'title', 'markdown 消息需要标题（会话列表里显示）。')
  onlyWith(opts, 'title', 'markdown')
  const dryRun = opts['dry-run'] === true
  const max = wholeNumber(opts.max, 'max', 1, null)
  const retries = wholeNumber(opts.retries, 'retries', 0, DEFAULT_RETRY.retries) as number
  if (kind === 'json' && opts.json === '-' && (opts.secret === '-' || opts.webhook === '-'))
    throw new UsageError('--json - 已经占用了标准输入：密钥和 Webhook 请用环境变量或 --env 文件给出。')

  const credentials = await readCredentials(io, SEND_OPTIONS, opts)
  const webhookFound = credentials.webhook as Found
  const secretFound = credentials.secret ?? null

  // Webhook and secret: the site's checks; an error stops before anything is built or sent.
  const webhook = parseWebhook(webhookFound.value)
  printFindings(io, webhook.findings.filter((f) => f.code !== 'robotWebhook.hasSignature'), 'Webhook ')
  let secret: string | null = null
  if (secretFound !== null) {
    const checked = validateRobotSecret(secretFound.value)
    io.protect(checked.value)
    printFindings(io, checked.findings, '加签密钥 ')
    if (hasError(checked.findings)) return EXIT.failed
    secret = checked.value
  }
  if (webhook.findings.some((f) => f.code === 'robotWebhook.hasSignature'))
    io.err(
      secret !== null
        ? '注意：地址里旧的 timestamp / sign 会换成新生成的签名。'
        : '注意：地址里带着旧的 timestamp / sign，它们 1 小时后失效；请改用不带签名的地址加 --secret。',
    )
  if (webhook.url === null || hasError(webhook.findings)) return EXIT.failed
  const target: Target = { webhook: webhook.url, secret, endpoint: opts.endpoint === undefined ? null : parseEndpoint(opts.endpoint).origin }

  const keywordText = (opts.keyword ?? []).join(',')
  const keywordCheck = validateRobotKeywords(keywordText)
  printFindings(io, keywordCheck.findings, '关键词 ')
  if (hasError(keywordCheck.findings)) return EXIT.failed
  const options: MessageOptions = {
    atMobiles: opts['at-mobiles'] === undefined ? [] : splitList(opts['at-mobiles']),
    atAll: opts['at-all'] === true,
    keywords: splitKeywords(keywordText),
    split: opts.split === true,
  }
  const retry: RetryPolicy = { ...DEFAULT_RETRY, retries, baseMs: positiveMs(io, TEST_RETRY_BASE_ENV, DEFAULT_RETRY.baseMs) }
  const sender = new Sender(target, io, dryRun, retry, max)

  if (kind === 'json' && opts.json === '-') return sendStream(sender, options, io)

  let parsed: DraftResult
  if (kind === 'text') parsed = { draft: { type: 'text', content: opts.text as string }, problem: null }
  else if (kind === 'markdown')
    parsed = {
      draft: { type: 'markdown', title: opts.title as string, text: readTextFile(opts.markdown as string, 'Markdown 文件') },
      problem: null,
    }
  else parsed = draftFromJsonText(readTextFile(opts.json as string, 'JSON 文件'))
  if (parsed.problem !== null) {
    io.err(`错误：${parsed.problem}`)
    if (kind === 'json') io.err('（--json FILE 读一条消息；多条消息请每行一条，用 cat 文件 | … --json - 逐行发送。）')
    return EXIT.failed
  }
  const bodies = prepare(parsed.draft, options, io, '')
  if (bodies === null) return EXIT.failed
  const outcome = await sendBodies(sender, bodies, '', '')
  if (outcome === 'max') stopAtMax(sender, io, `第 ${sender.done + 1} 部分及之后`)
  if (outcome === 'checked') {
    const total = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0)
    io.err(`（--dry-run：没有发送。正文共 ${total} 字节，每条上限 ${MAX_BODY_BYTES}。）`)
    return EXIT.ok
  }
  if (outcome === 'sent' && bodies.length === 1) io.out('发送成功（errcode 0）。')
  if (outcome === 'sent' || outcome === 'max') {
    sender.summary(bodies.length > 1 ? `（一条消息拆成 ${bodies.length} 部分）` : '')
    return EXIT.ok
  }
  if (sender.sent > 0) io.err(`已停止：之前已发送 ${sender.sent} 部分，其余没有发送。`)
  return EXIT.failed
}
