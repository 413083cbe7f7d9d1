/**
 * Letters, digits and CJK only, lower-cased, full-width folded (NFKC): "访问IP不在白名单之中！" and
 * "访问ip 不在白名单之中" read alike. Applied to DingTalk's messages and to the paste the same way
 * (official-messages.ts indexes with it; official-row.ts compares an entry's words with a message by it).
 */
export function normaliseMessage(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (/[a-z0-9\u4e00-\u9fff]/.test(ch)) out += ch
  }
  return out
}
