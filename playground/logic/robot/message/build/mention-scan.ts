/**
 * Where a text @-mentions the people an `at` list names: `@13800000000` counts when it is not the
 * start of a longer number or id (the next character is not a letter, digit or `_`). One piece for
 * the message checks (at.ts) and the preview's highlighting (preview/render-inline.ts).
 *
 * No regular expression is built from the list: a pasted 32,000-character entry made one too large
 * for the browser ("RegExp too large") and the editor disappeared (issue 25). Instead every `@` of
 * the text is looked up in a set, one candidate length at a time. A listed name longer than
 * MAX_MENTION_LENGTH or containing `@` is never a real mobile or userId (at.ts reports it and keeps
 * it out of the body), so it is not searched for: each `@` then costs at most the sum of the
 * distinct lengths up to that bound, and the scan stays linear in the text.
 */

/** A userId is 1–64 characters (https://open.dingtalk.com/document/development/create-user); a mobile is shorter. */
export const MAX_MENTION_LENGTH = 64

export interface MentionSpan {
  /** Index of the `@`. */
  start: number
  /** Index after the mentioned name. */
  end: number
  who: string
}

const isWordChar = (c: string | undefined) => c !== undefined && /[0-9A-Za-z_]/.test(c)

/** Whether `who` can be searched for as a mention at all. */
export const isSearchableMention = (who: string) => who !== '' && who.length <= MAX_MENTION_LENGTH && !who.includes('@')

/** Every mention of a listed person in `text`, left to right; at one `@` the longest listed name wins. */
export function findMentions(text: string, people: readonly string[]): MentionSpan[] {
  const names = new Set(people.filter(isSearchableMention))
  if (names.size === 0 || !text.includes('@')) return []
  const lengths = [...new Set([...names].map((n) => n.length))].sort((a, b) => b - a)
  const found: MentionSpan[] = []
  let at = text.indexOf('@')
  while (at !== -1) {
    const next = text.indexOf('@', at + 1)
    // A name holds no `@`, so it ends before the next one: this bounds the work per `@`.
    const limit = next === -1 ? text.length : next
    let end = -1
    for (const length of lengths) {
      const stop = at + 1 + length
      if (stop > limit) continue
      if (!isWordChar(text[stop]) && names.has(text.slice(at + 1, stop))) {
        end = stop
        break
      }
    }
    if (end !== -1) found.push({ start: at, end, who: text.slice(at + 1, end) })
    at = next
  }
  return found
}

/** The listed people the text mentions. */
export function mentionedIn(text: string, people: readonly string[]): Set<string> {
  return new Set(findMentions(text, people).map((m) => m.who))
}
