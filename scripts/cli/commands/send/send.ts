/**
 * `send`: builds a robot message with the site's code, checks it, signs the webhook, POSTs it
 * and reads errcode. With `--message -` it sends one message per stdin line, at most 20 a minute
 * (across runs too with --state: send-ledger.ts). Every message carries a msgUuid, kept across
 * its retries, so that a retry never posts it twice (msg-uuid.ts). Network errors, time-outs,
 * 429, 5xx and errcode -1 / 500100 are tried again (retry.ts); proxies through http.ts.
 * Each message ends delivered, refused, failed (certainly not delivered) or uncertain (可能已送达).
 */
import type { Finding, ValidationResult } from '../../../../playground/logic/core/findings'
import { splitList } from '../../../../playground/logic/core/split-list'
import { splitKeywords, validateRobotKeywords } from '../../../../playground/logic/robot/security/keywords'
import { addMissingMentions, buildMessage, MAX_BODY_BYTES, type MessageDraft } from '../../../../playground/logic/robot/message/build'
import { validateRobotSecret } from '../../../../playground/logic/robot/security/secret'
import { signAt, signingTargetOf, signTimeFindings, type SigningTarget } from '../../../../playground/logic/robot/sign/signed-url'
import { parseWebhook } from '../../../../playground/logic/robot/webhook/webhook'
import { onlyWith, requireExactlyOne, requireOption, UsageError } from '../../core/args'
import { explainAnswer } from '../../core/diagnosis'
import { EXIT, type ExitCode } from '../../core/exit-codes'
import { parseEndpoint } from '../../core/endpoint'
import { readTextFile } from '../../core/files'
import { createHttp, NetworkError } from '../../core/http'
import { InputError } from '../../core/input-error'
import type { CliIo } from '../../core/io'
import { applyAtOptions, type DraftResult, draftFromJsonText } from '../../../../playground/logic/robot/message/message-input'
import { MINUTE_MS, ROBOT_LIMIT_PER_MINUTE, TEST_WINDOW_ENV } from './pacing'
import { readRobotAnswer, type RobotVerdict } from '../../core/robot-answer'
import { hasError, printFindings } from '../../core/print-findings'
import { DEFAULT_RETRY, isRetryableErrcode, isRetryableStatus, MAX_RETRIES, retryAfterMs, type RetryPolicy, retryWaitMs, TEST_RETRY_BASE_ENV } from './retry'
import { type Found, readCredentials } from '../../core/secrets'
import { lineUuid, msgUuidAllowance, msgUuidProblem, partUuid, withMsgUuid } from '../../../../playground/logic/robot/message/msg-uuid'
import { newMsgUuid } from '../../core/new-msg-uuid'
import { exitFor, type Outcome, type OutcomeLine, outcomeLine } from './outcome'
import { memoryLedger, ROBOT_RULE, type SendLedger } from './send-ledger'
import { defaultStatePath, fileLedger, robotKey } from './send-state-file'
import { QUOTA_MONTHLY, QUOTA_REMINDER_FROM, QUOTA_WARN_FROM, SEND_OPTIONS, type SendValues } from './send.options'
import { canSplit, splitDraft } from '../../../../playground/logic/robot/message/split-message'

interface Target {
  webhook: string
  /** The webhook and secret, checked once; null without --secret (the URL is sent unsigned). */
  signing: SigningTarget | null
  /** Replaces scheme://host[:port] of the webhook (tests). */
  endpoint: string | null
}

interface MessageOptions {
  atMobiles: string[]
  atUserIds: string[]
  atAll: boolean
  keywords: string[]
  split: boolean
}

/** One body ready to send, with its msgUuid and where it sits in the run. */
interface Piece {
  json: string
  msgUuid: string
  index: number
  /** "k/n" for a part of a split message. */
  part?: string
}

function positiveMs(io: CliIo, name: string, fallback: number): number {
  const raw = io.env[name]
  if (raw === undefined || raw === '') return fallback
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms <= 0) throw new InputError(`环境变量 ${name} 应是正整数（毫秒）。`)
  return ms
}

