/**
 * The JavaScript of one page, from its HTML tags through the import graph the bundler recorded
 * (record.ts): what a first visit loads, and what the page's widgets import lazily.
 */
export interface Edges {
  static: string[]
  dynamic: string[]
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
  /** The chunks the bundler made for the page's .md (VitePress: `x.md.js`, and `x.md.lean.js` for a first visit). */
  pageChunks: string[]
}

export interface PageGraph {
  /** The page's own chunk that a first visit loads (VitePress: `<page>.md.<hash>.lean.js`), if the page has one. */
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
  /** Files that run without any dynamic import: entries, the page's chunks (lean and full) and their static imports. */
  staticallyLoaded: Set<string>
}

/** Of the page's chunks, the one its HTML preloads: VitePress loads `x.lean.js` on a first visit and `x.js` on in-app navigation. */
export function findPageChunk(pageChunks: string[], modulepreloads: string[]): string | null {
  return pageChunks.find((f) => modulepreloads.includes(f)) ?? null
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

export function pageGraph(input: PageGraphInput, edges: (path: string) => Edges, sizeOf?: (file: string) => number): PageGraph {
  const pageChunk = findPageChunk(input.pageChunks, input.modulepreloads)
  const appSide = reachable(input.entries, edges)
  const pageSide = pageChunk ? reachable([pageChunk], edges, { stop: appSide }) : new Set<string>()
  const widgetRoots = [...pageSide].flatMap((f) => edges(f).dynamic)
  const loadedAnyway = new Set([...appSide, ...pageSide])
  const widgets = reachable(widgetRoots, edges, { dynamic: true, stop: loadedAnyway })
  const { visit, step } = sizeOf ? heaviestLoads(widgetRoots, edges, loadedAnyway, sizeOf) : { visit: widgets, step: widgets }
  const firstVisit = reachable([...input.entries, ...input.modulepreloads], edges)
  const staticRoots = [...input.entries, ...input.pageChunks]
  return { pageChunk, firstVisit, widgets, heaviestVisit: visit, heaviestStep: step, staticallyLoaded: reachable(staticRoots, edges) }
}
