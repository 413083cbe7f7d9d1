import { error, type Finding, inField } from '../../../core/findings'
import { checkMessageUrl, requireText, str } from './message-fields'
import { imageUrlFindings } from './image-url'
import type { MessageDraft, TypePart } from './types'

/** feedCard: a list of links, each with title, messageURL and picURL (all required; note the URL casing). */
export function buildFeedCard(draft: Extract<MessageDraft, { type: 'feedCard' }>): TypePart {
  const links = Array.isArray(draft.links) ? draft.links : []
  const findings: Finding[] = []
  if (links.length === 0) findings.push(error('message.feedCard.noLinks', '请至少添加一条链接（标题、链接地址和图片地址）。'))
  const clean = links.map((link, i) => {
    const title = str(link?.title)
    const messageURL = str(link?.messageURL).trim()
    const picURL = str(link?.picURL).trim()
    findings.push(...inField(`links.${i}.title`, requireText(title, 'message.feedCard.titleEmpty', `第 ${i + 1} 条的标题`)))
    findings.push(...inField(`links.${i}.messageURL`, checkMessageUrl(messageURL, 'message.feedCard.messageURL', `第 ${i + 1} 条的链接（messageURL）`, true)))
    const picChecked = checkMessageUrl(picURL, 'message.feedCard.picURL', `第 ${i + 1} 条的图片地址（picURL）`, true)
    findings.push(...inField(`links.${i}.picURL`, picChecked.length ? picChecked : imageUrlFindings(picURL, 'message.feedCard.picURL', `第 ${i + 1} 条的图片地址（picURL）`)))
    return { title, messageURL, picURL }
  })
  // The titles are all the text a feedCard has, so they are what the keyword check reads.
  return { payload: { links: clean }, findings, searchable: { main: clean.map((l) => l.title), other: [] } }
}
