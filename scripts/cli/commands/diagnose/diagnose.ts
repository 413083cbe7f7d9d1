/**
 * `diagnose`: what a pasted DingTalk answer means, from the site's error catalog and DingTalk's
 * own error-code table. The answer comes from --text or stdin; any form people paste (JSON, a log
 * line, an SDK dump, only the errmsg). Tokens found in it are never echoed.
 */
import { type Diagnosis, diagnose } from '../../../../playground/logic/errors/catalog'
import type { DiagnoseValues } from './diagnose.options'
import { diagnosisLines } from '../../core/diagnosis'
import { EXIT, type ExitCode } from '../../core/exit-codes'
import type { CliIo } from '../../core/io'
import { officialTableFromDisk } from '../../core/official-shards-node'

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
  // `related`: for a paste nothing read, the 故障排查 sections its words are near (empty otherwise).
  return JSON.stringify({ matched, errcode, source, title, cause, fix, officialDescription, docUrl, id, anchor, related: d.related ?? [] })
}

export async function runDiagnose(opts: DiagnoseValues, io: CliIo): Promise<ExitCode> {
  const text = opts.text ?? (await readStdin(io))
  protectTokens(io, text)
  const d = await diagnose(text, officialTableFromDisk)
  if (opts.json === true) io.out(toJson(d))
  else for (const line of diagnosisLines(d, '')) io.out(line)
  return d.matched ? EXIT.ok : EXIT.failed
}
