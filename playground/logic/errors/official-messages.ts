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
 * DingTalk's explanation, gives the code back. SHARED (-1) marks where a message several codes say parts
 * from an indexed one (sharedPrefixes in official-messages-shared.ts): no code, and a message cut before that point tells none.
 */
export type ShardedMessages = Record<string, number>
export const SHARED = -1

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

export function distinctive(normalised: string): boolean {
  const cjk = normalised.replace(/[a-z0-9]/g, '').length
  return cjk === 0 ? normalised.length >= MIN_LATIN : normalised.length + cjk >= MIN_WEIGHT
}

/** A message's key: its first MAX_KEY normalised characters. */
export const keyOf = (message: string): string => [...normaliseMessage(message)].slice(0, MAX_KEY).join('')

/** Not a template (%s); not from the archived Bluetooth page, whose codes are not what a server answer means. */
export const eligible = (message: string, url: string): boolean => !message.includes('%s') && !url.includes('bluetooth')

export const toShardedMessages = (index: MessageIndex, shared: string[] = []): ShardedMessages =>
  Object.fromEntries([...Object.entries(index).map(([key, code]): [string, number] => [key, shardOf(code)]), ...shared.map((key): [string, number] => [key, SHARED])])

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
  /** How many characters lead here from the root. */
  depth: number
  /** The one message that begins with this node's characters; null when more than one does. */
  only: string | null
}

export interface MessageMatcher {
  nodes: Node[]
}

export function buildMatcher(index: Record<string, unknown>): MessageMatcher {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: null, depth: 0, only: null }]
  for (const [key, value] of Object.entries(index)) {
    let at = 0
    for (const ch of key) {
      let to = nodes[at]!.next.get(ch)
      if (to === undefined) {
        to = nodes.push({ next: new Map(), fail: 0, out: null, depth: nodes[at]!.depth + 1, only: key }) - 1
        nodes[at]!.next.set(ch, to)
      } else if (nodes[to]!.only !== key) nodes[to]!.only = null
      at = to
    }
    if (value !== SHARED) nodes[at]!.out = key
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

/**
 * The key of the longest of DingTalk's messages the text contains (the first, of equally long ones); else a
 * message cut short (a log's line limit, a UI's `…` / `...`): the text, where it stops (its end, a line's
 * end, an ellipsis), ends with the beginning of exactly one message (SHARED prefixes count), begun where a
 * word of the text begins (not inside 没有调用该接口的 for 调用该接口的…), and that beginning
 * is as distinctive as a whole message must be to be indexed (six Chinese characters, or sixteen letters
 * without Chinese, distinctive()): the shortest stretch that tells one message, and so one code, as surely
 * as a whole one. A shorter beginning, or one that several messages share, names nothing.
 */
export function findMessage(matcher: MessageMatcher, text: string): string | null {
  const { nodes } = matcher
  let at = 0
  let best: string | null = null
  let cut: Node | null = null
  let dots = 0
  // Which folded characters open a word (the text's start, or after a space or a sign): a cut message must begin there.
  // normaliseMessage's folding, a character at a time, so that the points where the text stops are seen.
  const folded = text.normalize('NFKC').toLowerCase()
  const opens = new Uint8Array(folded.length + 1)
  let kept = 0
  let gap = 1
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : -1
    if (c === -1 || c === 10 || (c === 46 && ++dots === 3)) {
      const node = nodes[at]!
      if (node.only !== null && opens[kept - node.depth] && (cut === null || node.depth > cut.depth) && distinctive([...node.only].slice(0, node.depth).join(''))) cut = node
    }
    if (c !== 46) dots = 0
    // normaliseMessage's letters, digits and CJK.
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0x4e00 && c <= 0x9fff))) {
      gap = 1
      continue
    }
    const ch = folded[i]!
    opens[kept++] = gap
    gap = 0
    while (at !== 0 && !nodes[at]!.next.has(ch)) at = nodes[at]!.fail
    at = nodes[at]!.next.get(ch) ?? 0
    const found = nodes[at]!.out
    if (found !== null && (best === null || found.length > best.length)) best = found
  }
  // A cut that goes on past the longest whole message found says more (不合法的corpId或… is not 不合法的corpId).
  return cut !== null && (best === null || cut.depth > best.length) ? cut.only : best
}

/** The finder a diagnosis uses: the automaton built once; the code read back from the message's shard. */
export function messageFinder(index: ShardedMessages, load: ShardLoader): (text: string) => Promise<string | null> {
  const matcher = buildMatcher(index)
  return async (text) => {
    const key = findMessage(matcher, text)
    if (key === null || index[key] === undefined || index[key] === SHARED) return null
    const shard = await load(index[key])
    for (const [code, rows] of Object.entries(shard.r)) {
      if (rows.some(([message, , url]) => eligible(message, shard.u[url] ?? '') && keyOf(message) === key)) return code
    }
    return null
  }
}
