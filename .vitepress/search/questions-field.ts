import { allQuestions, type IndexedQuestion } from '../../playground/logic/search/questions'

/** What MiniSearch's extractField receives for a section (VitePress's local search). */
interface SectionDocument {
  id: string
  titles?: string[]
}

/**
 * The text of the `questions` search field of a section: the index's questions that link to
 * it, so a question finds its answer even where the answer is worded differently. A link
 * without an anchor belongs to the page's first section (its title). Ids carry the site base.
 */
export function questionsForSection(base: string, questions: IndexedQuestion[] = allQuestions()): (doc: SectionDocument) => string {
  const byLink = new Map<string, string[]>()
  for (const { q, link } of questions) byLink.set(link, [...(byLink.get(link) ?? []), q])
  const root = base.endsWith('/') ? base.slice(0, -1) : base
  return (doc) => {
    const path = doc.id.startsWith(root) ? doc.id.slice(root.length) : doc.id
    const own = byLink.get(path) ?? []
    const page = doc.titles?.length ? [] : (byLink.get(path.split('#')[0] ?? path) ?? [])
    return [...own, ...page].join('\n')
  }
}
