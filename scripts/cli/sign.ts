/**
 * `sign`: the robot signature, or the signed webhook URL, computed by the site's own code
 * (playground/logic/robot). Prints the sign or the URL on stdout; never the secret.
 */
import { EXAMPLE } from '../../playground/logic/examples'
import { sign } from '../../playground/logic/robot/sign'
import { signWebhook } from '../../playground/logic/robot/signed-url'
import { parseOptions, UsageError } from './args'
import { EXIT, type ExitCode } from './exit-codes'
import type { CliIo } from './io'
import { hasError, printFindings } from './report'
import { createSecretReader, ROBOT_SECRET, whereToGive } from './secrets'
import { checkSigningKey } from './signing-key'
import { parseTimestampOption } from './timestamp'

export const SIGN_HELP = `用法：npm run -s dingtalk -- sign [--secret S | --secret - | --env FILE] [--timestamp MS] [--webhook URL] [--json]

计算自定义机器人的加签 sign：把 timestamp + "\\n" + 密钥 用 HmacSHA256（密钥为 key）签名，
Base64 编码后再做 URL 编码（与文档站的签名工具同一套代码）。
同一算法也用于钉钉发给企业内部机器人和 HTTP 事件回调的签名，那时密钥是应用的 AppSecret：
不以 SEC 开头的密钥照样签名，只给出提醒。

选项：
  --secret S       密钥：群机器人的加签密钥（安全设置 → 加签，SEC 开头），或应用的 AppSecret。
                   不给时读环境变量 DINGTALK_ROBOT_SECRET；--secret - 从标准输入读取。
                   写在命令行上的密钥能被同机用户用 ps 看到，更推荐环境变量或 --env
  --env FILE       从 .env 文件读取 DINGTALK_ROBOT_SECRET
  --timestamp MS   毫秒时间戳（13 位）。不填则用当前时间；签名在该时间前后 1 小时内有效
  --webhook URL    机器人的 Webhook 地址（或单独的 access_token）。给出时输出带 timestamp 和 sign 的完整地址
  --json           输出一行 JSON：{"timestamp":"…","sign":"…","url":"…"}
                   （url 仅在给出 --webhook 时出现；sign 已做 URL 编码，与地址里的一致）
  -h, --help       显示本帮助

标准输出只有 sign（或带签名的地址），说明和提醒写到标准错误。密钥不会被打印。

示例：
  npm run -s dingtalk -- sign --secret ${EXAMPLE.robotSecret} --timestamp 1700000000000
  npm run -s dingtalk -- sign --secret ${EXAMPLE.robotSecret} --webhook '${EXAMPLE.robotWebhook}' --json
  DINGTALK_ROBOT_SECRET=… npm run -s dingtalk -- sign --webhook "$DINGTALK_ROBOT_WEBHOOK"
  printf '%s' "$SECRET" | npm run -s dingtalk -- sign --secret - --json

退出码：0 成功；1 密钥、时间戳或地址有误；2 用法错误`

const OPTIONS = {
  secret: { type: 'string' },
  env: { type: 'string' },
  timestamp: { type: 'string' },
  webhook: { type: 'string' },
  json: { type: 'boolean' },
} as const

export async function runSign(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const opts = parseOptions(argv, OPTIONS)
  io.protect(opts.secret)
  const secrets = createSecretReader(io, opts.env)
  const found = await secrets.get(ROBOT_SECRET, opts.secret)
  if (found === null) throw new UsageError(`缺少密钥：${whereToGive(ROBOT_SECRET)}。加签密钥在机器人安全设置的“加签”下方，SEC 开头。`)
  secrets.warnAboutFlags()
  const rawSecret = found.value

  const now = io.now()
  let timestamp = now
  if (opts.timestamp !== undefined) {
    const parsed = parseTimestampOption(opts.timestamp, now)
    printFindings(io, parsed.findings)
    if (parsed.value === null) return EXIT.failed
    timestamp = parsed.value
  }

  if (opts.webhook !== undefined) {
    const { result, findings } = signWebhook(opts.webhook, rawSecret, timestamp, checkSigningKey)
    printFindings(io, findings)
    if (result === null || hasError(findings)) return EXIT.failed
    if (opts.json) io.out(JSON.stringify({ timestamp: result.timestamp, sign: result.sign, url: result.url }))
    else {
      io.out(result.url)
      io.err(`签名有效期至 ${new Date(result.expiresAt).toISOString()}（1 小时）；每次发送前请重新生成。`)
    }
    return EXIT.ok
  }

  const secret = checkSigningKey(rawSecret)
  io.protect(secret.value)
  printFindings(io, secret.findings)
  if (hasError(secret.findings)) return EXIT.failed
  const ts = String(Math.floor(timestamp))
  const signature = sign(secret.value, ts)
  if (opts.json) io.out(JSON.stringify({ timestamp: ts, sign: signature }))
  else {
    io.out(signature)
    io.err(`timestamp=${ts}（sign 已做 URL 编码，和 timestamp 一起放进地址：&timestamp=${ts}&sign=${signature}）`)
  }
  return EXIT.ok
}
