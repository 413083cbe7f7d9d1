import { inventedPhrasings, realPhrasings } from '../../playground/logic/search/phrasings'
import { allQuestions } from '../../playground/logic/search/questions'

/** One query of the search evaluation and the section that answers it. */
export interface EvalCase {
  q: string
  link: string
  /** Where the query comes from: the question index, a real phrasing, or an invented one. */
  kind: 'index' | 'real' | 'invented'
}

/** Every query the evaluation types: the question index, then the other phrasings. */
export function evalCases(): EvalCase[] {
  return [
    ...allQuestions().map(({ q, link }) => ({ q, link, kind: 'index' as const })),
    ...realPhrasings.map(({ q, link }) => ({ q, link, kind: 'real' as const })),
    ...inventedPhrasings.map(({ q, link }) => ({ q, link, kind: 'invented' as const })),
  ]
}
