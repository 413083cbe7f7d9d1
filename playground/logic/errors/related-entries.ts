import type { ErrorRule, ErrorTexts } from './entry'

/**
 * For a paste nothing read (issue 21): the catalog's entries whose words it shares most, offered as places to
 * look on the 故障排查 page, never as the diagnosis. Each entry's words are its title (twice: the title names the
 * cause), its cause and fix, the words its rule matches and its codes; words are counted as wordsOf reads them;
 * the score is BM25 (k1 1.2, b 0.75).
 *
 * Tried on the build halves of the real sets, each read by the catalog as it stood before its set was collected
 * (`npm run diagnose:first-sight`): of the 19 answers no rule read and whose entry already existed, the
 * suggestions held it 14 times, the first of them 12 times. Only suggestions all the same: taken as the
 * diagnosis, the best entry named the Stream connection for invented wrappers of a robot's send, where the
 * words are few.
 * Linear: the paste is read once (at most 100,000 characters), each of its distinct words looked up once.
 */

/** An entry's score must reach this, and half of the best one's, to be offered, with MIN_SHARED words in common; at most MAX_RELATED are. */
export const MIN_SCORE = 4
export const MAX_RELATED = 3
export const MIN_SHARED = 2

/** Words every kind of paste has (DingTalk's name, “error”, a link's parts, a log's level, “返回”): they say a paste failed, not how. */
const GENERIC = new Set(['dingtalk', 'error', 'errors', 'errcode', 'errmsg', 'code', 'message', 'failed', 'fail', 'exception', 'http', 'https', 'www', 'com', 'request', 'status', 'info', 'ok'])
const GENERIC_ZH = /钉钉|错误|失败|异常|报错|返回|没有|调用|接口|请求/g

/**
 * A paste's words as the index counts them (already NFKC-folded by the caller): English words, numbers of three
 * or more digits standing alone, and pairs of Chinese characters within a run the generic words break.
 */
export function wordsOf(text: string): string[] {
  const out: string[] = []
  const lower = text.toLowerCase()
  for (const m of lower.matchAll(/[a-z][a-z0-9_]+|\b\d{3,}\b/g)) if (!GENERIC.has(m[0])) out.push(m[0])
  for (const m of lower.matchAll(/[\u4e00-\u9fff]+/g)) {
    for (const run of m[0].split(GENERIC_ZH)) {
      if (run.length === 1) out.push(run)
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2))
    }
  }
  return out
}

/** A rule's pattern as words: its syntax (groups, classes, escapes, quantifiers) read as spaces. */
const patternWords = (rule: RegExp | undefined): string => (rule?.source ?? '').replace(/\\[sdwbSDWB]|\\u[0-9a-f]{4}|[\\()[\]{}?*+|^$.:,!=<>-]/gi, ' ')

interface Index {
  /** word → [entry position, times in that entry] */
  postings: Map<string, [number, number][]>
  lengths: number[]
  average: number
}

function indexOf(rules: readonly ErrorRule[], texts: ErrorTexts): Index {
  const postings = new Map<string, [number, number][]>()
  const lengths: number[] = []
  rules.forEach((rule, at) => {
    const said = texts[rule.id]
    const words = wordsOf(`${said?.title ?? ''} ${said?.title ?? ''} ${said?.cause ?? ''} ${said?.fix ?? ''} ${patternWords(rule.text)} ${rule.codes.join(' ')}`)
    lengths.push(words.length)
    const counts = new Map<string, number>()
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1)
    for (const [w, n] of counts) {
      const list = postings.get(w) ?? []
      list.push([at, n])
      postings.set(w, list)
    }
  })
  return { postings, lengths, average: lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) }
}

/** The index of the last rules and texts asked about (every caller passes the catalog's): built once. */
let built: { rules: readonly ErrorRule[]; texts: ErrorTexts; index: Index } | undefined

/** Each entry's score for the paste and how many distinct words they share, best first (entries sharing none left out). */
export function rankEntries(text: string, rules: readonly ErrorRule[], texts: ErrorTexts): { rule: ErrorRule; score: number; shared: number }[] {
  if (built?.rules !== rules || built.texts !== texts) built = { rules, texts, index: indexOf(rules, texts) }
  const { postings, lengths, average } = built.index
  const found = new Map<number, { score: number; shared: number }>()
  for (const w of new Set(wordsOf(text.slice(0, 100_000)))) {
    const list = postings.get(w)
    if (!list) continue
    const idf = Math.log((rules.length + 1) / (list.length + 0.5))
    for (const [at, n] of list) {
      const norm = n + 1.2 * (0.25 + 0.75 * lengths[at]! / average)
      const sum = found.get(at) ?? { score: 0, shared: 0 }
      found.set(at, { score: sum.score + (idf * n * 2.2) / norm, shared: sum.shared + 1 })
    }
  }
  return [...found].map(([at, sum]) => ({ rule: rules[at]!, ...sum })).sort((a, b) => b.score - a.score)
}

/**
 * The entries to suggest, best first: at most MAX_RELATED, each sharing MIN_SHARED distinct words with the paste
 * and scoring MIN_SCORE and half the best (one word in common, a number in a random string, is chance).
 */
export function relatedEntries(text: string, rules: readonly ErrorRule[], texts: ErrorTexts): ErrorRule[] {
  const ranked = rankEntries(text, rules, texts).filter((r) => r.shared >= MIN_SHARED)
  const best = ranked[0]?.score ?? 0
  return ranked.filter((r) => r.score >= MIN_SCORE && r.score >= best / 2).slice(0, MAX_RELATED).map((r) => r.rule)
}
