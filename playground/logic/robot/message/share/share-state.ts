/**
 * What the message editor may put into a share link: the message (type and fields), the security
 * keywords and the @ lists. Deliberately NO webhook, access_token or secret: this type has no
 * place for them, and the decoder reads only these fields.
 */
export const SHARE_TYPES = ['text', 'link', 'markdown', 'actionCard', 'feedCard'] as const
export type ShareType = (typeof SHARE_TYPES)[number]

export interface ShareAt {
  atMobiles: string[]
  atUserIds: string[]
  isAtAll: boolean
}

export interface ShareButton {
  title: string
  actionURL: string
}

export interface ShareFeedLink {
  title: string
  messageURL: string
  picURL: string
}

/** The union of every type's fields; only the chosen type's fields are written into a link. */
export interface ShareState {
  type: ShareType
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
  btns: ShareButton[]
  links: ShareFeedLink[]
  at: ShareAt
  keywords: string[]
}

export function emptyShareState(type: ShareType = 'text'): ShareState {
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
