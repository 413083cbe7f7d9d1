import { glossary } from './glossary'
import { particles, questionWords, standalone } from './question-words'

/** What the question tokenizer reads (.vitepress/search/tokenize.ts). */
export interface SearchData {
  /** [what admins type, what the pages say], one pair per glossary entry; typed words in lower case. */
  synonyms: [string[], string[]][]
  /** Question words of two or more characters, dropped wherever they occur. */
  questionWords: string[]
  /** Particles that are never part of a word on this site, dropped wherever they occur. */
  particles: string[]
  /** Single-character words dropped only where Intl.Segmenter reads them as a word. */
  standalone: string[]
}

/** The glossary and the question words in the form the tokenizer carries in its source. */
export function searchData(): SearchData {
  const synonyms = glossary.map((entry): [string[], string[]] => [entry.typed.map((t) => t.normalize('NFKC').toLowerCase()), entry.site])
  return { synonyms, questionWords, particles, standalone }
}
