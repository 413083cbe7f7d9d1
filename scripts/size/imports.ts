/**
 * The imports of one built (Rollup + esbuild-minified) chunk. A scanner, not a parser: callers
 * keep only specifiers that resolve to a file of the build, so a page's text that merely looks
 * like an import cannot add an edge (it would have to name an existing hashed chunk).
 */
import { posix } from 'node:path'

export interface ChunkImports {
  /** `import … from "x"`, `import "x"`, `export … from "x"`: loaded before the chunk runs. */
  static: string[]
  /** `import("x")` with a literal specifier: loaded when that code runs. */
  dynamic: string[]
}

const SPEC = `(["'])([^"'\\n]+)\\1`
const SIDE_EFFECT = new RegExp(`(?<![\\w$.])import\\s*${SPEC}`, 'g')
const FROM = new RegExp(
  `(?<![\\w$.])(?:import|export)\\s*(?:[\\w$]+\\s*,?\\s*)?(?:\\*\\s*(?:as\\s+[\\w$]+\\s*)?|\\{[^{}]*\\}\\s*)?from\\s*${SPEC}`,
  'g',
)
const DYNAMIC = /(?<![\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g

function unique(list: string[]): string[] {
  return [...new Set(list)]
}

export function parseChunkImports(code: string): ChunkImports {
  const statics = [...code.matchAll(SIDE_EFFECT), ...code.matchAll(FROM)].map((m) => m[2]!)
  const dynamic = [...code.matchAll(DYNAMIC)].map((m) => m[2]!)
  return { static: unique(statics), dynamic: unique(dynamic) }
}

/** The build-relative path a relative specifier names, seen from `importer`; null for bare or absolute ones. */
export function resolveSpecifier(importer: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null
  const joined = posix.normalize(posix.join(posix.dirname(importer), specifier.replace(/[?#].*$/, '')))
  return joined.startsWith('../') ? null : joined
}
