import type { SearchData } from '../../../.vitepress/search/tokenize'
import { glossary } from './glossary'
import { particles, questionWords, standalone } from './question-words'

/** The glossary and the question words in the form the tokenizer carries in its source. */
export function searchData(): SearchData {
  const synonyms = glossary.map((entry): [string[], string[]] => [entry.typed.map((t) => t.normalize('NFKC').toLowerCase()), entry.site])
  return { synonyms, questionWords, particles, standalone }
}
