/**
 * The message editor's whole state: the message (type and fields), the security keywords and the
 * @ lists. It is also all a share link may carry (../share): deliberately NO webhook, access_token
 * or secret, so this type has no place for them, and the share decoder reads only these fields.
 */
export const MESSAGE_STATE_TYPES = ['text', 'link', 'markdown', 'actionCard', 'feedCard'] as const
export type MessageStateType = (typeof MESSAGE_STATE_TYPES)[number]

export interface MessageAt {
  atMobiles: string[]
  atUserIds: string[]
  isAtAll: boolean
}

export interface MessageButton {
  title: string
  actionURL: string
}

export interface MessageFeedLink {
  title: string
  messageURL: string
  picURL: string
}

/** The union of every type's fields; only the chosen type's fields are written into a link. */
export interface MessageState {
  type: MessageStateType
  title: string
  /** text: content; link / markdown / actionCard: text. */
  text: string
  messageUrl: string
  picUrl: string
  btnOrientation: '0' | '1'
  /** actionCard: one button for the whole card ('single') or one jump per button ('multi'). */
  cardMode: 'single' | 'multi'
  singleTitle: string
  singleURL: string
  btns: MessageButton[]
  links: MessageFeedLink[]
  at: MessageAt
  keywords: string[]
}

export function emptyMessageState(type: MessageStateType = 'text'): MessageState {
  return {
    type,
    title: '',
    text: '',
    messageUrl: '',
    picUrl: '',
    btnOrientation: '0',
    cardMode: 'single',
    singleTitle: '',
    singleURL: '',
    btns: [],
    links: [],
    at: { atMobiles: [], atUserIds: [], isAtAll: false },
    keywords: [],
  }
}