/** A whole number option between `min` and `max`, or the fallback when absent. */
function wholeNumber(raw: string | undefined, option: string, min: number, fallback: number | null, max = Number.MAX_SAFE_INTEGER): number | null {
  if (raw === undefined) return fallback
  const trimmed = raw.trim()
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max)
    throw new UsageError(`--${option} 应是${max < Number.MAX_SAFE_INTEGER ? ` ${min} 到 ${max} 之间的` : `不小于 ${min} 的`}整数，这里是「${raw.slice(0, 40)}」。`)
  return Number(trimmed)
}

/** The URL for this very moment: freshly signed when there is a secret (a sign lives one hour). */
function requestUrl(target: Target, now: number): { url: string | null; findings: Finding[] } {
  let url = target.webhook
  const findings: Finding[] = []
  if (target.signing !== null) {
    findings.push(...signTimeFindings(now))
    if (findings.length > 0) return { url: null, findings }
    url = signAt(target.signing, now).url
  }
  if (target.endpoint !== null) url = target.endpoint + url.replace(/^[a-z]+:\/\/[^/]+/i, '')
  return { url, findings }
}

/**
 * The draft → checked JSON bodies (one, or the parts of --split), with the site's builder, each
 * with its msgUuid; findings printed with `where`. Null when a part has an error.
 */
function prepare(draft: MessageDraft, options: MessageOptions, io: CliIo, where: string, msgUuid: string, index: number): Piece[] | null {
  const withAt = applyAtOptions(draft, options.atMobiles, options.atAll, options.atUserIds)
  if (withAt.problem !== null) {
    io.err(`${where}错误：${withAt.problem}`)
    return null
  }
  // Parts leave room for the msgUuid that is added to each after building.
  const limit = MAX_BODY_BYTES - msgUuidAllowance(msgUuid)
  const parts = options.split && canSplit(withAt.draft) ? splitDraft(withAt.draft, options.keywords, limit) : [withAt.draft]
  if (parts.length > 1) io.err(`${where}消息超过 ${MAX_BODY_BYTES} 字节，已按行拆成 ${parts.length} 条（标题或开头标有序号）。`)
  const pieces: Piece[] = []
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
    const uuid = partUuid(msgUuid, k + 1, parts.length)
    const json = withMsgUuid(built.json, uuid)
    if (Buffer.byteLength(json) > MAX_BODY_BYTES) {
      io.err(`${at}错误：加上 msgUuid 后请求体有 ${Buffer.byteLength(json)} 字节，超过钉钉的上限 ${MAX_BODY_BYTES}。${canSplit(part) ? '加 --split 可以拆成几条。' : '请缩短消息。'}`)
      return null
    }
    pieces.push({ json, msgUuid: uuid, index, ...(parts.length > 1 ? { part: `${k + 1}/${parts.length}` } : {}) })
  }
  return pieces
}

/** Sends pieces one after another: paced, retried with the same msgUuid, counted, up to --max. */
class Sender {
  sent = 0
  checked = 0
  /** Every message's status, for the exit code. */
  readonly statuses: Outcome[] = []
  private readonly http

  constructor(
    private readonly target: Target,
    private readonly io: CliIo,
    readonly dryRun: boolean,
    private readonly retry: RetryPolicy,
    readonly max: number | null,
    readonly ledger: SendLedger,
    /** --results: one JSON line per message on stdout, and everything for people on stderr. */
    readonly results: boolean,
    /** --deadline: no request or wait starts that would end after this moment (ms); null: none. */
    readonly deadlineAt: number | null = null,
  ) {
    this.http = createHttp(io)
  }

  /** Messages sent, or with --dry-run checked: what --max counts. */
  get done(): number {
    return this.dryRun ? this.checked : this.sent
  }

  /** A line for people: on stdout, unless stdout carries the outcome lines. */
  human(line: string): void {
    if (this.results) this.io.err(line)
    else this.io.out(line)
  }

