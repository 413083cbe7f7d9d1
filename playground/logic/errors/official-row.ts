/**
 * DingTalk's own row beside a diagnosis (its explanation and page), or the answer for a code only
 * DingTalk's table lists. Its own chunk: catalog.ts's diagnose() loads it with the table's shard, only
 * when a diagnosis has a code, so the catalog's first load stays within its size budget.
 */
import type { Diagnosis, ErrorSource } from './entry'
import { normaliseMessage } from './message-normal'
import { findOfficial, lookupOfficial, shardOf, type OfficialRow, type ShardLoader } from './official-table'

/** Where to start when the code is unknown: advice for the side the answer came from. */
const GENERIC_FIX: Record<ErrorSource, string> = {
  robot: '这是群机器人的返回：检查机器人的安全设置（关键词、加签、IP 地址段）和消息格式，并按 errmsg 原文排查。',
  app: '这是应用调用服务端接口的返回：检查 AppKey / AppSecret、access_token 是否有效、应用是否开通了接口权限、服务器出口 IP，并按 errmsg 原文排查。',
  jsapi: '这是免登或 JS-API 的返回：检查 corpId、dd.config 的签名参数（url、nonceStr、timeStamp、ticket），以及页面是否在钉钉里打开，并按错误原文排查。',
  unknown: '按 errmsg 原文排查。机器人的返回多与安全设置（关键词、加签、IP）有关；应用接口的返回多与凭证、access_token、权限或出口 IP 有关。',
}

/**
 * Pages of DingTalk's table that DingTalk keeps only as archived (历史文档): codes 10000–10018 come from the
 * Bluetooth JS-API page, whose codes rarely mean what a server answer with the same number means.
 */
const ARCHIVED_PAGES = ['bluetooth-api-error-codes-list']
const archived = (row: OfficialRow): boolean => ARCHIVED_PAGES.some((page) => row.url.includes(page))

const CJK = /[\u4e00-\u9fff]/
/** A short cut of DingTalk's explanation: its first sentence (其余在“钉钉的说明”里). */
const firstSentence = (text: string): string =>
  Array.from(/^[^。；;！!？?]*/.exec(text.replace(/%s/g, ''))?.[0] ?? '').slice(0, 40).join('').trim()

/**
 * The title for a code only DingTalk's table lists: the row's message where it names the cause in words;
 * the explanation's first sentence where the message is a template (%s), a dash, the code itself
 * (`param.cardTemplateIdEmpty`) or English beside a Chinese explanation (`forwardErrorMessage` → 无法找到指定日程).
 */
export function titleOf(row: OfficialRow): string {
  const message = row.message.trim()
  const said = firstSentence(row.explanation)
  const bare = message === '' || message === '-' || message.includes('%s') || message.toLowerCase() === row.code.toLowerCase()
  if (bare || (!CJK.test(message) && CJK.test(said))) return said || message || row.code
  return message
}

/** Whether DingTalk's table (not an archived page of it) lists the code. */
export async function listedByDingTalk(code: number | string, load: ShardLoader): Promise<boolean> {
  const row = await lookupOfficial(code, '', load)
  return row !== null && !archived(row)
}

/**
 * Whether one of DingTalk's messages for the code holds the words an entry matched and says more
 * (父亲部门不存在 holds 部门不存在): then DingTalk's code is the more specific reading of the same words.
 */
export async function saysMore(code: number | string, words: string, load: ShardLoader): Promise<boolean> {
  const part = normaliseMessage(words)
  if (part === '') return false
  const shard = await load(shardOf(String(code)))
  const key = findOfficial(shard, String(code))?.code
  return (key === undefined ? [] : shard.r[key]!).some(([message, explanation, url]) => {
    const whole = normaliseMessage(message)
    const row = { code: key!, message, explanation, url: shard.u[url] ?? '' }
    return !archived(row) && whole.length > part.length && whole.includes(part)
  })
}

/** Adds DingTalk's own explanation and page to a diagnosis; answers an unlisted code from DingTalk's table. */
export function withOfficialRow(d: Diagnosis, row: OfficialRow | null): Diagnosis {
  if (!row) return d
  if (archived(row)) {
    if (d.matched) return d
    return {
      ...d,
      officialDescription: d.officialDescription ?? row.explanation,
      docUrl: row.url,
      unconfirmed: true,
      cause: `${d.cause}钉钉只在一页已归档的蓝牙 JS-API 错误码表里列过 ${row.code}（“${row.message}”），与服务端接口的返回通常无关。`,
    }
  }
  const explanation = row.explanation || row.message
  const enriched = { ...d, officialDescription: d.officialDescription ?? explanation, docUrl: d.docUrl ?? row.url }
  if (d.matched) return enriched
  const title = titleOf(row)
  const source = d.source === 'unknown' ? 'app' : d.source
  return {
    ...enriched,
    matched: true,
    id: `official:${row.code}`,
    source,
    title: `${title}（钉钉错误码 ${row.code}）`,
    cause: `本站还没有单独整理这个错误码，下面“钉钉的说明”是钉钉错误码表里的原文（详见钉钉文档）。`,
    fix: `${d.officialSolution ? `钉钉给出的解决方案：${d.officialSolution}。` : ''}${GENERIC_FIX[source]}`,
  }
}

/** The row of DingTalk's table for the diagnosis's code (one shard loaded), added to the diagnosis. */
export async function withOfficialAnswer(d: Diagnosis, code: number | string, text: string, load: ShardLoader): Promise<Diagnosis> {
  const answered = withOfficialRow(d, await lookupOfficial(code, text, load))
  // A code neither list knows: where to start, for the side the answer came from.
  return answered.matched ? answered : { ...answered, fix: `${GENERIC_FIX[answered.source]}${answered.fix}` }
}
