/**
 * The message editor's state and how it maps to the logic's MessageDraft.
 * The state is the share module's ShareState (the union of every type's fields, so switching type
 * keeps what was typed) plus the raw text of the list inputs. No webhook or secret in here: they
 * live in separate refs of the component and can therefore never reach a share link.
 */
import type { MessageDraft } from '../../robot/messages'
import { splitKeywords } from '../../robot/keywords'
import { EXAMPLE } from '../../examples'
import { emptyShareState, type ShareState, type ShareType } from '../../share/share-state'

export interface EditorLists {
  /** "13800000000, 13900000000": @ by mobile. */
  atMobiles: string
  /** @ by userId. */
  atUserIds: string
  /** The robot's security keywords, for the keyword check. */
  keywords: string
}

/** Splits a list the way people type it: commas (either width), 、, semicolons, spaces or new lines. */
export function splitList(raw: string): string[] {
  return [...new Set(raw.split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean))]
}

export function listsOf(state: ShareState): EditorLists {
  return { atMobiles: state.at.atMobiles.join(', '), atUserIds: state.at.atUserIds.join(', '), keywords: state.keywords.join(', ') }
}

/** The state with the list inputs applied (what is shared and built). */
export function withLists(state: ShareState, lists: EditorLists): ShareState {
  return {
    ...state,
    at: { ...state.at, atMobiles: splitList(lists.atMobiles), atUserIds: splitList(lists.atUserIds) },
    keywords: splitKeywords(lists.keywords),
  }
}

/** Whether a type can @ people (link and feedCard cannot;
 * https://open.dingtalk.com/document/development/robot-message-type). */
export const canMention = (type: ShareType) => type === 'text' || type === 'markdown'

function atOf(state: ShareState) {
  const { atMobiles, atUserIds, isAtAll } = state.at
  if (atMobiles.length === 0 && atUserIds.length === 0 && !isAtAll) return undefined
  return {
    ...(atMobiles.length ? { atMobiles } : {}),
    ...(atUserIds.length ? { atUserIds } : {}),
    ...(isAtAll ? { isAtAll } : {}),
  }
}

export function toDraft(state: ShareState): MessageDraft {
  switch (state.type) {
    case 'text':
      return { type: 'text', content: state.text, at: atOf(state) }
    case 'link':
      return { type: 'link', title: state.title, text: state.text, messageUrl: state.messageUrl, picUrl: state.picUrl || undefined }
    case 'markdown':
      return { type: 'markdown', title: state.title, text: state.text, at: atOf(state) }
    case 'actionCard':
      return state.cardMode === 'multi'
        ? { type: 'actionCard', title: state.title, text: state.text, btnOrientation: state.btnOrientation, btns: state.btns }
        : {
            type: 'actionCard',
            title: state.title,
            text: state.text,
            btnOrientation: state.btnOrientation,
            singleTitle: state.singleTitle,
            singleURL: state.singleURL,
          }
    case 'feedCard':
      return { type: 'feedCard', links: state.links }
  }
}

/** The text a draft carries back into the state (after "add the missing @"). */
export function textOfDraft(draft: MessageDraft): string | null {
  if (draft.type === 'text') return draft.content
  if (draft.type === 'markdown' || draft.type === 'actionCard' || draft.type === 'link') return draft.text
  return null
}

const DETAIL_URL = EXAMPLE.homepageUrl
const PIC = (n: number) => `https://gt.example.com/static/notice-${n}.png`

/** A made-up example of each type; every one contains the example keyword and @ the example mobile where allowed. */
export function exampleState(type: ShareType): ShareState {
  const state = emptyShareState(type)
  state.keywords = [EXAMPLE.robotKeywords]
  switch (type) {
    case 'text':
      state.text = `${EXAMPLE.appName}通知：本期跟投项目已开放认购，请在周五 18:00 前完成确认。@${EXAMPLE.mobile}`
      state.at.atMobiles = [EXAMPLE.mobile]
      break
    case 'link':
      state.title = '本期跟投项目已开放认购'
      state.text = '点击查看跟投项目说明、认购额度与截止时间。'
      state.messageUrl = DETAIL_URL
      state.picUrl = PIC(1)
      break
    case 'markdown':
      state.title = '跟投通知'
      state.text = [
        `#### 跟投通知 @${EXAMPLE.mobile}`,
        '> 本期跟投项目已开放认购',
        '',
        '**截止时间**：周五 18:00',
        '',
        '- 项目：示例项目一期',
        '- 方式：登录*跟投系统*确认',
        '',
        `[查看详情](${DETAIL_URL})`,
      ].join('\n')
      state.at.atMobiles = [EXAMPLE.mobile]
      break
    case 'actionCard':
      state.title = '跟投项目开放认购'
      state.text = '### 示例项目一期\n本期跟投项目已开放认购，请在截止前完成确认。'
      state.cardMode = 'multi'
      state.btnOrientation = '1'
      state.singleTitle = '查看详情'
      state.singleURL = DETAIL_URL
      state.btns = [
        { title: '参与跟投', actionURL: `${DETAIL_URL}?choice=yes` },
        { title: '暂不参与', actionURL: `${DETAIL_URL}?choice=no` },
      ]
      break
    case 'feedCard':
      state.links = [
        { title: '跟投通知：示例项目一期开放认购', messageURL: DETAIL_URL, picURL: PIC(1) },
        { title: '跟投系统使用说明', messageURL: `${DETAIL_URL}help`, picURL: PIC(2) },
      ]
      break
  }
  return state
}
