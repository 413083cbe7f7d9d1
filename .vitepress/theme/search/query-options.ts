import type { DefaultTheme } from 'vitepress'
import { searchData } from '../../../playground/logic/search/search-data'
import { boostQueryTerm, questionTokenizer } from '../../search/tokenize'

/**
 * Gives the site's search options the question tokenizer and its term weights. Called by the
 * search box when it opens, before VitePress's box reads the options: the glossary and the
 * question words load with the search box instead of being serialised into every page.
 */
export function useQuestionSearch(theme: DefaultTheme.Config): void {
  const search = theme.search
  if (search?.provider !== 'local') return
  const options = (search.options ??= {})
  const miniSearch = (options.miniSearch ??= {})
  miniSearch.searchOptions = { ...miniSearch.searchOptions, tokenize: questionTokenizer(searchData()), boostTerm: boostQueryTerm }
}
