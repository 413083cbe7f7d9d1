import { error, type Finding, inField, warning } from '../../../core/findings'
import { checkMessageUrl, requireText, str } from './message-fields'
import { unsupportedMarkdown } from './markdown-lint'
import type { MessageDraft, TypePart } from './types'

/**
 * actionCard: a whole-card jump (`singleTitle` + `singleURL`) or one jump per button (`btns`).
 * `btnOrientation` is "0" for vertical, "1" for horizontal; `hideAvatar` "1" hides the sender's
 * avatar (official table: https://open.dingtalk.com/document/development/custom-robots-send-group-messages).
 */
export function buildActionCard(draft: Extract<MessageDraft, { type: 'actionCard' }>): TypePart {
  const title = str(draft.title)
  const text = str(draft.text)
  const singleTitle = str(draft.singleTitle)
  const singleURL = str(draft.singleURL).trim()
  const btns = Array.isArray(draft.btns) ? draft.btns : []
  const findings: Finding[] = [
    ...inField('title', requireText(title, 'message.actionCard.titleEmpty', '卡片标题')),
    ...inField('text', requireText(text, 'message.actionCard.textEmpty', '卡片正文')),
    ...inField('text', unsupportedMarkdown(text, '卡片正文')),
  ]
  const orientation = draft.btnOrientation
  if (orientation !== undefined && orientation !== '0' && orientation !== '1') {
    findings.push(error('message.actionCard.orientation', 'btnOrientation 只能是 "0"（按钮竖直排列）或 "1"（按钮横向排列）。'))
  }
  const hideAvatar = draft.hideAvatar
  if (hideAvatar !== undefined && hideAvatar !== '0' && hideAvatar !== '1') {
    findings.push(error('message.actionCard.hideAvatar', 'hideAvatar 只能是 "0"（显示发消息者头像）或 "1"（隐藏头像）。'))
  }
  const hasSingle = singleTitle.trim() !== '' || singleURL !== ''
  if (hasSingle && btns.length > 0) {
    findings.push(
      warning('message.actionCard.both', '同时填写了整体跳转（singleTitle/singleURL）和独立按钮（btns），钉钉以哪个为准未经确认，请只保留一种。'),
    )
  }
  if (hasSingle) {
    findings.push(...inField('singleTitle', requireText(singleTitle, 'message.actionCard.singleTitleEmpty', '整体跳转按钮的文字（singleTitle）')))
    findings.push(...inField('singleURL', checkMessageUrl(singleURL, 'message.actionCard.singleURL', '整体跳转的链接（singleURL）', true)))
  } else if (btns.length === 0) {
    findings.push(error('message.actionCard.noButton', '请设置整体跳转（singleTitle + singleURL），或至少一个独立按钮（btns）。'))
  }
  const cleanBtns = btns.map((b, i) => {
    const btnTitle = str(b?.title)
    const actionURL = str(b?.actionURL).trim()
    findings.push(...inField(`btns.${i}.title`, requireText(btnTitle, 'message.actionCard.btnTitleEmpty', `第 ${i + 1} 个按钮的文字`)))
    findings.push(...inField(`btns.${i}.actionURL`, checkMessageUrl(actionURL, 'message.actionCard.actionURL', `第 ${i + 1} 个按钮的链接（actionURL）`, true)))
    return { title: btnTitle, actionURL }
  })
  return {
    payload: {
      title,
      text,
      ...(orientation !== undefined ? { btnOrientation: orientation } : {}),
      ...(hideAvatar !== undefined ? { hideAvatar } : {}),
      ...(hasSingle ? { singleTitle, singleURL } : {}),
      ...(cleanBtns.length > 0 ? { btns: cleanBtns } : {}),
    },
    findings,
    searchable: { main: [text], other: [title, singleTitle, ...cleanBtns.map((b) => b.title)] },
  }
}
