/**
 * Small string helpers shared by the validators. They never throw, whatever the input
 * (lone surrogates, 100 KB strings), because every validator must answer any string.
 */

/** Replace lone UTF-16 surrogates by U+FFFD, as TextEncoder and Node's Buffer do when encoding UTF-8. */
export function toWellFormed(s: string): string {
  let out = ''
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++ // a valid pair: keep both halves
        continue
      }
    } else if (!(c >= 0xdc00 && c <= 0xdfff)) {
      continue
    }
    out += s.slice(start, i) + '\uFFFD'
    start = i + 1
  }
  return start === 0 ? s : out + s.slice(start)
}

/** Number of characters as a person counts them (code points, so an emoji counts once). */
export function charCount(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

/** UTF-8 byte length (lone surrogates count as U+FFFD, 3 bytes, like TextEncoder). */
export function utf8Bytes(s: string): number {
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** A short, quoted excerpt of a value for messages, so a 100 KB paste does not end up in the UI. */
export function preview(s: string, max = 24): string {
  const chars = Array.from(toWellFormed(s))
  const shown = chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('')
  return `“${shown}”`
}


/** Shown generated text (a hand-over, a JSON body, a curl command) is drawn up to this many characters:
 * drawing 200 KB again on every keystroke took seconds (issue 25). Copying still takes the whole text. */
export const SHOWN_TEXT_MAX = 20_000

/** The text as drawn: whole up to `max` UTF-16 units, else its start and a line saying what is left out. */
export function clipShown(text: string, max = SHOWN_TEXT_MAX): string {
  if (text.length <= max) return text
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max
  return `${text.slice(0, cut)}\n…（只显示前 ${cut} 个字符，共 ${text.length} 个；复制得到全部）`
}
