/**
 * The repository's own import graph: every relative import (static, `import type`, re-export and
 * dynamic `import()`) between its TypeScript and Vue files, resolved the way Vite resolves them.
 * Read by the structure tests; nothing of it runs in the site or the command line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '../..')
const FOLDERS = ['.vitepress', 'docs', 'playground', 'scripts', 'tests']
const SKIP = new Set(['node_modules', 'dist', 'cache', 'public'])

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return []
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return walk(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm
const SUFFIXES = ['', '.ts', '.vue', '/index.ts']

function resolveSpecifier(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  for (const suffix of SUFFIXES) {
    const path = base + suffix
    if (existsSync(path) && statSync(path).isFile()) return path
  }
  return null
}

/** Each file (relative to the repository) with the files it imports. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of FOLDERS.flatMap((f) => walk(join(ROOT, f)))) {
    const code = readFileSync(file, 'utf8')
    const targets = [...code.matchAll(SPECIFIER)]
      .map((m) => resolveSpecifier(file, m[2]!))
      .filter((t): t is string => t !== null && /\.(ts|vue)$/.test(t))
      .map((t) => relative(ROOT, t))
    graph.set(relative(ROOT, file), [...new Set(targets)])
  }
  return graph
}

/** Every circle of imports, each as the files around it (Tarjan's strongly connected components). */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return circles
}
