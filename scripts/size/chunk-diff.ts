/**
 * What moved when a budget fails: a page's chunks against an earlier account of the same page (the
 * previous `npm run size` run's, or plain VitePress's for the JavaScript every page loads). Chunks
 * are matched by Rollup's name (file names carry a content hash that changes with any edit); within
 * a chunk, modules by id, sized by the code Rollup put in the chunk (before minification).
 */
export interface ChunkAccount {
  /** Rollup's chunk name ('framework', 'ToolBox', 'app_dev-info.md'); a name two chunks share gets its first module added. */
  name: string
  /** Gzip bytes of the file. */
  bytes: number
  /** Whether the page loads it for its widgets (lazily) rather than on its first visit. */
  widget: boolean
  /** Module id → bytes of its code in the chunk. */
  modules: Record<string, number>
}

export interface PageAccount {
  page: string
  chunks: ChunkAccount[]
}

export interface ModuleMove {
  id: string
  /** Bytes before (0 when new) and now. */
  before: number
  now: number
}

export interface ChunkMove {
  name: string
  widget: boolean
  /** Gzip bytes before (null when the chunk is new) and now. */
  before: number | null
  now: number
  /** The modules that are new or larger, largest growth first. */
  modules: ModuleMove[]
}

/** Unique names: a second chunk called 'index' becomes 'index <its largest module>'. */
export function uniqueNames(chunks: ChunkAccount[]): ChunkAccount[] {
  const counts = new Map<string, number>()
  for (const c of chunks) counts.set(c.name, (counts.get(c.name) ?? 0) + 1)
  return chunks.map((c) => {
    if (counts.get(c.name)! < 2) return c
    const largest = Object.entries(c.modules).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '?'
    return { ...c, name: `${c.name} <${largest}>` }
  })
}

/**
 * The chunks of `now` that are new or at least `minBytes` (gzip) larger than in `before`, and in each
 * the modules that are new or larger; largest growth first. A chunk that only lost weight or was
 * renamed away is not listed (it cannot have broken a budget).
 */
export function chunkMoves(now: PageAccount, before: PageAccount, minBytes = 50): ChunkMove[] {
  const old = new Map(uniqueNames(before.chunks).map((c) => [c.name, c]))
  const moves: ChunkMove[] = []
  for (const chunk of uniqueNames(now.chunks)) {
    const was = old.get(chunk.name)
    if (was && chunk.bytes - was.bytes < minBytes) continue
    const modules = Object.entries(chunk.modules)
      .map(([id, size]) => ({ id, before: was?.modules[id] ?? 0, now: size }))
      .filter((m) => m.now > m.before)
      .sort((a, b) => b.now - b.before - (a.now - a.before) || a.id.localeCompare(b.id))
    moves.push({ name: chunk.name, widget: chunk.widget, before: was ? was.bytes : null, now: chunk.bytes, modules })
  }
  return moves.sort((a, b) => b.now - (b.before ?? 0) - (a.now - (a.before ?? 0)) || a.name.localeCompare(b.name))
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const plus = (bytes: number) => `+${bytes} B`

/** The moves as indented lines, at most `maxModules` modules per chunk (the rest counted). */
export function formatMoves(page: string, against: string, moves: ChunkMove[], maxModules = 5): string[] {
  if (moves.length === 0) return [`  ${page}: no chunk new or larger than in ${against}.`]
  const lines = [`  ${page}, against ${against}:`]
  for (const m of moves) {
    const what = m.before === null ? `new, ${kb(m.now)}` : `${kb(m.before)} → ${kb(m.now)}`
    lines.push(`    ${m.widget ? 'widget ' : ''}chunk ${m.name}: ${what}`)
    for (const mod of m.modules.slice(0, maxModules)) lines.push(`      ${mod.before === 0 ? 'new ' : ''}${mod.id.replace(/^\0/, '')} ${plus(mod.now - mod.before)} (code before minification)`)
    if (m.modules.length > maxModules) lines.push(`      and ${m.modules.length - maxModules} more module(s)`)
  }
  return lines
}
