/**
 * The question index: what admins really ask, in their words, each with the public thread it
 * comes from and the section of this site that answers it. Shown as the 常见问题索引 page
 * (docs/questions.md, through playground/logic/search/page-markdown.ts), indexed with the section it
 * links to (so a question finds its answer even when the answer is worded differently), and
 * offered by the search box when nothing matches. The search evaluation types every one of
 * them (npm run search:eval).
 *
 * A question keeps the thread's wording (titles or the sentence that asks), trimmed of tags
 * like "[Bug]:" and of names of other products. Links are site paths with the heading's anchor.
 */
import groups from './questions.json'

export interface IndexedQuestion {
  q: string
  /** Site path and anchor of the answer, e.g. /app/dev-info#服务器出口ip. */
  link: string
  /** The public thread or page where an admin asked it. */
  source: string
}

export interface QuestionGroup {
  /** Heading on the page (the step of the guide). */
  step: string
  /** Anchor of the heading on the question page. */
  id: string
  questions: IndexedQuestion[]
}

/** The data: questions.json (one object per question, with its source). */
export const questionGroups: QuestionGroup[] = groups

/** Every question of the index, in page order. */
export function allQuestions(groups: QuestionGroup[] = questionGroups): IndexedQuestion[] {
  return groups.flatMap((g) => g.questions)
}
