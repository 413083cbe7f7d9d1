import { fromBase64Url, toBase64Url } from './base64url'
import { emptyMessageState, MESSAGE_STATE_TYPES, type MessageState, type MessageStateType } from '../editor/message-state'

/** The hash looks like `#msg=<base64url of compact JSON>`; v is the format version. */
export const SHARE_HASH_KEY = 'msg'
const VERSION = 1
/** Links longer than this are refused when decoding (and flagged when encoding). */
export const MAX_SHARE_HASH_LENGTH = 60_000
const MAX_TEXT = 20_000
const MAX_ITEMS = 20

/** Only the chosen type's fields, with empty values left out: short links. */
function compact(state: MessageState): Record<string, unknown> {
  const out: Record<string, unknown> = { v: VERSION, type: state.type }
  const put = (key: string, value: unknown) => {
    if (value === '' || value === false || (Array.isArray(value) && value.length === 0)) return
    out[key] = value
  }
  switch (state.type) {
    case 'text':
      put('text', state.text)
      break
    case 'link':
      put('title', state.title)
      put('text', state.text)
      put('messageUrl', state.messageUrl)
      put('picUrl', state.picUrl)
      break
    case 'markdown':
      put('title', state.title)
      put('text', state.text)
      break
    case 'actionCard':
      put('title', state.title)
      put('text', state.text)
      put('btnOrientation', state.btnOrientation === '1' ? '1' : '')
      put('cardMode', state.cardMode === 'multi' ? 'multi' : '')
      if (state.cardMode === 'multi') put('btns', state.btns.map((b) => ({ title: b.title, actionURL: b.actionURL })))
      else {
        put('singleTitle', state.singleTitle)
        put('singleURL', state.singleURL)
      }
      break
    case 'feedCard':
      put('links', state.links.map((l) => ({ title: l.title, messageURL: l.messageURL, picURL: l.picURL })))
      break
  }
  // link and feedCard cannot @ anyone
  // (https://open.dingtalk.com/document/development/robot-message-type),
  // so their links carry no @ lists.
  if (state.type === 'text' || state.type === 'markdown' || state.type === 'actionCard') {
    put('atMobiles', state.at.atMobiles)
    put('atUserIds', state.at.atUserIds)
    put('isAtAll', state.at.isAtAll)
  }
  put('keywords', state.keywords)
  return out
}

/** The hash (without `#`) that reproduces the editor's non-secret state. */
export function encodeShareHash(state: MessageState): string {
  return `${SHARE_HASH_KEY}=${toBase64Url(JSON.stringify(compact(state)))}`
}

export type DecodedShare = { ok: true; state: MessageState } | { ok: false; reason: string } | { ok: false; reason: null }

const str = (value: unknown): string => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : '')
const strList = (value: unknown): string[] =>
  Array.isArray(value) ? value.slice(0, MAX_ITEMS).filter((v): v is string => typeof v === 'string').map((v) => v.slice(0, 200)) : []
const objList = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.slice(0, MAX_ITEMS).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v))
    : []

/**
 * Reads a share hash (with or without `#`). Never throws: a hash that is not a share link answers
 * `reason: null` (nothing to say), a broken one a Chinese reason. Unknown fields are ignored, so
 * a crafted link cannot inject anything the editor would not show as plain text.
 */
export function decodeShareHash(hash: unknown): DecodedShare {
  if (typeof hash !== 'string') return { ok: false, reason: null }
  const raw = hash.replace(/^#/, '')
  const prefix = `${SHARE_HASH_KEY}=`
  if (!raw.startsWith(prefix)) return { ok: false, reason: null }
  const payload = raw.slice(prefix.length)
  if (payload.length > MAX_SHARE_HASH_LENGTH) return { ok: false, reason: '分享链接过长，无法读取。' }
  let data: unknown
  try {
    data = JSON.parse(fromBase64Url(payload))
  } catch {
    return { ok: false, reason: '分享链接已损坏（可能复制不完整），无法读取其中的消息。' }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: '分享链接的内容格式不对，无法读取其中的消息。' }
  }
  const d = data as Record<string, unknown>
  if (typeof d.v === 'number' && d.v > VERSION) return { ok: false, reason: '这个分享链接来自更新版本的工具箱，请刷新页面后重试。' }
  if (!MESSAGE_STATE_TYPES.includes(d.type as MessageStateType)) return { ok: false, reason: '分享链接里的消息类型无法识别。' }
  const state = emptyMessageState(d.type as MessageStateType)
  state.title = str(d.title)
  state.text = str(d.text)
  state.messageUrl = str(d.messageUrl)
  state.picUrl = str(d.picUrl)
  state.btnOrientation = d.btnOrientation === '1' ? '1' : '0'
  state.cardMode = d.cardMode === 'multi' ? 'multi' : 'single'
  state.singleTitle = str(d.singleTitle)
  state.singleURL = str(d.singleURL)
  state.btns = objList(d.btns).map((b) => ({ title: str(b.title), actionURL: str(b.actionURL) }))
  state.links = objList(d.links).map((l) => ({ title: str(l.title), messageURL: str(l.messageURL), picURL: str(l.picURL) }))
  state.at = { atMobiles: strList(d.atMobiles), atUserIds: strList(d.atUserIds), isAtAll: d.isAtAll === true }
  state.keywords = strList(d.keywords)
  return { ok: true, state }
}
