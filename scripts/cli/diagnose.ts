/**
 * `diagnose`: what a pasted DingTalk answer means, from the site's error catalog and DingTalk's
 * own error-code table. The answer comes from --text or stdin; any form people paste (JSON, a log
 * line, an SDK dump, only the errmsg). Tokens found in it are never echoed.
 */
import { type Diagnosis, diagnoseWithOfficial } from '../../playground/logic/errors/catalog'
import { parseOptions } from './args'
import { diagnosisLines } from './diagnosis'
import { EXIT, type ExitCode } from './exit-codes'
import type { CliIo } from './io'
import { loadShardFromDisk } from './official-shards-node'

export const DIAGNOSE_HELP = `用法：npm run -s dingtalk -- diagnose [--text T] [--json]

说明钉钉返回的错误：原因、怎么办、钉钉自己的说明和文档链接（与文档站“故障排查”页同一套说明）。
群机器人、应用的服务端接口（gettoken、通讯录、工作通知…）和免登 / JS-API 的返回都可以；
整段 JSON、日志里的一行、SDK 打印的内容或只有 errmsg 的文字都行。

选项：
  --text T     钉钉返回的内容；不给时从标准输入读取（粘贴后按 Ctrl-D 结束）
  --json       输出一行 JSON：
               {"matched","errcode","source","title","cause","fix","officialDescription","docUrl","id","anchor"}
               source 为 robot（群机器人）、app（服务端接口）、jsapi（免登 / JS-API）或 unknown
  -h, --help   显示本帮助

示例：
  npm run -s dingtalk -- diagnose --text '{"errcode":310000,"errmsg":"sign not match"}'
  npm run -s dingtalk -- diagnose --json < error.log
  echo '访问ip不在白名单之中' | npm run -s dingtalk -- diagnose

退出码：0 认出了这个返回（或它表示成功）；1 没有认出，或没有内容；2 用法错误`

const OPTIONS = {
  text: { type: 'string' },
  json: { type: 'boolean' },
} as const

/** At most this much of stdin is read: a paste, not a whole disk of logs. */
const STDIN_LIMIT = 5 * 1024 * 1024

async function readStdin(io: CliIo): Promise<string> {
  if (io.stdinIsTerminal) io.err('请粘贴钉钉返回的内容，输入完按 Ctrl-D 结束。')
  const lines: string[] = []
  let size = 0
  for await (const line of io.stdinLines()) {
    lines.push(line)
    size += line.length + 1
    if (size > STDIN_LIMIT) break
  }
  return lines.join('\n')
}

/** access tokens in the paste (a webhook, a request dump) are kept out of every output line. */
function protectTokens(io: CliIo, text: string): void {
  for (const m of text.matchAll(/(?:access_?token["']?\s*[=:]\s*["']?|x-acs-dingtalk-access-token["']?\s*:\s*["']?|session=)([\w-]{8,})/gi)) io.protect(m[1])
}

function toJson(d: Diagnosis): string {
  const { matched, errcode, source, title, cause, fix, officialDescription, docUrl, id, anchor } = d
  return JSON.stringify({ matched, errcode, source, title, cause, fix, officialDescription, docUrl, id, anchor })
}

export async function runDiagnose(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const opts = parseOptions(argv, OPTIONS)
  const text = opts.text ?? (await readStdin(io))
  protectTokens(io, text)
  const d = await diagnoseWithOfficial(text, loadShardFromDisk)
  if (opts.json === true) io.out(toJson(d))
  else for (const line of diagnosisLines(d, '')) io.out(line)
  return d.matched ? EXIT.ok : EXIT.failed
}
