/**
 * DingTalk's standard messages (the 错误信息 column of
 * https://open.dingtalk.com/document/development/server-api-error-codes-1) indexed for text matching:
 * a paste with 计算解密文字错误 or 访问ip不在白名单之中 but no code still finds its code.
 *
 * The index is data, precomputed from the committed shards (official/dingtalk-errmsgs.json, rebuilt
 * with them by `npm run build:errcodes`); a paste is read once, left to right, by an Aho–Corasick
 * automaton built once per index: time linear in the paste, no RegExp made from data.
 */
import { normaliseMessage } from './message-normal'
import { shardOf, type OfficialShard, type ShardLoader } from './official-table'

/** The index's file beside the shards. */
export const MESSAGE_INDEX_FILE = 'dingtalk-errmsgs.json'

/**
 * What the file holds: each message's shard, not its code (codes like
 * invalidParameter.openConversationIdDecError would double its size): the shard, loaded anyway for
 * DingTalk's explanation, gives the code back.
 */
export type ShardedMessages = Record<string, number>

/** Normalised message → the one code DingTalk gives it. */
export type MessageIndex = Record<string, string>

export { normaliseMessage }

/**
 * Shorter messages (系统繁忙, 参数错误, invalid request) are said by too many codes and programs: a
 * Chinese character counts two, a letter or digit one, and 12 are needed (返回文本非success: 17);
 * a message without Chinese needs 16 letters.
 */
const MIN_WEIGHT = 12
const MIN_LATIN = 16
/**
 * A message's first 16 characters are as telling as the whole (a paste may also cut it short) and keep
 * the index small enough to load with one tool (it loads only when a paste has no code).
 */
const MAX_KEY = 16

function distinctive(normalised: string): boolean {
  const cjk = normalised.replace(/[a-z0-9]/g, '').length
  return cjk === 0 ? normalised.length >= MIN_LATIN : normalised.length + cjk >= MIN_WEIGHT
}

/** A message's key: its first MAX_KEY normalised characters. */
export const keyOf = (message: string): string => [...normaliseMessage(message)].slice(0, MAX_KEY).join('')

/** Not a template (%s); not from the archived Bluetooth page, whose codes are not what a server answer means. */
const eligible = (message: string, url: string): boolean => !message.includes('%s') && !url.includes('bluetooth')

export const toShardedMessages = (index: MessageIndex): ShardedMessages =>
  Object.fromEntries(Object.entries(index).map(([key, code]) => [key, shardOf(code)]))

/**
 * The messages worth matching: not a template (%s), long enough to be DingTalk's own wording, and
 * given to one code only (a message two codes share tells nothing).
 */
export function buildMessageIndex(shards: OfficialShard[]): MessageIndex {
  const codes = new Map<string, Set<string>>()
  for (const shard of shards) {
    for (const [code, rows] of Object.entries(shard.r)) {
      for (const [message, , url] of rows) {
        if (!eligible(message, shard.u[url] ?? '')) continue
        const key = keyOf(message)
        if (!distinctive(key)) continue
        const set = codes.get(key) ?? new Set<string>()
        set.add(code)
        codes.set(key, set)
      }
    }
  }
  const index: MessageIndex = {}
  for (const key of [...codes.keys()].sort()) {
    const set = codes.get(key)!
    if (set.size === 1) index[key] = [...set][0]!
  }
  return index
}

interface Node {
  next: Map<string, number>
  fail: number
  /** The longest message ending here (own or through fail links). */
  out: string | null
}

export interface MessageMatcher {
  nodes: Node[]
}

export function buildMatcher(index: Record<string, unknown>): MessageMatcher {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: null }]
  for (const key of Object.keys(index)) {
    let at = 0
    for (const ch of key) {
      let to = nodes[at]!.next.get(ch)
      if (to === undefined) {
        to = nodes.push({ next: new Map(), fail: 0, out: null }) - 1
        nodes[at]!.next.set(ch, to)
      }
      at = to
    }
    nodes[at]!.out = key
  }
  const queue: number[] = [...nodes[0]!.next.values()]
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q]!
    for (const [ch, to] of nodes[at]!.next) {
      let f = nodes[at]!.fail
      while (f !== 0 && !nodes[f]!.next.has(ch)) f = nodes[f]!.fail
      const fail = nodes[f]!.next.get(ch)
      nodes[to]!.fail = fail !== undefined && fail !== to ? fail : 0
      // A node's own message is the longest ending there; else the longest its fail node knows.
      nodes[to]!.out ??= nodes[nodes[to]!.fail]!.out
      queue.push(to)
    }
  }
  return { nodes }
}

/** The key of the longest of DingTalk's messages the text contains (the first, of equally long ones). */
export function findMessage(matcher: MessageMatcher, text: string): string | null {
  const { nodes } = matcher
  let at = 0
  let best: string | null = null
  for (const ch of normaliseMessage(text)) {
    while (at !== 0 && !nodes[at]!.next.has(ch)) at = nodes[at]!.fail
    at = nodes[at]!.next.get(ch) ?? 0
    const found = nodes[at]!.out
    if (found !== null && (best === null || found.length > best.length)) best = found
  }
  return best
}

/** The finder a diagnosis uses: the automaton built once; the code read back from the message's shard. */
export function messageFinder(index: ShardedMessages, load: ShardLoader): (text: string) => Promise<string | null> {
  const matcher = buildMatcher(index)
  return async (text) => {
    const key = findMessage(matcher, text)
    if (key === null || index[key] === undefined) return null
    const shard = await load(index[key])
    for (const [code, rows] of Object.entries(shard.r)) {
      if (rows.some(([message, , url]) => eligible(message, shard.u[url] ?? '') && keyOf(message) === key)) return code
    }
    return null
  }
}
