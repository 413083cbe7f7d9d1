/**
 * The bundler's record of a build (written by .vitepress/config/bundle-record.ts): its chunks'
 * imports and modules, read back for the size check. What a chunk holds comes from the module ids
 * Rollup put in it, not from looking at the minified code.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLE_RECORD_FILE, type BundleRecord, type RecordedChunk, type RecordedModule } from '../../.vitepress/config/bundle-record'
import type { Edges } from './graph'

export type { BundleRecord, RecordedChunk, RecordedModule }

export function readRecord(dist: string): BundleRecord {
  const file = join(dist, BUNDLE_RECORD_FILE)
  if (!existsSync(file)) throw new Error(`${file} is missing: was ${dist} built with the bundle-record plugin (.vitepress/config/bundle-record.ts)?`)
  const record = JSON.parse(readFileSync(file, 'utf8')) as BundleRecord
  if (record.version !== 1 || !Array.isArray(record.chunks)) throw new Error(`${file}: not a bundle record of version 1`)
  return record
}

/** Imports of each chunk as the bundler wrote them; a file the record does not know has none. */
export function recordEdges(record: BundleRecord): (file: string) => Edges {
  const edges = new Map(record.chunks.map((c) => [c.file, { static: c.imports, dynamic: c.dynamicImports }]))
  return (file) => edges.get(file) ?? { static: [], dynamic: [] }
}

/** The modules whose code is in the chunk (Rollup also lists the ones it tree-shook to nothing). */
export function codeModules(chunk: RecordedChunk): string[] {
  return chunk.modules.filter((m) => m.length > 0).map((m) => m.id)
}

/** The file of a module id inside a package: 'crypto-js', '\0node_modules/crypto-js/md5.js?commonjs-module' → 'md5.js'. */
export function packageFile(id: string, pkg: string): string | null {
  const at = id.indexOf(`node_modules/${pkg}/`)
  if (at < 0 || (at > 0 && !'/\0'.includes(id[at - 1]!))) return null
  return id.slice(at + `node_modules/${pkg}/`.length).replace(/\?.*$/s, '')
}

/** crypto-js's modules that HMAC-SHA256 + Base64 need (crypto-js/hmac-sha256 pulls in core, sha256, hmac). */
const CRYPTO_JS_ALLOWED = new Set(['core.js', 'sha256.js', 'hmac.js', 'hmac-sha256.js', 'enc-base64.js'])

/** crypto-js modules beyond HMAC-SHA256 and Base64 among `modules`: ['aes', 'md5'], or ['index'] for the whole package's entry. */
export function cryptoJsExtraModules(modules: string[]): string[] {
  const extras = new Set<string>()
  for (const id of modules) {
    const file = packageFile(id, 'crypto-js')
    if (file && !CRYPTO_JS_ALLOWED.has(file)) extras.add(file.replace(/\.js$/, ''))
  }
  return [...extras].sort()
}

/** Whether any of `modules` is code of the dingtalk-jsapi package. */
export function hasDingtalkJsapi(modules: string[]): boolean {
  return modules.some((id) => packageFile(id, 'dingtalk-jsapi') !== null)
}