  private report(piece: Piece, status: Outcome, errcode: number | null, attempts: number): Outcome {
    this.statuses.push(status)
    if (this.results && status !== 'bad-message' && status !== 'max')
      this.io.out(outcomeLine({ index: piece.index, ...(piece.part ? { part: piece.part } : {}), msgUuid: piece.msgUuid, status, errcode, attempts }))
    return status
  }

  async send(piece: Piece, where: string, progress: string): Promise<Outcome> {
    const { io } = this
    if (this.max !== null && this.done >= this.max) return 'max'
    if (this.dryRun) {
      const { url, findings } = requestUrl(this.target, io.now())
      printFindings(io, findings.filter((f) => f.level === 'error'), where)
      if (url === null) return this.report(piece, 'bad-message', null, 0)
      this.human(`POST ${url}`)
      this.human('Content-Type: application/json; charset=utf-8')
      this.human('')
      this.human(piece.json)
      this.checked++
      return this.report(piece, 'checked', null, 0)
    }
    if (await this.ledger.wasDelivered(piece.msgUuid)) {
      io.err(`${where}msgUuid ${piece.msgUuid} 已在之前送达（见状态文件），跳过，不再发送。`)
      return this.report(piece, 'delivered', 0, 0)
    }
    return this.deliver(piece, where, progress)
  }

  /** Whether waiting `ms` from now would pass --deadline. */
  private pastDeadline(ms: number): boolean {
    return this.deadlineAt !== null && this.io.now() + ms > this.deadlineAt
  }

  /** Waits until the pacing (of this run, and of every run sharing the state file) lets a request go; null past --deadline. */
  private async slot(): Promise<number | null> {
    const { io } = this
    for (;;) {
      if (this.pastDeadline(0)) return null
      const r = await this.ledger.reserve(io.now())
      if ('ticket' in r) return r.ticket
      if (this.pastDeadline(r.wait)) return null
      io.err(`进度：已发送 ${this.sent} 条；钉钉限每分钟 ${ROBOT_LIMIT_PER_MINUTE} 条${this.ledger.path ? '（含同一状态文件的其他运行）' : ''}，等待 ${Math.ceil(r.wait / 1000)} 秒…`)
      await io.sleep(r.wait)
    }
  }

