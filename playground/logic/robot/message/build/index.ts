import { error, type Finding, warning } from '../../../core/findings'
import { utf8Bytes } from '../../../core/text'
import { buildActionCard } from './action-card'
import { missingMentions } from './at'
import { buildFeedCard } from './feed-card'
import { str } from './message-fields'
import { keywordFindings } from './keyword-check'
import { buildLink } from './link'
import { buildMarkdown } from './markdown'
import { buildText } from './text-message'
import type { BuiltMessage, MessageDraft, TypePart } from './types'

export * from './types'
export { unsupportedMarkdown } from './markdown-lint'

/**
 * DingTalk rejects bodies over 20000 bytes: seen in its answers (460101 "body 大小不合法;solution:请保持大小在
 * 20000bytes 以内", https://github.com/timonwong/prometheus-webhook-dingtalk/pull/222), not in its API reference.
 */
export const MAX_BODY_BYTES = 20000

function partFor(draft: MessageDraft): TypePart | null {
  switch (draft.type) {
    case 'text':
      return buildText(draft)
    case 'link':
      return buildLink(draft)
    case 'markdown':
      return buildMarkdown(draft)
    case 'actionCard':
      return buildActionCard(draft)
    case 'feedCard':
      return buildFeedCard(draft)
    default:
      return null
  }
}

/** The JSON body for a webhook POST, with every check: required fields, URLs, `at`, keywords, size. */
export function buildMessage(draft: MessageDraft, options: { keywords?: string[]; msgUuid?: string } = {}): BuiltMessage {
  const part = draft && typeof draft === 'object' ? partFor(draft) : null
  if (!part) {
    const body: Record<string, unknown> = {}
    return {
      body,
      json: '{}',
      bytes: 2,
      findings: [error('message.type', '不支持的消息类型：自定义机器人只支持 text、link、markdown、actionCard、feedCard。')],
    }
  }
  const findings: Finding[] = [...part.findings]
  const type = draft.type
  const stray = (draft as { at?: unknown }).at
  if ((type === 'link' || type === 'feedCard' || type === 'actionCard') && stray !== undefined && stray !== null) {
    findings.push(
      warning(
        'message.at.unsupported',
        type === 'actionCard'
          ? 'actionCard 不使用 at 字段：如需@人，请在正文里写上 @userId。已忽略 at。'
          : `${type} 类型不支持@人，已忽略 at。需要@人请改用 text 或 markdown。`,
      ),
    )
  }
  findings.push(...keywordFindings(options?.keywords, part.searchable))
  // msgUuid: DingTalk's idempotency key, "消息幂等key": a retry with the same one is not delivered twice
  // (https://open.dingtalk.com/document/development/custom-robots-send-group-messages). Counted in the size.
  const msgUuid = options.msgUuid?.trim()
  const body: Record<string, unknown> = { msgtype: type, [type]: part.payload, ...(part.at ? { at: part.at } : {}), ...(msgUuid ? { msgUuid } : {}) }
  const json = JSON.stringify(body)
  const bytes = utf8Bytes(json)
  if (bytes > MAX_BODY_BYTES) {
    findings.push(
      error(
        'message.tooLarge',
        `消息体有 ${bytes} 字节，超过了 ${MAX_BODY_BYTES} 字节（一个汉字占 3 个字节）：钉钉会以 460101“body 大小不合法”拒绝它（这个上限来自钉钉的实际返回，文档没有写）。请缩短内容。`,
      ),
    )
  }
  return { body, json, bytes, findings }
}

/** Append the @mobile / @userId that `at` lists but the text lacks (text and markdown only). */
export function addMissingMentions(draft: MessageDraft): MessageDraft {
  if (!draft || typeof draft !== 'object') return draft
  if (draft.type === 'text') {
    const content = str(draft.content)
    const missing = missingMentions(draft.at, content)
    if (missing.length === 0) return draft
    const sep = content === '' || /\s$/.test(content) ? '' : ' '
    return { ...draft, content: `${content}${sep}${missing.map((m) => `@${m}`).join(' ')}` }
  }
  if (draft.type === 'markdown') {
    const text = str(draft.text)
    const missing = missingMentions(draft.at, text)
    if (missing.length === 0) return draft
    const sep = text === '' ? '' : text.endsWith('\n') ? '\n' : '\n\n'
    return { ...draft, text: `${text}${sep}${missing.map((m) => `@${m}`).join(' ')}` }
  }
  return draft
}
