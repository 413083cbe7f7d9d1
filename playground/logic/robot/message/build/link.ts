import { inField } from '../../../core/findings'
import { checkMessageUrl, requireText, str } from './message-fields'
import { imageUrlFindings } from './image-url'
import type { MessageDraft, TypePart } from './types'

function checkPicture(picUrl: string) {
  const checked = checkMessageUrl(picUrl, 'message.link.picUrl', '图片地址（picUrl）', false)
  return inField('picUrl', checked.length || picUrl === '' ? checked : imageUrlFindings(picUrl, 'message.link.picUrl', '图片地址（picUrl）'))
}

/** link: title, text, messageUrl, optional picUrl. Note the casing: `picUrl`/`messageUrl` here. */
export function buildLink(draft: Extract<MessageDraft, { type: 'link' }>): TypePart {
  const title = str(draft.title)
  const text = str(draft.text)
  const messageUrl = str(draft.messageUrl).trim()
  const picUrl = str(draft.picUrl).trim()
  return {
    payload: { title, text, messageUrl, ...(picUrl !== '' ? { picUrl } : {}) },
    findings: [
      ...inField('title', requireText(title, 'message.link.titleEmpty', '链接消息的标题')),
      ...inField('text', requireText(text, 'message.link.textEmpty', '链接消息的内容（太长时只显示一部分）')),
      ...inField('messageUrl', checkMessageUrl(messageUrl, 'message.link.messageUrl', '点击消息后打开的链接（messageUrl）', true)),
      ...checkPicture(picUrl),
    ],
    searchable: { main: [text], other: [title] },
  }
}
