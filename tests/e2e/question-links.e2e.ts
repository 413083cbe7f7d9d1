/**
 * Every answer the question index and the evaluation phrasings point at is a heading of the
 * built site: a renamed heading (another page's edit) must fail here, not quietly lower the
 * search evaluation or leave the 常见问题索引 with dead links.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inventedPhrasings, realPhrasings } from '../../playground/logic/search/phrasings'
import { allQuestions } from '../../playground/logic/search/questions'
import { glossary } from '../../playground/logic/search/glossary'
import { site } from './support/site'

function idsOf(path: string): Set<string> | null {
  const rel = path.replace(/^\//, '')
  const file = join(site.dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : `${rel}.html`)
  if (!existsSync(file)) return null
  return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))
}

describe('links of the question index, the evaluation list and the glossary', () => {
  it('each lands on a heading that exists', () => {
    // The glossary's links too (issue 25: one pointed at `#人`, the heading's id is `at-rules`).
    const links = [...allQuestions(), ...realPhrasings, ...inventedPhrasings, ...glossary].map((q) => q.link).filter((l): l is string => !!l)
    expect(links.length).toBeGreaterThan(120)
    const broken = [...new Set(links)].filter((link) => {
      const [path = '', anchor] = link.split('#')
      const ids = idsOf(path)
      return ids === null || (anchor !== undefined && !ids.has(anchor) && !ids.has(encodeURIComponent(anchor)))
    })
    expect(broken).toEqual([])
  })
})
