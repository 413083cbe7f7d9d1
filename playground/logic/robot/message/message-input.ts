/**
 * Turns what `send` was given (--text, --markdown file, a JSON message) into the site's
 * MessageDraft, which the site's buildMessage then checks and serialises.
 * A JSON message may be DingTalk's own body ({"msgtype":"text","text":{…}}, as in DingTalk's
 * docs and the site's message editor) or a draft ({"type":"text","content":…}).
 * Only the shape is checked here (strings are strings…); the content rules are buildMessage's.
 */
import type { At, MessageDraft } from './build'
import { msgUuidProblem } from './msg-uuid'

/** A draft, with the msgUuid the message carried (kept for its retries: msg-uuid.ts), or a problem. */
export type DraftResult = { draft: MessageDraft; problem: null; msgUuid?: string } | { draft: null; problem: string }

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

class ShapeError extends Error {}

function str(obj: Json, key: string, where: string): string {
  const v = obj[key]
  if (typeof v !== 'string') throw new ShapeError(`${where}.${key} 应是字符串${v === undefined ? '，但没有这一项' : ''}。`)
  return v
}

function optStr(obj: Json, key: string, where: string): string | undefined {
  return obj[key] === undefined ? undefined : str(obj, key, where)
}

function strList(v: unknown, where: string): string[] | undefined {
  if (v === undefined) return undefined
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' || typeof x === 'number'))
    throw new ShapeError(`${where} 应是字符串数组，例如 ["13800000000"]。`)
  return v.map(String)
}

function readAt(v: unknown): At | undefined {
  if (v === undefined) return undefined
  if (!isObject(v)) throw new ShapeError('at 应是对象，例如 {"atMobiles":["13800000000"]}。')
  const at: At = {}
  const atMobiles = strList(v.atMobiles, 'at.atMobiles')
  const atUserIds = strList(v.atUserIds, 'at.atUserIds')
  if (atMobiles) at.atMobiles = atMobiles
  if (atUserIds) at.atUserIds = atUserIds
  if (v.isAtAll !== undefined) {
    if (typeof v.isAtAll !== 'boolean') throw new ShapeError('at.isAtAll 应是 true 或 false。')
    at.isAtAll = v.isAtAll
  }
  return at
}

const withAt = <T extends object>(draft: T, at: At | undefined): T => (at ? { ...draft, at } : draft)

/** DingTalk's body {"msgtype": t, t: {…}, "at": {…}} → draft. */
function fromBody(body: Json): MessageDraft {
  const type = body.msgtype
  const inner = typeof type === 'string' ? body[type] : undefined
  if (typeof type === 'string' && !isObject(inner)) throw new ShapeError(`缺少 "${type}" 对象（msgtype 是 ${type} 时，内容放在同名对象里）。`)
  const m = inner as Json
  switch (type) {
    case 'text':
      return withAt({ type: 'text', content: str(m, 'content', 'text') }, readAt(body.at))
    case 'markdown':
      return withAt({ type: 'markdown', title: str(m, 'title', 'markdown'), text: str(m, 'text', 'markdown') }, readAt(body.at))
    case 'link': {
      const picUrl = optStr(m, 'picUrl', 'link')
      return {
        type: 'link',
        title: str(m, 'title', 'link'),
        text: str(m, 'text', 'link'),
        messageUrl: str(m, 'messageUrl', 'link'),
        ...(picUrl !== undefined ? { picUrl } : {}),
      }
    }
    case 'actionCard': {
      const draft: Extract<MessageDraft, { type: 'actionCard' }> = {
        type: 'actionCard',
        title: str(m, 'title', 'actionCard'),
        text: str(m, 'text', 'actionCard'),
      }
      const orientation = m.btnOrientation
      if (orientation !== undefined) {
        if (orientation !== '0' && orientation !== '1' && orientation !== 0 && orientation !== 1)
          throw new ShapeError('actionCard.btnOrientation 应是 "0"（竖排）或 "1"（横排）。')
        draft.btnOrientation = String(orientation) as '0' | '1'
      }
      const hideAvatar = m.hideAvatar
      if (hideAvatar !== undefined) {
        if (hideAvatar !== '0' && hideAvatar !== '1' && hideAvatar !== 0 && hideAvatar !== 1)
          throw new ShapeError('actionCard.hideAvatar 应是 "0"（显示头像）或 "1"（隐藏头像）。')
        draft.hideAvatar = String(hideAvatar) as '0' | '1'
      }
      const singleTitle = optStr(m, 'singleTitle', 'actionCard')
      const singleURL = optStr(m, 'singleURL', 'actionCard')
      if (singleTitle !== undefined) draft.singleTitle = singleTitle
      if (singleURL !== undefined) draft.singleURL = singleURL
      if (m.btns !== undefined) {
        if (!Array.isArray(m.btns)) throw new ShapeError('actionCard.btns 应是数组。')
        draft.btns = m.btns.map((b, i) => {
          if (!isObject(b)) throw new ShapeError(`actionCard.btns[${i}] 应是 {"title","actionURL"} 对象。`)
          return { title: str(b, 'title', `actionCard.btns[${i}]`), actionURL: str(b, 'actionURL', `actionCard.btns[${i}]`) }
        })
      }
      return draft
    }
    case 'feedCard': {
      if (!Array.isArray(m.links)) throw new ShapeError('feedCard.links 应是数组。')
      return {
        type: 'feedCard',
        links: m.links.map((l, i) => {
          if (!isObject(l)) throw new ShapeError(`feedCard.links[${i}] 应是 {"title","messageURL","picURL"} 对象。`)
          const where = `feedCard.links[${i}]`
          return { title: str(l, 'title', where), messageURL: str(l, 'messageURL', where), picURL: str(l, 'picURL', where) }
        }),
      }
    }
    default:
      throw new ShapeError(
        `不支持的 msgtype ${JSON.stringify(type ?? null).slice(0, 40)}：自定义机器人支持 text、link、markdown、actionCard、feedCard。`,
      )
  }
}

