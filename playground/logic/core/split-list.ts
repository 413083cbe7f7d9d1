// Its own module, so a widget that only splits (the message editor's @ lists) does not carry the
// IP-list clean-up of list.ts in its chunk.

/** Separators: commas of either width (one comma, one separator, so ",," leaves an empty piece), 、 and semicolons; white space too unless the items may hold spaces (keywords). */
const SEPARATORS = {
  spaces: /[\s;；、]*[,，][\s;；、]*|[\s;；、]+/u,
  lines: /[ \t]*[,，][ \t]*|[ \t]*[;；、\r\n]+[ \t]*/u,
} as const

/**
 * The one list splitter: every list a person types (IPs, @ mobiles, userIds, keywords) goes through it.
 * Empty pieces are kept so a caller can say "多余的逗号"; `splitList` drops them.
 */
export function splitPieces(raw: string, { spaces = true }: { spaces?: boolean } = {}): string[] {
  const text = typeof raw === 'string' ? raw : String(raw ?? '')
  return text.split(spaces ? SEPARATORS.spaces : SEPARATORS.lines).map((piece) => piece.trim())
}

/** The items of a typed list, empty ones dropped (white space separates unless `spaces: false`). */
export function splitList(raw: string, options: { spaces?: boolean } = {}): string[] {
  return splitPieces(raw, options).filter((item) => item !== '')
}
