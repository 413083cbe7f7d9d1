/**
 * The entries' texts are most of the catalog's bytes and load only on the first paste (error-texts.ts):
 * nothing catalog.ts imports statically may pull them back into its chunk, and every entry has its text.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ERROR_CATALOG } from './catalog'
import { ERROR_TEXTS } from './error-texts'

const here = dirname(fileURLToPath(import.meta.url))

/** The files a module imports statically (value imports of relative paths; `import type` and `import()` aside). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const found: string[] = []
  for (const m of source.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
    found.push(resolve(dirname(file), m[1]!.endsWith('.json') ? m[1]! : `${m[1]}.ts`))
  }
  return found
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>()
  const todo = [entry]
  while (todo.length) {
    const file = todo.pop()!
    if (seen.has(file) || file.endsWith('.json')) continue
    seen.add(file)
    todo.push(...staticImports(file))
  }
  return seen
}

describe('the entries’ texts', () => {
  it('are not in the chunk of the rules: catalog.ts reaches no *-texts.ts statically', () => {
    const reached = [...closure(resolve(here, 'catalog.ts'))].map((f) => f.slice(here.length + 1))
    expect(reached).toContain('parse-response.ts')
    expect(reached.filter((f) => f.endsWith('-texts.ts'))).toEqual([])
  })

  it('the import reader sees a static import of texts (the check above can fail)', () => {
    expect(staticImports(resolve(here, 'error-texts.ts')).map((f) => f.slice(here.length + 1))).toContain('robot-texts.ts')
  })

  it('exist for every entry, and only for entries, each with a title, a cause and a fix', () => {
    const ids = ERROR_CATALOG.map((e) => e.id)
    expect(Object.keys(ERROR_TEXTS).sort()).toEqual([...ids].sort())
    for (const id of ids) {
      const t = ERROR_TEXTS[id]!
      expect(t.title.trim(), id).not.toBe('')
      expect(t.cause.trim(), id).not.toBe('')
      expect(t.fix.trim(), id).not.toBe('')
    }
  })
})
