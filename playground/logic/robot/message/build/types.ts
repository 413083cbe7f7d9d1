import type { Finding } from '../../../core/findings'

/** The five message types a custom robot sends
 * (https://open.dingtalk.com/document/development/robot-message-type). */
export type MessageType = 'text' | 'link' | 'markdown' | 'actionCard' | 'feedCard'

export const MESSAGE_TYPES: readonly MessageType[] = ['text', 'link', 'markdown', 'actionCard', 'feedCard']

export interface At {
  atMobiles?: string[]
  atUserIds?: string[]
  isAtAll?: boolean
}

export interface ActionCardButton {
  title: string
  actionURL: string
}

export interface FeedCardLink {
  title: string
  messageURL: string
  picURL: string
}

export type MessageDraft =
  | { type: 'text'; content: string; at?: At }
  | { type: 'link'; title: string; text: string; messageUrl: string; picUrl?: string }
  | { type: 'markdown'; title: string; text: string; at?: At }
  | {
      type: 'actionCard'
      title: string
      text: string
      /** "0": buttons stacked vertically; "1": side by side (the official table; some libraries swap them). */
      btnOrientation?: '0' | '1'
      /** "1" hides the sender's avatar, "0" shows it (custom-robots-send-group-messages, actionCard). */
      hideAvatar?: '0' | '1'
      singleTitle?: string
      singleURL?: string
      btns?: ActionCardButton[]
    }
  | { type: 'feedCard'; links: FeedCardLink[] }

export interface BuiltMessage {
  /** The JSON body to POST to the webhook. */
  body: Record<string, unknown>
  json: string
  /** UTF-8 size of `json`. */
  bytes: number
  findings: Finding[]
}

/**
 * What the keyword check searches: `main` is the message text, `other` the titles and buttons
 * (whether DingTalk searches those too is UNCONFIRMED).
 */
export interface SearchableText {
  main: string[]
  other: string[]
}

/** One type's part of the body, its findings and its searchable text. */
export interface TypePart {
  payload: Record<string, unknown>
  at?: Record<string, unknown>
  findings: Finding[]
  searchable: SearchableText
}
