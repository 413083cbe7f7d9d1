/**
 * What admins call a thing, and what the pages call it. One list, read twice: by the search
 * (a word an admin types is searched as the pages' words, see .vitepress/search/tokenize.ts) and
 * by the 常见问题索引 page, which shows it as a table (playground/logic/search/page-markdown.ts).
 *
 * `typed` holds words that are NOT how the pages say it (or only rarely): they are replaced in a
 * query. `site` holds the pages' words. Keep typed words specific: a typed word found anywhere
 * in a query (a Latin one as a whole word) rewrites it.
 */
import entries from './glossary.json'

export interface GlossaryEntry {
  /** What the pages say (searched for instead). */
  site: string[]
  /** What admins type. */
  typed: string[]
  /** One line for the table on the page. */
  note: string
  /** Where the site explains it. */
  link: string
}

/** The data: glossary.json. */
export const glossary: GlossaryEntry[] = entries