  /**
   * One message, tried again with the same msgUuid (so DingTalk posts it once) after no answer,
   * 429, 5xx, errcode -1 or 500100; signed afresh every try.
   */
  private async deliver(piece: Piece, where: string, progress: string): Promise<Outcome> {
    const { io, target } = this
    let mayHaveArrived = false
    let errcode: number | null = null
    for (let attempt = 1; ; attempt++) {
      const ticket = await this.slot()
      if (ticket === null) return this.stopAtDeadline(piece, where, mayHaveArrived, errcode, attempt - 1)
      const { url, findings } = requestUrl(target, io.now())
      printFindings(io, findings.filter((f) => f.level === 'error'), where)
      if (url === null) {
        await this.ledger.settle(ticket, io.now(), null)
        return this.report(piece, 'bad-message', null, attempt - 1)
      }
      let failure: string
      let advice = '请检查网络、代理或防火墙。'
      let askedMs: number | null = null
      let retryable = true
      try {
        const answer = await this.http.postJson(url, piece.json)
        const verdict = readRobotAnswer(answer)
        const delivered = verdict.kind === 'sent' ? piece.msgUuid : null
        await this.ledger.settle(ticket, io.now(), delivered)
        if (verdict.kind === 'sent') {
          this.sent++
          if (progress) io.err(`进度：已发送 ${this.sent} 条（${progress}）`)
          return this.report(piece, 'delivered', 0, attempt)
        }
        if (answer.status === 407) {
          failure = '代理要求身份验证（HTTP 407）'
          advice = '请在 HTTPS_PROXY 里写上代理的账号密码（http://用户名:密码@主机:端口），或换一个代理。'
          retryable = false
        } else if (isRetryableStatus(answer.status)) {
          failure = answer.status === 429 ? '钉钉要求放慢发送（HTTP 429）' : `钉钉或其前面的网关出错（HTTP ${answer.status}）`
          if (answer.status === 429) advice = '请过一会儿再发，或减少发送的频率。'
          else mayHaveArrived = true
          askedMs = retryAfterMs(answer.retryAfter, io.now())
        } else if (verdict.kind === 'refused' && isRetryableErrcode(verdict.body.errcode)) {
          errcode = Number(verdict.body.errcode)
          failure = `钉钉暂时无法处理（errcode ${errcode}，${String(verdict.body.errmsg ?? '').slice(0, 60)}）`
          advice = '这是钉钉那边的临时问题，请稍后再发。'
        } else {
          if (verdict.kind === 'refused') errcode = Number(verdict.body.errcode)
          return this.report(piece, await this.judge(verdict, where, mayHaveArrived), errcode, attempt)
        }
      } catch (err) {
        if (!(err instanceof NetworkError)) throw err
        await this.ledger.settle(ticket, io.now(), null)
        failure = err.message.replace(/。请检查[^。]*。$/, '')
        if (err.reach === 'maybe') mayHaveArrived = true
        if (err.reach === 'proxy') {
          retryable = false
          advice = '请检查代理的账号密码或访问规则。'
        }
      }
      if (!retryable || attempt > this.retry.retries) {
        const tried = attempt > 1 ? `（共试了 ${attempt} 次）` : ''
        if (mayHaveArrived) {
          const last = attempt > 1 ? `（共试了 ${attempt} 次，最后一次：${failure}）` : `（${failure}）`
          io.err(`${where}可能已送达${last}：请求可能已到达钉钉，只是没有收到确切的回应；请先到群里看一看。`)
          io.err(`${where}  要再发，请用同一个 msgUuid（${piece.msgUuid}）：钉钉不会重复发出同一个 msgUuid 的消息。`)
          return this.report(piece, 'uncertain', errcode, attempt)
        }
        io.err(`${where}发送失败（没有送达）：${failure}${tried}。${advice}`)
        return this.report(piece, 'failed', errcode, attempt)
      }
      const wait = retryWaitMs(attempt, this.retry, askedMs)
      if (this.pastDeadline(wait)) {
        io.err(`${where}${failure}。`)
        return this.stopAtDeadline(piece, where, mayHaveArrived, errcode, attempt)
      }
      io.err(`${where}${failure}；${(wait / 1000).toFixed(wait < 1000 ? 1 : 0)} 秒后第 ${attempt} 次重试（共 ${this.retry.retries} 次，msgUuid 不变）…`)
      await io.sleep(wait)
    }
  }

  /** --deadline reached before this message was done: uncertain if a try may have arrived, else not sent. */
  private stopAtDeadline(piece: Piece, where: string, mayHaveArrived: boolean, errcode: number | null, attempts: number): Outcome {
    this.stoppedAtDeadline = true
    if (mayHaveArrived) {
      this.io.err(`${where}已到 --deadline，不再重试：可能已送达；要再发请用同一个 msgUuid（${piece.msgUuid}）。`)
      return this.report(piece, 'uncertain', errcode, attempts)
    }
    this.io.err(`${where}已到 --deadline：这条${attempts > 0 ? '没有送达' : '没有发送'}。`)
    return this.report(piece, 'failed', errcode, attempts)
  }

  stoppedAtDeadline = false

  private async judge(verdict: Exclude<RobotVerdict, { kind: 'sent' }>, where: string, mayHaveArrived: boolean): Promise<Outcome> {
    const { io, target } = this
    if (verdict.kind === 'unclear') {
      io.err(`${where}可能已送达：钉钉的回应无法识别（${verdict.detail}）。`)
      return 'uncertain'
    }
    io.err(`${where}${mayHaveArrived ? '这次重试' : '发送失败：'}钉钉拒绝了这条消息。`)
    const d = await explainAnswer(io, verdict.body)
    if (target.signing === null && d.id === 'robot.310000.sign')
      io.err('  这次没有给 --secret：机器人开启了“加签”时，需要用 --secret 提供 SEC 开头的密钥。')
    if (mayHaveArrived) {
      io.err(`${where}但之前的一次请求可能已送达：请先到群里看一看。`)
      return 'uncertain'
    }
    return 'refused'
  }

