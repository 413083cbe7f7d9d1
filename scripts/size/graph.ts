/**
 * The JavaScript of one page, from its HTML tags through the import graph of the build:
 * what a first visit loads, and what the page's widgets import lazily.
 */
import { parseChunkImports, resolveSpecifier } from './imports'

/** Read access to a build; paths are relative to the output folder ('assets/app.x.js'). */
export interface BuiltFiles {
  /** The code of a JavaScript file, or null when the build has no such file. */
  code(path: string): string | null
}

export interface Edges {
  static: string[]
  dynamic: string[]
}

/** Imports of a build file that resolve to files of the same build. */
export function edgesIn(files: BuiltFiles): (path: string) => Edges {
  const cache = new Map<string, Edges>()
  return (path) => {
    let edges = cache.get(path)
    if (!edges) {
      const code = files.code(path)
      const parsed = code === null ? { static: [], dynamic: [] } : parseChunkImports(code)
      const existing = (specs: string[]) =>
        specs.map((s) => resolveSpecifier(path, s)).filter((p): p is string => p !== null && files.code(p) !== null)
      edges = { static: existing(parsed.static), dynamic: existing(parsed.dynamic) }
      cache.set(path, edges)
    }
    return edges
  }
}

/**
 * Every file reachable from `roots`, following static imports, and dynamic ones too when
 * `dynamic` is set. Files in `stop` are neither included nor walked through.
 */
export function reachable(
  roots: Iterable<string>,
  edges: (path: string) => Edges,
  { dynamic = false, stop = new Set<string>() }: { dynamic?: boolean; stop?: ReadonlySet<string> } = {},
): Set<string> {
  const seen = new Set<string>()
  const queue = [...roots].filter((r) => !stop.has(r))
  while (queue.length) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    const next = edges(file)
    for (const target of dynamic ? [...next.static, ...next.dynamic] : next.static) {
      if (!seen.has(target) && !stop.has(target)) queue.push(target)
    }
  }
  return seen
}

export interface PageGraphInput {
  /** Build-relative files of the page's `<script src>` tags. */
  entries: string[]
  /** Build-relative files of its `<link rel="modulepreload">` tags. */
  modulepreloads: string[]
}

export interface PageGraph {
  /** The page's own chunk (VitePress: `<page>.md.<hash>.lean.js`), if the page has one. */
  pageChunk: string | null
  /** Everything a first visit loads: entries, preloads and their static imports. */
  firstVisit: Set<string>
  /**
   * Widget code: what the page's own code imports dynamically, with everything that pulls
   * in, minus what the app or the page already load statically. Some of it may be preloaded.
   */
  widgets: Set<string>
  /**
   * The most widget code one visit can load: all of the page's lazy imports (they load when
   * the page mounts its widgets) with their static imports, then one further lazy import at a
   * time (a tab or panel opened on demand), along the heaviest chain. Without sizes: `widgets`.
   */
  heaviestVisit: Set<string>
  /**
   * The largest single load: what the page's widgets load when it mounts them, or what one later
   * on-demand import adds (a tab, a panel the reader opens). Budgeted. Without sizes: `widgets`.
   */
  heaviestStep: Set<string>
  /** Files that run without any dynamic import: entries, the page chunk (lean and full) and their static imports. */
  staticallyLoaded: Set<string>
}

/** VitePress loads `x.lean.js` on a first visit and `x.js` on in-app navigation. */
export function findPageChunk(modulepreloads: string[]): string | null {
  return modulepreloads.find((f) => f.endsWith('.lean.js')) ?? null
}

/**
 * The loads one visit can make: the page's widgets first, then each lazy import of the code the
 * previous load added (a tab, a panel). Returns the heaviest chain of loads (PageGraph.heaviestVisit)
 * and the heaviest single load (PageGraph.heaviestStep), from one walk over the chains.
 */
export function heaviestLoads(
  roots: string[],
  edges: (path: string) => Edges,
  stop: ReadonlySet<string>,
  sizeOf: (file: string) => number,
): { visit: Set<string>; step: Set<string> } {
  const bytes = (files: Set<string>) => [...files].reduce((sum, f) => sum + sizeOf(f), 0)
  const first = reachable(roots, edges, { stop })
  let step = first
  const extend = (loaded: Set<string>, added: Set<string>): Set<string> => {
    let heaviest = loaded
    for (const from of added) {
      for (const next of edges(from).dynamic) {
        if (loaded.has(next) || stop.has(next)) continue
        const more = reachable([next], edges, { stop: new Set([...stop, ...loaded]) })
        if (bytes(more) > bytes(step)) step = more
        const candidate = extend(new Set([...loaded, ...more]), more)
        if (bytes(candidate) > bytes(heaviest)) heaviest = candidate
      }
    }
    return heaviest
  }
  const visit = extend(first, first)
  return { visit, step }
}

export function pageGraph(
  input: PageGraphInput,
  edges: (path: string) => Edges,
  exists: (path: string) => boolean,
  sizeOf?: (file: string) => number,
): PageGraph {
  const pageChunk = findPageChunk(input.modulepreloads)
  const appSide = reachable(input.entries, edges)
  const pageSide = pageChunk ? reachable([pageChunk], edges, { stop: appSide }) : new Set<string>()
  const widgetRoots = [...pageSide].flatMap((f) => edges(f).dynamic)
  const loadedAnyway = new Set([...appSide, ...pageSide])
  const widgets = reachable(widgetRoots, edges, { dynamic: true, stop: loadedAnyway })
  const { visit, step } = sizeOf ? heaviestLoads(widgetRoots, edges, loadedAnyway, sizeOf) : { visit: widgets, step: widgets }
  const firstVisit = reachable([...input.entries, ...input.modulepreloads], edges)
  const fullChunk = pageChunk?.replace(/\.lean\.js$/, '.js')
  const staticRoots = [...input.entries, ...(pageChunk ? [pageChunk] : []), ...(fullChunk && exists(fullChunk) ? [fullChunk] : [])]
  return { pageChunk, firstVisit, widgets, heaviestVisit: visit, heaviestStep: step, staticallyLoaded: reachable(staticRoots, edges) }
}
