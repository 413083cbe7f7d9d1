/**
 * DingTalk's refusals explained through the site's error catalog (playground/errors), so the
 * terminal says the same as the 故障排查 page.
 */
import { type Diagnosis, diagnose } from '../../playground/errors/catalog'
import type { CliIo } from './io'

/** Prints the catalog's title, cause and fix for a DingTalk answer body, then DingTalk's own words. */
export function explainAnswer(io: CliIo, body: Record<string, unknown>, indent = '  '): Diagnosis {
  const d = diagnose(body)
  const code = d.errcode === null ? '' : `（${typeof d.errcode === 'number' ? 'errcode' : 'code'} ${d.errcode}）`
  io.err(`${indent}${d.title}${code}`)
  if (d.cause) io.err(`${indent}原因：${d.cause}${d.unconfirmed ? '（此说明尚未得到钉钉文档证实）' : ''}`)
  if (d.fix) io.err(`${indent}怎么办：${d.fix}`)
  if (d.errmsg) io.err(`${indent}钉钉原文：${d.errmsg}`)
  return d
}