  /** The end of a run: the count, and the monthly quota when the run was a big one or the month is nearly used up. */
  async summary(extra = ''): Promise<void> {
    const { io } = this
    if (this.dryRun) {
      this.human(`检查完成：${this.checked} 条可以发送（未发送）。`)
      return
    }
    this.human(`发送完成：共 ${this.sent} 条。${extra}`)
    if (this.sent >= QUOTA_REMINDER_FROM)
      io.err(
        `提醒：群机器人的 Webhook 消息计入企业每月的 Webhook & Stream 额度：钉钉标准版自 2025-11-19 起为 ${QUOTA_MONTHLY} 次/自然月` +
          `（专业版 5 万次）。本次发送了 ${this.sent} 条；用量可在开发者后台“资源管理 → Webhook&Stream 用量”查看。`,
      )
    await warnQuota(this.ledger, io)
  }
}

/** With a state file: a warning once this month's count (through that file) nears the 标准版 quota. */
async function warnQuota(ledger: SendLedger, io: CliIo): Promise<void> {
  if (ledger.path === null) return
  const count = await ledger.monthCount(io.now())
  if (count >= QUOTA_WARN_FROM)
    io.err(
      `警告：本月（北京时间）经状态文件 ${ledger.path} 记录已送达 ${count} 条，钉钉标准版的 Webhook & Stream 额度为 ${QUOTA_MONTHLY} 次/自然月` +
        `（全企业共用，其他程序的用量不在这里）；${count >= QUOTA_MONTHLY ? '很可能已经用完' : `还剩约 ${QUOTA_MONTHLY - count} 次`}。请到开发者后台“资源管理 → Webhook&Stream 用量”核对。`,
    )
}

/** Sends the pieces of one message (several with --split); stops at the first that is not sent. */
async function sendPieces(sender: Sender, pieces: Piece[], where: string, label: string): Promise<Outcome> {
  for (const [k, piece] of pieces.entries()) {
    const part = pieces.length > 1 ? `${label}第 ${k + 1}/${pieces.length} 部分` : label
    const outcome = await sender.send(piece, pieces.length > 1 ? `${where}第 ${k + 1}/${pieces.length} 部分：` : where, part)
    if (outcome !== 'delivered' && outcome !== 'checked') return outcome
  }
  return sender.dryRun ? 'checked' : 'delivered'
}

function stopAtMax(sender: Sender, io: CliIo, rest: string): void {
  io.err(`已达到 --max ${sender.max}：停止，${rest}没有${sender.dryRun ? '检查' : '发送'}。`)
}

const STOPPED: Partial<Record<Outcome, string>> = { refused: '钉钉拒绝', failed: '发送失败', uncertain: '结果不确定' }

/** `--message -`: one message per line, paced, with a progress line per message on stderr. */
async function sendStream(sender: Sender, options: MessageOptions, io: CliIo, baseUuid: string | null): Promise<ExitCode> {
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
      sender.statuses.push('bad-message')
      continue
    }
    const uuid = parsed.msgUuid ?? (baseUuid !== null ? lineUuid(baseUuid, lineNo) : newMsgUuid())
    const pieces = prepare(parsed.draft, options, io, where, uuid, lineNo)
    if (pieces === null) {
      io.err(`${where}消息有误，已跳过。`)
      skipped++
      sender.statuses.push('bad-message')
      continue
    }
    const outcome = await sendPieces(sender, pieces, where, `第 ${lineNo} 行`)
    if (outcome === 'bad-message') skipped++
    else if (outcome === 'max') {
      stopAtMax(sender, io, `第 ${lineNo} 行及之后的消息`)
      break
    } else if (STOPPED[outcome] !== undefined) {
      io.err(`已停止（${STOPPED[outcome]}）：之前已发送 ${sender.sent} 条，第 ${lineNo + (outcome === 'uncertain' ? 1 : 0)} 行及之后的消息没有发送。`)
      return exitFor(sender.statuses)
    }
  }
  if (messages === 0) {
    io.err('标准输入里没有消息：每行应是一条消息 JSON。')
    return EXIT.failed
  }
  await sender.summary()
  if (skipped > 0) io.err(`有 ${skipped} 行有误，已跳过。`)
  return exitFor(sender.statuses)
}

