import { inField } from '../../../core/findings'
import { atFindings, buildAt } from './at'
import { requireText, str } from './message-fields'
import type { MessageDraft, TypePart } from './types'

/** text: `content` plus optional `at`. */
export function buildText(draft: Extract<MessageDraft, { type: 'text' }>): TypePart {
  const content = str(draft.content)
  return {
    payload: { content },
    at: buildAt(draft.at),
    findings: [...inField('content', requireText(content, 'message.text.empty', '消息内容')), ...atFindings(draft.at, content, '消息内容')],
    searchable: { main: [content], other: [] },
  }
}
