import type { IndexedQuestion } from './questions'

/**
 * The questions closest to what was typed, for the search box when nothing matches: by how
 * many of the query's characters (Han) and words (Latin, digits) a question shares, weighted
 * by how rare each is among the questions. With nothing in common, the first question of each
 * step, so the reader still sees where to start.
 */
export function closestQuestions(query: string, questions: IndexedQuestion[], limit = 5): IndexedQuestion[] {
  const units = (text: string): Set<string> =>
    new Set(text.normalize('NFKC').toLowerCase().match(/\p{Script=Han}|[a-z0-9]+/gu) ?? [])
  const wanted = units(query)
  const perQuestion = questions.map((q) => units(q.q))
  const frequency = new Map<string, number>()
  for (const set of perQuestion) for (const u of set) frequency.set(u, (frequency.get(u) ?? 0) + 1)
  const scored = questions
    .map((q, i) => {
      let score = 0
      for (const u of perQuestion[i] ?? []) if (wanted.has(u)) score += 1 / (frequency.get(u) ?? 1)
      return { q, i, score }
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
  return scored.slice(0, limit).map((s) => s.q)
}

/** The first question of each group (the fallback when nothing is in common). */
export function startingQuestions<T extends { questions: IndexedQuestion[] }>(groups: T[], limit = 5): IndexedQuestion[] {
  return groups.flatMap((g) => g.questions.slice(0, 1)).slice(0, limit)
}
