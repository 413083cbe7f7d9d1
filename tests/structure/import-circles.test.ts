/**
 * No circle of imports anywhere (issue 23): a circle means two files that cannot be read, tested
 * or moved one without the other (a command's declaration and its code were six such pairs).
 * Type imports and lazy `import()` count too: they are edges a reader has to follow.
 */
import { describe, expect, it } from 'vitest'
import { importCircles, importGraph } from './import-graph'

describe('the import graph', () => {
  const graph = importGraph()
  it('is read from the whole tree', () => {
    expect(graph.size).toBeGreaterThan(300)
    expect(graph.get('scripts/cli/main.ts')).toContain('scripts/cli/commands/index.ts')
  })
  it('finds a circle when there is one', () => {
    const made = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(importCircles(made)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })
  it('has no circle', () => {
    expect(importCircles(graph)).toEqual([])
  })
})
