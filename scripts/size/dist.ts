/**
 * Reads a built site from disk and measures every page: the file-system side of the size
 * check (the logic lives in html.ts, graph.ts, budget.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { pageSize, type ChunkFinding, type PageSize } from './budget'
import { edgesIn, pageGraph, reachable, type BuiltFiles, type PageGraph } from './graph'
import { parsePageScripts, urlToDistPath } from './html'
import { cryptoJsExtraModules, hasDingtalkJsapi } from './markers'

export interface MeasuredPage {
  page: string
  graph: PageGraph
  size: PageSize
}

export interface MeasuredBuild {
  pages: MeasuredPage[]
  /** Every JavaScript file of the build, with what it contains of crypto-js / dingtalk-jsapi. */
  chunks: ChunkFinding[]
  /** Gzip bytes of a build file. */
  sizeOf(file: string): number
  /** Loaded on demand by the app or theme, for every page (the local search). */
  siteLazy: Set<string>
  /** Stylesheets the pages link (VitePress: one CSS file for the whole site), render-blocking. */
  css: Set<string>
  /** What the entry script loads statically, on every page (app, theme, framework). */
  shared: Set<string>
}

/** 'assets/chunks/framework.UE6q-Kyd.js' → 'framework': a chunk's name without folder and hash. */
export function chunkName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[\w-]{8}\.(m?js)$/, '')
}

function walkFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return walkFiles(full, root)
    return [relative(root, full).split(sep).join('/')]
  })
}

/** '/', '/intro', '/app/' — how a page's URL ends below the base. */
export function pageNameOf(htmlFile: string): string {
  if (htmlFile === 'index.html' || htmlFile.endsWith('/index.html')) return '/' + htmlFile.slice(0, -'index.html'.length)
  return '/' + htmlFile.slice(0, -'.html'.length)
}

/** Home first, the 404 page last, the rest by name. */
function pageOrder(page: string): number {
  return page === '/' ? 0 : page === '/404' ? 2 : 1
}

export function readBuild(dist: string): BuiltFiles & { files: string[]; sizeOf(file: string): number } {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}`)
  const files = walkFiles(dist)
  const code = new Map<string, string>()
  const gzip = new Map<string, number>()
  const read = (file: string): string | null => {
    if (!/\.m?js$/.test(file)) return null
    if (!code.has(file)) {
      const full = join(dist, file)
      if (!existsSync(full) || !statSync(full).isFile()) return null
      code.set(file, readFileSync(full, 'utf8'))
    }
    return code.get(file)!
  }
  return {
    files,
    code: read,
    sizeOf(file) {
      if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(join(dist, file))).length)
      return gzip.get(file)!
    },
  }
}

export function measureBuild(dist: string, base: string): MeasuredBuild {
  const build = readBuild(dist)
  const edges = edgesIn(build)
  const exists = (file: string) => build.code(file) !== null
  const pages: MeasuredPage[] = []
  const siteLazy = new Set<string>()
  const css = new Set<string>()
  const shared = new Set<string>()
  for (const html of build.files.filter((f) => f.endsWith('.html')).sort()) {
    const tags = parsePageScripts(readFileSync(join(dist, html), 'utf8'))
    const local = (urls: string[]) => urls.map((u) => urlToDistPath(u, base)).filter((p): p is string => p !== null && exists(p))
    const input = { entries: local(tags.entries), modulepreloads: local(tags.modulepreloads) }
    for (const href of tags.stylesheets) {
      const file = urlToDistPath(href, base)
      if (file && build.files.includes(file)) css.add(file)
    }
    const graph = pageGraph(input, edges, exists, build.sizeOf)
    const page = pageNameOf(html)
    pages.push({ page, graph, size: pageSize(page, graph, build.sizeOf) })
    // Dynamic imports of the app and theme (search box, search index): on demand, on every page.
    const app = reachable(input.entries, edges)
    for (const f of app) shared.add(f)
    for (const f of reachable([...app].flatMap((a) => edges(a).dynamic), edges, { dynamic: true, stop: app })) siteLazy.add(f)
  }
  const chunks = build.files
    .filter((f) => /\.m?js$/.test(f))
    .map((file) => {
      const source = build.code(file) ?? ''
      return { file, cryptoJsExtras: cryptoJsExtraModules(source), dingtalkJsapi: hasDingtalkJsapi(source) }
    })
  return { pages: pages.sort((a, b) => pageOrder(a.page) - pageOrder(b.page) || a.page.localeCompare(b.page)), chunks, sizeOf: build.sizeOf, siteLazy, css, shared }
}
