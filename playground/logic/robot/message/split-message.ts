/**
 * `send --split`: a text or markdown message over DingTalk's 20000-byte body limit becomes
 * numbered parts, cut at line boundaries (a single over-long line is cut between characters),
 * each within the limit once serialised. Pure: the caller checks, paces and sends the parts.
 */
import { utf8Bytes } from '../../core/text'
import { addMissingMentions, buildMessage, MAX_BODY_BYTES, type MessageDraft } from './build'

type Splittable = Extract<MessageDraft, { type: 'text' | 'markdown' }>

/** Bytes a string adds inside a JSON string literal (quotes, backslashes, control characters escaped). */
const jsonBytes = (s: string) => utf8Bytes(JSON.stringify(s)) - 2

const bodyOf = (d: Splittable) => (d.type === 'text' ? d.content : d.text)
const withBody = (d: Splittable, body: string): Splittable => (d.type === 'text' ? { ...d, content: body } : { ...d, text: body })

/**
 * Cuts one line into pieces of at most `budget` JSON bytes, between code points; the first piece
 * at most `first` bytes (what is left of the part it joins).
 */
function cutLine(line: string, budget: number, first = budget): string[] {
  const pieces: string[] = []
  let piece = ''
  let size = 0
  let limit = first
  for (const ch of line) {
    const b = jsonBytes(ch)
    if (size + b > limit) {
      if (piece !== '') pieces.push(piece)
      piece = ''
      size = 0
      limit = budget
    }
    piece += ch
    size += b
  }
  if (piece !== '' || pieces.length === 0) pieces.push(piece)
  return pieces
}

/** The header of part i of n; carries a keyword when the part would otherwise have none. */
function header(i: number, n: number, chunk: string, keywords: readonly string[]): string {
  const keyword = keywords.length > 0 && !keywords.some((k) => chunk.includes(k)) ? keywords[0] : ''
  return `${keyword}（${i}/${n}）`
}

export function canSplit(draft: MessageDraft): draft is Splittable {
  return draft.type === 'text' || draft.type === 'markdown'
}

/**
 * The parts, each a complete draft (`at` only on the last, so people are notified once), or the
 * draft itself when it fits. `limit` is DingTalk's (tests pass smaller ones).
 */
export function splitDraft(draft: Splittable, keywords: readonly string[] = [], limit = MAX_BODY_BYTES): Splittable[] {
  if (buildMessage(addMissingMentions(draft), { keywords: [...keywords] }).bytes <= limit) return [draft]
  const longestKeyword = Math.max(0, ...keywords.map(jsonBytes))
  // Everything but the body (type, title, `at`, the @-mentions appended to the last part), plus
  // the longest header and its line break, plus a title suffix for markdown.
  const fixed = buildMessage(addMissingMentions(withBody(draft, '')), {}).bytes
  const budget = limit - fixed - longestKeyword - 2 * jsonBytes('（9999/9999）\n')
  if (budget < 100) return [draft] // the title or `at` alone is too big: the builder will say so

  const chunks: string[] = []
  let current: string[] = []
  let size = 0
  const flush = () => {
    if (current.length > 0) chunks.push(current.join('\n'))
    current = []
    size = 0
  }
  for (const line of bodyOf(draft).split('\n')) {
    // A line too long for any part starts in the room left in the current one, so that a short
    // line before it is never sent as a part of its own (issue 20).
    const room = budget - size - 2
    const pieces = current.length > 0 && jsonBytes(line) > budget ? cutLine(line, budget, room) : cutLine(line, budget)
    for (const piece of pieces) {
      const cost = jsonBytes(piece) + (current.length > 0 ? 2 : 0) // "\n" is 2 bytes in JSON
      if (size + cost > budget) flush()
      current.push(piece)
      size += jsonBytes(piece) + (current.length > 1 ? 2 : 0)
    }
  }
  flush()

  const n = chunks.length
  const { at, ...withoutAt } = draft as Splittable & { at?: unknown }
  return chunks.map((chunk, k) => {
    const i = k + 1
    const part = withBody(withoutAt as Splittable, `${header(i, n, chunk, keywords)}\n${chunk}`)
    const titled: Splittable = part.type === 'markdown' ? { ...part, title: `${part.title}（${i}/${n}）` } : part
    return i === n && at !== undefined ? ({ ...titled, at } as Splittable) : titled
  })
}
