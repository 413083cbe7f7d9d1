import { inField } from '../../../core/findings'
import { atFindings, buildAt } from './at'
import { requireText, str } from './message-fields'
import { unsupportedMarkdown } from './markdown-lint'
import type { MessageDraft, TypePart } from './types'

/** markdown: `title` shows only in the conversation preview, `text` is the Markdown body. */
export function buildMarkdown(draft: Extract<MessageDraft, { type: 'markdown' }>): TypePart {
  const title = str(draft.title)
  const text = str(draft.text)
  return {
    payload: { title, text },
    at: buildAt(draft.at),
    findings: [
      ...inField('title', requireText(title, 'message.markdown.titleEmpty', '标题（会话列表里显示的摘要）')),
      ...inField('text', requireText(text, 'message.markdown.textEmpty', 'Markdown 正文')),
      ...inField('text', unsupportedMarkdown(text, 'Markdown 正文')),
      ...atFindings(draft.at, text, 'Markdown 正文'),
    ],
    searchable: { main: [text], other: [title] },
  }
}
