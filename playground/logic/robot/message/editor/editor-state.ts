/**
 * The message editor's state and how it maps to the logic's MessageDraft.
 * The state is MessageState (./message-state.ts) (the union of every type's fields, so switching type
 * keeps what was typed) plus the raw text of the list inputs. No webhook or secret in here: they
 * live in separate refs of the component and can therefore never reach a share link.
 */
import type { MessageDraft } from '../build'
import { splitList } from '../../../core/split-list'
import { splitKeywords } from '../../security/keywords'
import type { MessageState, MessageStateType } from './message-state'

export interface EditorLists {
  /** "13800000000, 13900000000": @ by mobile. */
  atMobiles: string
  /** @ by userId. */
  atUserIds: string
  /** The robot's security keywords, for the keyword check. */
  keywords: string
}


const uniqueItems = (raw: string) => [...new Set(splitList(raw))]

export function listsOf(state: MessageState): EditorLists {
  return { atMobiles: state.at.atMobiles.join(', '), atUserIds: state.at.atUserIds.join(', '), keywords: state.keywords.join(', ') }
}

/** The state with the list inputs applied (what is shared and built). */
export function withLists(state: MessageState, lists: EditorLists): MessageState {
  return {
    ...state,
    at: { ...state.at, atMobiles: uniqueItems(lists.atMobiles), atUserIds: uniqueItems(lists.atUserIds) },
    keywords: splitKeywords(lists.keywords),
  }
}

/** Whether a type can @ people (link and feedCard cannot;
 * https://open.dingtalk.com/document/development/robot-message-type). */
export const canMention = (type: MessageStateType) => type === 'text' || type === 'markdown'

function atOf(state: MessageState) {
  const { atMobiles, atUserIds, isAtAll } = state.at
  if (atMobiles.length === 0 && atUserIds.length === 0 && !isAtAll) return undefined
  return {
    ...(atMobiles.length ? { atMobiles } : {}),
    ...(atUserIds.length ? { atUserIds } : {}),
    ...(isAtAll ? { isAtAll } : {}),
  }
}

export function toDraft(state: MessageState): MessageDraft {
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
