/**
 * Which editor field a message finding belongs to, so it is shown under that input (and marks it
 * aria-invalid). Codes come from playground/logic/robot/message/build ('message.link.messageUrl.scheme', …);
 * the button / link number is only in the message ("第 2 个按钮…"). Unknown → null (listed with
 * the general checks).
 */
import type { Finding } from '../../../core/findings'
import type { ShareState } from '../share/share-state'

const SIMPLE: [prefix: string, field: string][] = [
  ['message.text.empty', 'text'],
  ['message.link.titleEmpty', 'title'],
  ['message.link.textEmpty', 'text'],
  ['message.link.messageUrl', 'messageUrl'],
  ['message.link.picUrl', 'picUrl'],
  ['message.markdown.titleEmpty', 'title'],
  ['message.markdown.textEmpty', 'text'],
  ['markdown.', 'text'],
  ['message.actionCard.titleEmpty', 'title'],
  ['message.actionCard.textEmpty', 'text'],
  ['message.actionCard.singleTitleEmpty', 'singleTitle'],
  ['message.actionCard.singleURL', 'singleURL'],
  ['message.at.mobileShape', 'atMobiles'],
  ['message.at.notMobile', 'atMobiles'],
  ['message.at.mobileCleaned', 'atMobiles'],
  ['message.at.notUserId', 'atUserIds'],
  ['message.at.userIdCleaned', 'atUserIds'],
]

const INDEXED: [prefix: string, list: 'btns' | 'links', field: string][] = [
  ['message.actionCard.btnTitleEmpty', 'btns', 'title'],
  ['message.actionCard.actionURL', 'btns', 'actionURL'],
  ['message.feedCard.titleEmpty', 'links', 'title'],
  ['message.feedCard.messageURL', 'links', 'messageURL'],
  ['message.feedCard.picURL', 'links', 'picURL'],
]

const matches = (code: string, prefix: string) => code === prefix || code.startsWith(prefix.endsWith('.') ? prefix : `${prefix}.`)

export function fieldOfFinding(finding: Finding, state: ShareState): string | null {
  for (const [prefix, list, field] of INDEXED) {
    if (!matches(finding.code, prefix)) continue
    const n = Number(finding.message.match(/第 (\d+) (?:个|条)/)?.[1])
    const index = Number.isInteger(n) && n >= 1 ? n - 1 : -1
    return index >= 0 && index < state[list].length ? `${list}.${index}.${field}` : null
  }
  for (const [prefix, field] of SIMPLE) if (matches(finding.code, prefix)) return field
  return null
}
