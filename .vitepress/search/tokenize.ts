/**
 * Search tokenizers: Chinese words findable mid-sentence, and questions read as questions.
 *
 * `tokenize` (index and plain queries). MiniSearch splits only on spaces and punctuation, so a
 * Chinese clause would be one term and mid-sentence words would never match (vuejs/vitepress#4049).
 * Here runs of Han characters become overlapping bigrams; Latin and digit runs stay whole, also
 * when glued to Chinese text ("AppKey获取"); `@` is a term of its own ("@人"). No single
 * characters, except a Han character that stands alone: a one-character query finds its words
 * through prefix search (`钉` finds `钉钉`), and single characters were a third of the index.
 * Pairs with a function character (的, 了, 是…) are not indexed either (they match no word).
 * VitePress serialises this function with toString() into every page and revives it in the
 * browser with new Function(), so it must be self-contained: no imports, no outer variables, no
 * helpers, no inner functions (bundlers may wrap those in helpers the browser does not have).
 *
 * `questionTokenizer` (what the search box uses for queries). It is set by the search box
 * itself (.vitepress/theme/search/LocalSearchBox.vue), so its data (the glossary, the question
 * words) loads with the search box, not with every page. A query is
 * 1. normalised (NFKC, so full-width ＡｐｐＫｅｙ and ＠ count; lower case);
 * 2. extended with what the pages say for what admins type (the glossary: 不对 → 不匹配,
 *    企业ID → CorpId, 艾特 → @), weighted below what was typed (boostQueryTerm);
 * 3. rid of question words and particles (怎么, 在哪里, 吗, 了), so they never block or skew a
 *    match. Where the browser has Intl.Segmenter, single-character words (在, 是) go too, where
 *    it reads them as words of their own; without it (older in-app browsers) only particles
 *    that are never part of a word here do. Intl.Segmenter alone would not do for the content
 *    words (it splits 机器人 into 机器|人), so it only decides what to leave out.
 */
import type { SearchData } from '../../playground/logic/search/search-data'

export type { SearchData }
export function tokenize(text: string, fieldName?: string): string[] {
  const terms: string[] = []
  for (const chunk of String(text).split(/(@)|(?:[\s\p{Z}\p{S}]|[^\P{P}@])+/u)) {
    if (!chunk) continue
    for (const run of chunk.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) || []) {
      if (!/\p{Script=Han}/u.test(run)) {
        // Long example values with digits (tokens, secrets) are never searched for.
        if (!(fieldName !== undefined && run.length >= 20 && /\d/.test(run))) terms.push(run)
        continue
      }
      const chars = Array.from(run)
      if (chars.length === 1) terms.push(run)
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = `${chars[i]}${chars[i + 1]}`
        // Indexing only: a pair with a function character (的, 了, 是, 这, 个…) is no word on this
        // site; such pairs were a fifth of the index a first search downloads (and waits for).
        if (fieldName !== undefined && /[的了是这个和也就都与或把被让给着们吗呢吧啊么那]/.test(pair)) continue
        terms.push(pair)
      }
    }
  }
  return terms
}

/** Separates typed terms from the glossary's in a query: a space is never a term of the index. */
const GLOSSARY_TERMS = ' '

/** The query tokenizer of the search box (see above). */
export function questionTokenizer(data: SearchData): (text: string) => string[] {
  const questionWords = [...data.questionWords].sort((a, b) => b.length - a.length)
  const dropped = new Set([...data.particles, ...data.standalone])
  const latin = /^[a-z0-9]+$/
  return (text) => {
    let query = ` ${String(text).normalize('NFKC').toLowerCase()} `
    const extra: string[] = []
    // A typed word stays in the query (where it is not on the site it matches nothing and
    // costs nothing) and brings in the pages' words. A Latin word counts only whole.
    for (const [typedWords, siteWords] of data.synonyms) {
      const found = typedWords.some((typed) =>
        latin.test(typed) ? new RegExp(`[^a-z0-9]${typed}[^a-z0-9]`).test(query) : query.includes(typed),
      )
      if (found) extra.push(...siteWords)
    }
    for (const word of questionWords) query = query.split(word).join(' ')
    const Segmenter = typeof Intl === 'object' ? (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter : undefined
    // Only for what a search box holds (its input takes 64 characters): ICU's word breaking of
    // long Chinese text grows faster than its length.
    if (typeof Segmenter === 'function' && query.length <= 256) {
      const kept: string[] = []
      for (const { segment } of new Segmenter('zh', { granularity: 'word' }).segment(query)) kept.push(dropped.has(segment) ? ' ' : segment)
      query = kept.join('')
    } else {
      for (const particle of data.particles) query = query.split(particle).join(' ')
    }
    // A term counts once: MiniSearch ranks by how many of the query's terms a section matches.
    const typed = new Set(tokenize(query))
    const added = new Set(tokenize(extra.join(' ').toLowerCase()).filter((term) => !typed.has(term)))
    return added.size ? [...typed, GLOSSARY_TERMS, ...added] : [...typed]
  }
}

/** MiniSearch's boostTerm for questionTokenizer's queries: the glossary's words count half. */
export function boostQueryTerm(_term: string, i: number, terms: string[]): number {
  const separator = terms.indexOf(GLOSSARY_TERMS)
  return separator >= 0 && i > separator ? 0.5 : 1
}
