/**
 * DingTalk's refusals explained through the site's error catalog (playground/logic/errors), then
 * DingTalk's own error-code table, so the terminal says the same as the 故障排查 page.
 */
import { type Diagnosis, diagnose } from '../../../playground/logic/errors/catalog'
import { SOURCE_NAMES } from '../../../playground/logic/errors/entry'
import type { CliIo } from './io'
import { officialTableFromDisk } from './official-shards-node'


/** The lines of a diagnosis, as `send`, `check-credentials` and `diagnose` print them. */
export function diagnosisLines(d: Diagnosis, indent = '  '): string[] {
  // A title taken from DingTalk's table already names its code.
  const named = d.errcode !== null && d.title.includes(String(d.errcode))
  const code = d.errcode === null || named ? '' : `（${typeof d.errcode === 'number' ? 'errcode' : 'code'} ${d.errcode}）`
  const lines = [`${indent}${d.title}${code}`]
  if (SOURCE_NAMES[d.source]) lines.push(`${indent}来源：${SOURCE_NAMES[d.source]}`)
  if (d.cause) lines.push(`${indent}原因：${d.cause}${d.unconfirmed ? '（此说明尚未得到钉钉文档证实）' : ''}`)
  if (d.fix) lines.push(`${indent}怎么办：${d.fix}`)
  if (d.officialDescription) lines.push(`${indent}钉钉的说明：${d.officialDescription}`)
  if (d.officialSolution) lines.push(`${indent}钉钉的解决方案：${d.officialSolution}`)
  if (d.docUrl) lines.push(`${indent}钉钉文档：${d.docUrl}`)
  if (d.anchor) lines.push(`${indent}本站说明：故障排查页 #${d.anchor}`)
  if (d.errmsg) lines.push(`${indent}钉钉原文：${d.errmsg}`)
  // Nothing read the paste: places to look, said as such (related-entries.ts).
  if (d.related?.length) lines.push(`${indent}可以先看故障排查页的这几节（只是字面相近，不是诊断结果）：`, ...d.related.map((r) => `${indent}  · ${r.title}（#${r.anchor}）`))
  return lines
}

/** Prints the diagnosis of a DingTalk answer body on stderr (an explanation, not a result). */
export async function explainAnswer(io: CliIo, body: Record<string, unknown>, indent = '  '): Promise<Diagnosis> {
  const d = await diagnose(body, officialTableFromDisk)
  for (const line of diagnosisLines(d, indent)) io.err(line)
  return d
}
