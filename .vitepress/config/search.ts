import type { DefaultTheme, MarkdownRenderer } from 'vitepress'
import { GLOSSARY_MARKER, QUESTIONS_MARKER, glossaryMarkdown, questionsMarkdown } from '../../playground/logic/search/page-markdown'
import { questionsForSection } from '../search/questions-field'
import { searchableMarkdown } from '../search/searchable'
import { tokenize } from '../search/tokenize'
import { guide } from './sidebar'
import { searchTranslations } from './zh'

/**
 * Local search (MiniSearch) options. A query is read as a question: its words are combined
 * with OR and results rank by how much of the query they cover (MiniSearch multiplies a
 * result's score by the number of query terms it matches), titles above body text. Each
 * section also carries, in a field of its own, the questions of the question index that link
 * to it. The search box adds the query tokenizer and its term weights when it opens
 * (.vitepress/theme/search/LocalSearchBox.vue): their data stays out of every page.
 */
export function localSearchOptions(base: () => string): DefaultTheme.LocalSearchOptions {
  // The base is VitePress's resolved one (./site-url.ts), known once it indexes, not when the config loads.
  let questionsOf: ReturnType<typeof questionsForSection> | undefined
  return {
    miniSearch: {
      // VitePress's type admits three of MiniSearch's options, but passes all of them on, after
      // its own `fields` (at build time and in the browser alike).
      options: {
        tokenize,
        fields: ['title', 'titles', 'text', 'questions'],
        storeFields: ['title', 'titles'],
        // Runs at build time only (VitePress serialises it to the browser too, where search
        // never calls it).
        extractField: (doc: Record<string, unknown>, field: string) =>
          field === 'questions' ? (questionsOf ??= questionsForSection(base()))(doc as { id: string; titles?: string[] }) : (doc[field] as string),
      } as NonNullable<NonNullable<DefaultTheme.LocalSearchOptions['miniSearch']>['options']>,
      searchOptions: {
        combineWith: 'OR',
        boost: { title: 4, questions: 3, titles: 1.5, text: 1 },
        fuzzy: 0.2,
        prefix: true,
      },
    },
    locales: { root: { translations: searchTranslations } },
    // VitePress's own rendering, of the page without its drawings and source lists (../search/searchable.ts).
    _render(src, env, md) {
      const html = md.render(searchableMarkdown(src), env)
      return env.frontmatter?.search === false ? '' : html
    },
  }
}

/** Page names by path, for the question index ('/app/dev-info' → '3. 配置开发信息'). */
function pageNames(): Record<string, string> {
  const names: Record<string, string> = {}
  for (const section of guide) for (const item of section.items) names[item.link] ??= item.text
  return names
}

/** Replaces the markers of docs/questions.md with the question index and the glossary. */
export function searchPagesPlugin(md: MarkdownRenderer): void {
  md.core.ruler.after('normalize', 'search-pages', (state) => {
    if (state.src.includes(QUESTIONS_MARKER)) state.src = state.src.replace(QUESTIONS_MARKER, () => questionsMarkdown(pageNames()))
    if (state.src.includes(GLOSSARY_MARKER)) state.src = state.src.replace(GLOSSARY_MARKER, () => glossaryMarkdown())
  })
}