/** A draft as the site writes it ({"type": …}) → re-read through the body reader for the same checks. */
function fromDraft(d: Json): MessageDraft {
  const { type, at, ...rest } = d
  if (typeof type !== 'string') throw new ShapeError('type 应是字符串。')
  if (type === 'text') return fromBody({ msgtype: 'text', text: rest, at })
  if (type === 'markdown') return fromBody({ msgtype: 'markdown', markdown: rest, at })
  return fromBody({ msgtype: type, [type]: rest })
}

/** A parsed JSON value → draft, or a Chinese explanation of what is wrong with its shape. */
export function draftFromJson(value: unknown): DraftResult {
  try {
    if (!isObject(value)) throw new ShapeError('消息应是一个 JSON 对象，例如 {"msgtype":"text","text":{"content":"…"}}。')
    const { msgUuid, ...message } = value
    const draft = 'msgtype' in message ? fromBody(message) : 'type' in message ? fromDraft(message) : null
    if (!draft) throw new ShapeError('消息里缺少 msgtype，例如 {"msgtype":"text","text":{"content":"…"}}。')
    if (msgUuid === undefined) return { draft, problem: null }
    const problem = msgUuidProblem(msgUuid)
    if (problem !== null) throw new ShapeError(problem)
    return { draft, problem: null, msgUuid: msgUuid as string }
  } catch (err) {
    if (err instanceof ShapeError) return { draft: null, problem: err.message }
    throw err
  }
}

/** A line or file of JSON text → draft. */
export function draftFromJsonText(text: string): DraftResult {
  let value: unknown
  try {
    // A file saved by Windows Notepad, or the first line of such a file on stdin, starts with a BOM.
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/^.*?JSON[^:]*:\s*/, '') : ''
    return { draft: null, problem: `不是有效的 JSON${detail ? `（${detail.slice(0, 120)}）` : ''}。` }
  }
  return draftFromJson(value)
}

/** Adds --at-mobiles / --at-user-ids / --at-all to a draft; only text and markdown can @ anyone
 * (https://open.dingtalk.com/document/development/robot-message-type). */
export function applyAtOptions(draft: MessageDraft, atMobiles: readonly string[], atAll: boolean, atUserIds: readonly string[] = []): DraftResult {
  if (atMobiles.length === 0 && atUserIds.length === 0 && !atAll) return { draft, problem: null }
  if (draft.type !== 'text' && draft.type !== 'markdown')
    return { draft: null, problem: `${draft.type} 消息不能 @ 人（钉钉只支持 text 和 markdown 消息 @ 人），请去掉 --at-mobiles / --at-user-ids / --at-all。` }
  const at: At = { ...draft.at }
  if (atMobiles.length > 0) at.atMobiles = [...new Set([...(at.atMobiles ?? []), ...atMobiles])]
  if (atUserIds.length > 0) at.atUserIds = [...new Set([...(at.atUserIds ?? []), ...atUserIds])]
  if (atAll) at.isAtAll = true
  return { draft: { ...draft, at }, problem: null }
}
