/**
 * `send`: builds a robot message with the site's code, checks it, signs the webhook, POSTs it
 * and reads errcode. With `--json -` it sends one message per stdin line, at most 20 a minute.
 */
import type { Finding } from '../../playground/core/findings'
import { splitList } from '../../playground/core/text'
import { EXAMPLE } from '../../playground/examples'
import { splitKeywords, validateRobotKeywords } from '../../playground/robot/keywords'
import { addMissingMentions, buildMessage, MAX_BODY_BYTES, type MessageDraft } from '../../playground/robot/messages'
import { validateRobotSecret } from '../../playground/robot/secret'
import { signWebhook } from '../../playground/robot/signed-url'
import { parseWebhook } from '../../playground/robot/webhook'
import { parseOptions, requireExactlyOne, requireOption, UsageError } from './args'
import { explainAnswer } from './diagnosis'
import { EXIT, type ExitCode } from './exit-codes'
import { readTextFile } from './files'
import { NetworkError, postJson } from './http'
import { InputError } from './input-error'
import type { CliIo } from './io'
import { applyAtOptions, type DraftResult, draftFromJsonText } from './message-input'
import { createRateLimiter, MINUTE_MS, ROBOT_LIMIT_PER_MINUTE } from './pacing'
import { readRobotAnswer } from './robot-answer'
import { hasError, printFindings } from './report'

/** Test-only: a shorter rate window, so the pacing can be tested without waiting a minute. */
export const TEST_WINDOW_ENV = 'DINGTALK_CLI_TEST_RATE_WINDOW_MS'

export const SEND_HELP = `用法：npm run -s dingtalk -- send --webhook URL [--secret S]
        (--text T | --markdown FILE --title T | --json FILE | --json -)
        [--at-mobiles a,b] [--at-all] [--keyword K] [--dry-run]

构造并检查一条群机器人消息（与文档站的消息编辑器同一套规则），加签后发送，
并读取钉钉返回的 errcode：钉钉拒绝时 HTTP 状态码仍是 200，errcode 不为 0 即失败，并说明原因。

选项：
  --webhook URL      机器人的 Webhook 地址（或单独的 access_token）。必填
  --secret S         加签密钥（机器人启用了“加签”时必填，SEC 开头）；每条消息发送前重新签名
  --text T           发送 text 消息，内容为 T
  --markdown FILE    发送 markdown 消息，正文读自文件 FILE（UTF-8）
  --title T          markdown 消息的标题（会话列表里显示），和 --markdown 一起使用
  --json FILE        发送 FILE 里的一条消息：钉钉的消息 JSON，如 {"msgtype":"text","text":{"content":"…"}}
  --json -           从标准输入逐行读取消息，每行一条 JSON；自动限速为每分钟最多 ${ROBOT_LIMIT_PER_MINUTE} 条
                     （超过会被钉钉限流 10 分钟），进度写到标准错误；钉钉拒绝时停止，格式有误的行跳过
  --at-mobiles a,b   @ 这些手机号（只适用于 text 和 markdown；正文里没有的 @手机号 会自动补在末尾）
  --at-all           @ 所有人
  --keyword K        机器人设置的自定义关键词（可重复给出）；发送前检查消息里是否包含其中之一
  --dry-run          不发送，只打印将要发出的请求（带签名的地址和正文）。不会打印密钥
  --endpoint URL     把请求发往这个地址而不是 oapi.dingtalk.com（测试用；Webhook 仍按钉钉地址检查）
  -h, --help         显示本帮助

测试专用：环境变量 ${TEST_WINDOW_ENV} 把限速窗口从 60000 毫秒改短，仅供自动化测试，平时不要设置。

示例：
  npm run -s dingtalk -- send --webhook '${EXAMPLE.robotWebhook}' \\
    --secret "$DINGTALK_ROBOT_SECRET" --text '${EXAMPLE.robotKeywords}：今日报表已生成' --keyword ${EXAMPLE.robotKeywords}
  npm run -s dingtalk -- send --webhook "$DINGTALK_ROBOT_WEBHOOK" --markdown report.md --title '${EXAMPLE.robotKeywords}日报'
  cat messages.jsonl | npm run -s dingtalk -- send --webhook "$DINGTALK_ROBOT_WEBHOOK" --json -

退出码：0 全部发送成功（或 --dry-run 检查通过）；1 消息有误、钉钉拒绝或无法连接；2 用法错误`

const OPTIONS = {
  webhook: { type: 'string' },
  secret: { type: 'string' },
  text: { type: 'string' },
  markdown: { type: 'string' },
  title: { type: 'string' },
  json: { type: 'string' },
  'at-mobiles': { type: 'string' },
  'at-all': { type: 'boolean' },
  keyword: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  endpoint: { type: 'string' },
} as const

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
}

type Outcome = 'sent' | 'checked' | 'bad-message' | 'refused'

function rateWindowMs(io: CliIo): number {
  const raw = io.env[TEST_WINDOW_ENV]
  if (raw === undefined || raw === '') return MINUTE_MS
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms <= 0) throw new InputError(`环境变量 ${TEST_WINDOW_ENV} 应是正整数（毫秒）。`)
  return ms
}

