/**
 * Search tokenizer for Chinese text and for questions typed as questions.
 *
 * MiniSearch splits only on spaces and punctuation, so a Chinese clause would be one term and
 * mid-sentence words would never match (vuejs/vitepress#4049). Here runs of Han characters
 * become overlapping bigrams; Latin and digit runs stay whole, also when glued to Chinese text
 * ("AppKey获取"); `@` is a term of its own ("@人").
 *
 * Indexing (MiniSearch passes a field name): bigrams only, plus a lone Han character where a run
 * is one character long. A one-character query still finds its words through prefix search
 * (`钉` finds `钉钉`), so the index carries no single characters (a third of its size).
 *
 * A query (no field name) is first read as a question:
 * 1. normalised (NFKC, so full-width ＡｐｐＫｅｙ and ＠ count; lower case);
 * 2. what admins type brings in what the pages say (the glossary's synonyms: 不对 → 不匹配,
 *    企业ID → CorpId, 艾特 → @);
 * 3. question words and particles (怎么, 在哪里, 吗, 了) are dropped, so they never block or
 *    skew a match. Where the browser has Intl.Segmenter, single-character words (在, 是) are
 *    dropped only where it reads them as words of their own; without it (older in-app
 *    browsers) only the particles that are never part of a word here are, and the rest stays:
 *    Intl.Segmenter alone would not do for the content words (it splits 机器人 into 机器|人),
 *    so it is only used to find what to leave out.
 *
 * VitePress serialises this function with toString() and revives it in the browser with
 * new Function(), so it must be self-contained: no imports, no outer variables, no helpers.
 * Its data (the glossary and the question words) is written into its source by
 * withSearchData() below; the template alone throws, by design, on a query.
 */
export function tokenizeTemplate(text: string, fieldName?: string): string[] {
  const terms: string[] = []
  const indexing = fieldName !== undefined
  const inputs: string[] = []
  const EXTRA = ' '
  if (indexing) {
    inputs.push(String(text))
  } else {
    const data: { synonyms: [string[], string[]][]; questionWords: string[]; particles: string[]; standalone: string[] } =
      JSON.parse('__SEARCH_DATA__')
    let query = ` ${String(text).normalize('NFKC').toLowerCase()} `
    const extra: string[] = []
    // Synonyms: a word an admin types adds the pages' words (the typed word stays: where it is
    // not on the site it matches nothing and costs nothing). A Latin word counts only whole.
    for (const [typedWords, siteWords] of data.synonyms) {
      let found = false
      for (const typed of typedWords) {
        found ||= /^[a-z0-9]+$/.test(typed) ? new RegExp(`[^a-z0-9]${typed}[^a-z0-9]`).test(query) : query.indexOf(typed) >= 0
      }
      if (found) for (const word of siteWords) if (extra.indexOf(word) < 0) extra.push(word.toLowerCase())
    }
    for (const word of data.questionWords) query = query.split(word).join(' ')
    const Segmenter = typeof Intl === 'object' && Intl ? (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter : undefined
    // Only for what a search box holds (its input takes 64 characters): ICU's word breaking
    // of long Chinese text grows faster than its length.
    if (typeof Segmenter === 'function' && query.length <= 256) {
      const kept: string[] = []
      for (const { segment } of new Segmenter('zh', { granularity: 'word' }).segment(query)) {
        kept.push(data.particles.indexOf(segment) >= 0 || data.standalone.indexOf(segment) >= 0 ? ' ' : segment)
      }
      query = kept.join('')
    } else {
      for (const particle of data.particles) query = query.split(particle).join(' ')
    }
    inputs.push(query, EXTRA, ...extra)
  }
  // Terms: `@` is a term of its own; other punctuation and symbols separate. No inner
  // functions: bundlers may wrap them in helpers (keepNames) that the browser does not have.
  for (const input of inputs) {
    if (input === EXTRA) {
      terms.push(EXTRA)
      continue
    }
    for (const chunk of input.split(/(@)|(?:[\s\p{Z}\p{S}]|[^\P{P}@])+/u)) {
      if (!chunk) continue
      for (const run of chunk.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) || []) {
        if (!/\p{Script=Han}/u.test(run)) {
          // Long example values with digits (tokens, secrets) are never searched for.
          if (!(indexing && run.length >= 20 && /\d/.test(run))) terms.push(run)
          continue
        }
        const chars = Array.from(run)
        if (chars.length === 1) terms.push(run)
        for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i]}${chars[i + 1]}`)
      }
    }
  }
  // A query term counts once: MiniSearch ranks by how many of them a section matches. The
  // glossary's words come after a single space (never a term of the index), so that
  // boostQueryTerm can weigh them below what was typed.
  if (indexing) return terms
  const unique = Array.from(new Set(terms))
  return unique[unique.length - 1] === EXTRA ? unique.slice(0, -1) : unique
}

/**
 * MiniSearch's boostTerm: the words the glossary added (after the space tokenize puts
 * between them and the typed ones) count half. Serialised like tokenize: self-contained.
 */
export function boostQueryTerm(_term: string, i: number, terms: string[]): number {
  const separator = terms.indexOf(' ')
  return separator >= 0 && i > separator ? 0.5 : 1
}

/** What the query side of the tokenizer reads (see playground/search). */
export interface SearchData {
  /** [what admins type, what the pages say], one pair per glossary entry. */
  synonyms: [string[], string[]][]
  /** Question words of two or more characters, dropped wherever they occur. */
  questionWords: string[]
  /** Particles that are never part of a word on this site, dropped wherever they occur. */
  particles: string[]
  /** Single-character words dropped only where Intl.Segmenter reads them as a word. */
  standalone: string[]
}

/**
 * Writes `data` into the tokenizer's source and revives it, so that the function VitePress
 * serialises (toString) carries its data with it and works after new Function() in the browser.
 */
export function withSearchData(template: typeof tokenizeTemplate, data: SearchData): typeof tokenizeTemplate {
  const source = template.toString()
  const placeholder = /(['"`])__SEARCH_DATA__\1/
  if (!placeholder.test(source)) throw new Error('tokenize: the __SEARCH_DATA__ placeholder is missing from the source')
  const sorted: SearchData = {
    ...data,
    questionWords: [...data.questionWords].sort((a, b) => b.length - a.length),
  }
  // A function replacer: the JSON may contain `$&` and the like.
  const bound = source.replace(placeholder, () => JSON.stringify(JSON.stringify(sorted)))
  return new Function(`return ${bound}`)() as typeof tokenizeTemplate
}
