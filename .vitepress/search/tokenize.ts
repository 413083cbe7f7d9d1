/**
 * Search tokenizer for Chinese text (vuejs/vitepress#4049: MiniSearch splits only on spaces and
 * punctuation, so a Chinese clause would be one term and mid-sentence words would never match).
 *
 * Runs of Han characters become overlapping bigrams; at index time (MiniSearch passes a field
 * name) single characters are added too, so a one-character query still finds something.
 * Latin and digit runs stay whole, also when glued to Chinese text ("AppKey获取").
 *
 * VitePress serialises this function with toString() and revives it in the browser with
 * new Function(), so it must be self-contained: no imports, no outer variables, no helpers.
 */
export function tokenize(text: string, fieldName?: string): string[] {
  const terms: string[] = []
  const chunks = String(text).split(/[\s\p{P}\p{S}\p{Z}]+/u)
  for (const chunk of chunks) {
    if (!chunk) continue
    const runs = chunk.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) || []
    for (const run of runs) {
      if (!/\p{Script=Han}/u.test(run)) {
        terms.push(run)
        continue
      }
      const chars = Array.from(run)
      if (chars.length === 1 || fieldName !== undefined) {
        for (const c of chars) terms.push(c)
      }
      for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i]}${chars[i + 1]}`)
    }
  }
  return terms
}