function endpointRoot(raw: string | undefined): string | null {
  if (raw === undefined) return null
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new InputError(`--endpoint 不是有效的网址：${raw}。例如 http://127.0.0.1:8080`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError('--endpoint 要以 http:// 或 https:// 开头。')
  return url.origin
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

/** The draft → checked JSON body, with the site's builder; findings printed with `where`. */
function prepare(draft: MessageDraft, options: MessageOptions, io: CliIo, where: string): string | null {
  const withAt = applyAtOptions(draft, options.atMobiles, options.atAll)
  if (withAt.problem !== null) {
    io.err(`${where}错误：${withAt.problem}`)
    return null
  }
  const completed = addMissingMentions(withAt.draft)
  if (JSON.stringify(completed) !== JSON.stringify(withAt.draft))
    io.err(`${where}注意：已在正文末尾补上 @（钉钉要求被 @ 的手机号或 userId 也出现在正文里）。`)
  const built = buildMessage(completed, { keywords: options.keywords })
  printFindings(io, built.findings, where)
  if (hasError(built.findings)) return null
  return built.json
}

async function deliver(json: string, target: Target, dryRun: boolean, io: CliIo, where: string): Promise<Outcome> {
  const { url, findings } = requestUrl(target, io.now())
  printFindings(io, findings.filter((f) => f.level === 'error'), where)
  if (url === null) return 'bad-message'
  if (dryRun) {
    io.out(`POST ${url}`)
    io.out('Content-Type: application/json; charset=utf-8')
    io.out('')
    io.out(json)
    return 'checked'
  }
  let verdict
  try {
    verdict = readRobotAnswer(await postJson(url, json))
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err
    io.err(`${where}发送失败：${err.message}`)
    return 'refused'
  }
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

/** `--json -`: one message per line, paced, with a progress line per message on stderr. */
async function sendStream(target: Target, options: MessageOptions, dryRun: boolean, io: CliIo): Promise<ExitCode> {
  const limiter = createRateLimiter(ROBOT_LIMIT_PER_MINUTE, rateWindowMs(io))
  if (io.stdinIsTerminal) io.err('请逐行输入消息 JSON（每行一条），输入完按 Ctrl-D 结束。')
  let lineNo = 0
  let sent = 0
  let checked = 0
  let skipped = 0
  for await (const line of io.stdinLines()) {
    lineNo++
    if (line.trim() === '') continue
    const where = `第 ${lineNo} 行：`
    const parsed: DraftResult = draftFromJsonText(line)
    if (parsed.problem !== null) {
      io.err(`${where}错误：${parsed.problem}已跳过。`)
      skipped++
      continue
    }
    const json = prepare(parsed.draft, options, io, where)
    if (json === null) {
      io.err(`${where}消息有误，已跳过。`)
      skipped++
      continue
    }
    if (!dryRun) {
      const wait = limiter.waitMs(io.now())
      if (wait > 0) {
        io.err(`进度：已发送 ${sent} 条；钉钉限每分钟 ${ROBOT_LIMIT_PER_MINUTE} 条，等待 ${Math.ceil(wait / 1000)} 秒…`)
        await io.sleep(wait)
      }
    }
    const outcome = await deliver(json, target, dryRun, io, where)
    if (outcome === 'checked') checked++
    else if (outcome === 'sent') {
      limiter.record(io.now())
      sent++
      io.err(`进度：已发送 ${sent} 条（第 ${lineNo} 行）`)
    } else if (outcome === 'bad-message') skipped++
    else {
      io.err(`已停止：之前已发送 ${sent} 条，第 ${lineNo} 行及之后的消息没有发送。`)
      return EXIT.failed
    }
  }
  if (sent + checked + skipped === 0) {
    io.err('标准输入里没有消息：每行应是一条消息 JSON。')
    return EXIT.failed
  }
  io.out(dryRun ? `检查完成：${checked} 条可以发送（未发送）。` : `发送完成：共 ${sent} 条。`)
  if (skipped > 0) {
    io.err(`有 ${skipped} 行有误，已跳过。`)
    return EXIT.failed
  }
  return EXIT.ok
}

export async function runSend(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const opts = parseOptions(argv, OPTIONS)
  io.protect(opts.secret)
  const webhookRaw = requireOption(opts, 'webhook', '机器人的 Webhook 地址在群设置 → 机器人 → 该机器人的设置页。')
  const kind = requireExactlyOne(opts, ['text', 'markdown', 'json'])
  if (kind === 'markdown') requireOption(opts, 'title', 'markdown 消息需要标题（会话列表里显示）。')
  else if (opts.title !== undefined) throw new UsageError('--title 只能和 --markdown 一起使用。')
  const dryRun = opts['dry-run'] === true

  // Webhook and secret: the site's checks; an error stops before anything is built or sent.
  const webhook = parseWebhook(webhookRaw)
  printFindings(io, webhook.findings.filter((f) => f.code !== 'robotWebhook.hasSignature'), 'Webhook ')
  let secret: string | null = null
  if (opts.secret !== undefined) {
    const checked = validateRobotSecret(opts.secret)
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
  const target: Target = { webhook: webhook.url, secret, endpoint: endpointRoot(opts.endpoint) }

  const keywordText = (opts.keyword ?? []).join(',')
  const keywordCheck = validateRobotKeywords(keywordText)
  printFindings(io, keywordCheck.findings, '关键词 ')
  if (hasError(keywordCheck.findings)) return EXIT.failed
  const options: MessageOptions = {
    atMobiles: opts['at-mobiles'] === undefined ? [] : splitList(opts['at-mobiles']),
    atAll: opts['at-all'] === true,
    keywords: splitKeywords(keywordText),
  }

  if (kind === 'json' && opts.json === '-') return sendStream(target, options, dryRun, io)

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
  const json = prepare(parsed.draft, options, io, '')
  if (json === null) return EXIT.failed
  const outcome = await deliver(json, target, dryRun, io, '')
  if (outcome === 'sent') io.out('发送成功（errcode 0）。')
  if (outcome === 'checked') io.err(`（--dry-run：没有发送。正文 ${Buffer.byteLength(json)} 字节，上限 ${MAX_BODY_BYTES}。）`)
  return outcome === 'sent' || outcome === 'checked' ? EXIT.ok : EXIT.failed
}
