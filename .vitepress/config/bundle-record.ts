/**
 * The bundler's own account of the client build, for `npm run size` (scripts/size/): every chunk
 * with its static and dynamic imports, the modules Rollup put in it and the CSS it pulls in, and
 * the page it is the entry of. Written to <outDir>/.bundle-record.json, so the size check reads
 * the build's structure instead of guessing it from the minified code. Not part of the site:
 * the deploy workflow deletes it before publishing.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Plugin, Rollup } from 'vite'
import type { SiteConfig } from 'vitepress'

export const BUNDLE_RECORD_FILE = '.bundle-record.json'

export interface RecordedModule {
  /** Relative to the package root ('node_modules/crypto-js/core.js', 'playground/widgets/X.vue'); virtual ids as Rollup has them. */
  id: string
  /** Bytes of the module's code in the chunk, before minification; 0 when tree-shaken away. */
  length: number
}

export interface RecordedChunk {
  /** Below the output folder: 'assets/chunks/framework.UE6q-Kyd.js'. */
  file: string
  /** Rollup's chunk name: 'framework', '@localSearchIndexroot'. */
  name: string
  entry: boolean
  /** The page this chunk is the entry of, as its URL ends below the base ('/', '/robot/', '/intro'), or null. VitePress writes each page chunk twice: x.md.js and the lean x.md.lean.js of a first visit. */
  page: string | null
  imports: string[]
  dynamicImports: string[]
  css: string[]
  modules: RecordedModule[]
}

export interface BundleRecord {
  version: 1
  chunks: RecordedChunk[]
  /** Every stylesheet of the build. */
  css: string[]
}

/** 'robot/index.md' → '/robot/', 'intro.md' → '/intro': the page's URL below the base. */
export function pageUrl(markdown: string): string {
  return '/' + markdown.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
}

/** The nearest folder with a package.json at or above `dir`: module ids are recorded relative to it. */
export function packageRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d
    if (dirname(d) === d) return dir
  }
}

/** An absolute module id relative to `root`, keeping Rollup's '\0' prefix and query; others unchanged. */
export function relativeId(id: string, root: string): string {
  const m = /^(\0?)([^?]*)(.*)$/s.exec(id)!
  if (!isAbsolute(m[2]!)) return id
  return m[1]! + relative(root, m[2]!).split(sep).join('/') + m[3]!
}

/** The record of a client bundle; `pageOf` names the page a facade module (a .md file) is. */
export function recordBundle(bundle: Rollup.OutputBundle, root: string, pageOf: (facade: string) => string | null): BundleRecord {
  const chunks: RecordedChunk[] = []
  const css: string[] = []
  for (const output of Object.values(bundle)) {
    if (output.type === 'asset') {
      if (output.fileName.endsWith('.css')) css.push(output.fileName)
      continue
    }
    chunks.push({
      file: output.fileName,
      name: output.name,
      entry: output.isEntry,
      page: output.isEntry && output.facadeModuleId ? pageOf(output.facadeModuleId) : null,
      imports: output.imports,
      dynamicImports: output.dynamicImports,
      css: [...(output.viteMetadata?.importedCss ?? [])],
      modules: Object.entries(output.modules).map(([id, m]) => ({ id: relativeId(id, root), length: m.renderedLength })),
    })
  }
  const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file)
  return { version: 1, chunks: chunks.sort(byFile), css: css.sort() }
}

/** The record of the last client build written to each output folder, for the page rendering that follows it. */
const written = new Map<string, BundleRecord>()

/** The record the plugin wrote for `outDir` in this process, or null (no client build there yet). */
export function writtenRecord(outDir: string): BundleRecord | null {
  return written.get(resolve(outDir)) ?? null
}

/** Vite plugin: records the client build (not VitePress's server build) when it is written. */
export function bundleRecord(): Plugin {
  let root = process.cwd()
  let pageOf: (facade: string) => string | null = () => null
  return {
    name: 'gt-faq:bundle-record',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      root = packageRoot(config.root)
      const site = (config as { vitepress?: SiteConfig }).vitepress
      if (site) {
        pageOf = (facade) => {
          if (!facade.endsWith('.md')) return null
          const source = relative(site.srcDir, facade).split(sep).join('/')
          return pageUrl(site.rewrites.map[source] ?? source)
        }
      }
    },
    writeBundle(options, bundle) {
      const record = recordBundle(bundle, root, pageOf)
      written.set(resolve(options.dir!), record)
      writeFileSync(join(options.dir!, BUNDLE_RECORD_FILE), JSON.stringify(record, null, 1) + '\n')
    },
  }
}
