import { error, type Finding, warning } from '../../../core/findings'
import { splitList } from '../../../core/split-list'
import { preview } from '../../../core/text'
import { str } from './message-fields'
import type { SearchableText } from './types'

/**
 * "消息中至少包含其中1个关键词才可以发送成功". Which fields DingTalk searches and whether case
 * matters are UNCONFIRMED, so only "nowhere at all" is an error.
 */
export function keywordFindings(keywords: unknown, searchable: SearchableText): Finding[] {
  const list = (Array.isArray(keywords) ? keywords : typeof keywords === 'string' ? splitList(keywords, { spaces: false }) : [])
    .map((k) => str(k).trim())
    .filter((k) => k !== '')
  if (list.length === 0) return []
  const main = searchable.main.join('\n')
  const all = [main, ...searchable.other].join('\n')
  if (list.some((k) => main.includes(k))) return []
  const shown = list.slice(0, 10).map((k) => preview(k, 12)).join('、')
  if (list.some((k) => all.includes(k))) {
    return [
      warning(
        'message.keyword.onlyInTitle',
        `关键词只出现在标题或按钮里：钉钉是否检查这些位置未经确认，建议在正文里也写上一个关键词（${shown}）。`,
      ),
    ]
  }
  const lower = all.toLowerCase()
  if (list.some((k) => lower.includes(k.toLowerCase()))) {
    return [warning('message.keyword.case', `关键词的大小写与消息里的不一致，钉钉是否区分大小写未经确认，建议写成完全一样的（${shown}）。`)]
  }
  return [
    error(
      'message.keyword.missing',
      `消息里没有任何一个安全关键词，钉钉会拒绝发送（310000 关键词不匹配）。请在正文里加入其中之一：${shown}。`,
    ),
  ]
}