/** The ledger of this run: the state file of --state (or $DINGTALK_STATE_FILE), else memory. */
function openLedger(opts: SendValues, io: CliIo, webhook: string): SendLedger {
  const rule = { ...ROBOT_RULE, windowMs: positiveMs(io, TEST_WINDOW_ENV, MINUTE_MS) }
  const key = robotKey(webhook)
  const chosen = opts.state ?? io.env.DINGTALK_STATE_FILE
  if (chosen === undefined || chosen.trim() === '') return memoryLedger(key, rule)
  const path = chosen.trim() === 'auto' ? defaultStatePath(io.env) : chosen
  if (path === '-') throw new UsageError('--state 需要一个文件路径（或 auto），不能是 -。')
  return fileLedger(path, key, rule, io.sleep)
}

/** --text - / --markdown -: the text from stdin, like every other `-`. */
async function textOf(value: string, io: CliIo, what: string): Promise<string> {
  if (value !== '-') return what === 'text' ? value : readTextFile(value, 'Markdown 文件')
  return (await io.stdinText()).replace(/^\uFEFF/, '').replace(/\r?\n$/, '')
}

export async function runSend(opts: SendValues, io: CliIo): Promise<ExitCode> {
  // --message is the input's name; --json, its old spelling, still works the same way.
  const kind = requireExactlyOne(opts, ['text', 'markdown', 'message', 'json'])
  const input = kind === 'message' || kind === 'json' ? (opts.message ?? opts.json) : undefined
  if (kind === 'markdown') requireOption(opts, 'title', 'markdown 消息需要标题（会话列表里显示）。')
  onlyWith(opts, 'title', 'markdown')
  const dryRun = opts['dry-run'] === true
  const max = wholeNumber(opts.max, 'max', 1, null)
  const retries = wholeNumber(opts.retries, 'retries', 0, DEFAULT_RETRY.retries, MAX_RETRIES) as number
  const readsStdin = input === '-' || opts.text === '-' || opts.markdown === '-'
  if (readsStdin && (opts.secret === '-' || opts.webhook === '-'))
    throw new UsageError('消息已经占用了标准输入（-）：密钥和 Webhook 请用环境变量或 --env 文件给出。')
  const givenUuid = opts['msg-uuid'] ?? null
  if (givenUuid !== null) {
    const problem = msgUuidProblem(givenUuid)
    if (problem !== null) throw new UsageError(`--msg-uuid：${problem}`)
  }

  const credentials = await readCredentials(io, SEND_OPTIONS, opts)
  const webhookFound = credentials.webhook as Found
  const secretFound = credentials.secret ?? null

  // Webhook and secret: the site's checks; an error stops before anything is built or sent.
  const webhook = parseWebhook(webhookFound.value)
  printFindings(io, webhook.findings, 'Webhook ')
  let checkedSecret: ValidationResult | null = null
  if (secretFound !== null) {
    checkedSecret = validateRobotSecret(secretFound.value)
    io.protect(checkedSecret.value)
    printFindings(io, checkedSecret.findings, '加签密钥 ')
    if (hasError(checkedSecret.findings)) return EXIT.failed
  }
  const secret = checkedSecret?.value ?? null
  if (webhook.carriesSignature)
    io.err(
      secret !== null
        ? '注意：地址里旧的 timestamp / sign 会换成新生成的签名。'
        : '注意：地址里带着旧的 timestamp / sign，它们 1 小时后失效；请改用不带签名的地址加 --secret。',
    )
  if (webhook.url === null || hasError(webhook.findings)) return EXIT.failed
  // Both were checked above, once: the target keeps them parsed for every message and retry.
  const signing = checkedSecret === null ? null : signingTargetOf(webhook, checkedSecret).target
  if (checkedSecret !== null && signing === null) return EXIT.failed
  const target: Target = { webhook: webhook.url, signing, endpoint: opts.endpoint === undefined ? null : parseEndpoint(opts.endpoint).origin }

  const keywordText = (opts.keyword ?? []).join(',')
  const keywordCheck = validateRobotKeywords(keywordText)
  printFindings(io, keywordCheck.findings, '关键词 ')
  if (hasError(keywordCheck.findings)) return EXIT.failed
  const options: MessageOptions = {
    atMobiles: opts['at-mobiles'] === undefined ? [] : splitList(opts['at-mobiles']),
    atUserIds: opts['at-user-ids'] === undefined ? [] : splitList(opts['at-user-ids']),
    atAll: opts['at-all'] === true,
    keywords: splitKeywords(keywordText),
    split: opts.split === true,
  }
  const retry: RetryPolicy = { ...DEFAULT_RETRY, retries, baseMs: positiveMs(io, TEST_RETRY_BASE_ENV, DEFAULT_RETRY.baseMs) }
  // --dry-run sends nothing, so it neither reads nor writes the state file.
  const ledger = dryRun ? memoryLedger(robotKey(webhook.url), ROBOT_RULE) : openLedger(opts, io, webhook.url)
  const deadline = wholeNumber(opts.deadline, 'deadline', 1, null)
  const sender = new Sender(target, io, dryRun, retry, max, ledger, opts.results === true, deadline === null ? null : io.now() + deadline * 1000)
  if (!dryRun) await warnQuota(ledger, io)

  if (input === '-') return sendStream(sender, options, io, givenUuid)

  let parsed: DraftResult
  if (kind === 'text') parsed = { draft: { type: 'text', content: await textOf(opts.text as string, io, 'text') }, problem: null }
  else if (kind === 'markdown')
    parsed = { draft: { type: 'markdown', title: opts.title as string, text: await textOf(opts.markdown as string, io, 'markdown') }, problem: null }
  else parsed = draftFromJsonText(readTextFile(input as string, 'JSON 文件'))
  if (parsed.problem !== null) {
    io.err(`错误：${parsed.problem}`)
    if (kind !== 'text' && kind !== 'markdown') io.err(`（--${kind} FILE 读一条消息；多条消息请每行一条，用 cat 文件 | … --${kind} - 逐行发送。）`)
    return EXIT.failed
  }
  if (parsed.msgUuid !== undefined && givenUuid !== null && parsed.msgUuid !== givenUuid)
    throw new UsageError(`消息 JSON 里的 msgUuid（${parsed.msgUuid}）和 --msg-uuid（${givenUuid}）不同：请只给一个。`)
  const pieces = prepare(parsed.draft, options, io, '', parsed.msgUuid ?? givenUuid ?? newMsgUuid(), 1)
  if (pieces === null) return EXIT.failed
  const outcome = await sendPieces(sender, pieces, '', '')
  if (outcome === 'max') stopAtMax(sender, io, `第 ${sender.done + 1} 部分及之后`)
  if (outcome === 'checked') {
    const total = pieces.reduce((n, p) => n + Buffer.byteLength(p.json), 0)
    io.err(`（--dry-run：没有发送。正文共 ${total} 字节，每条上限 ${MAX_BODY_BYTES}。）`)
    return EXIT.ok
  }
  if (outcome === 'delivered' && pieces.length === 1) sender.human('发送成功（errcode 0）。')
  if (outcome === 'delivered' || outcome === 'max') {
    await sender.summary(pieces.length > 1 ? `（一条消息拆成 ${pieces.length} 部分）` : '')
    return exitFor(sender.statuses)
  }
  if (sender.sent > 0) io.err(`已停止：之前已发送 ${sender.sent} 部分，其余没有发送。`)
  return exitFor(sender.statuses.length > 0 ? sender.statuses : ['bad-message'])
}
