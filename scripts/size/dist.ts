/**
 * Reads a built site from disk and measures every page: the file-system side of the size check.
 * What loads what comes from the bundler's record (record.ts) and each page's HTML (html.ts);
 * sizes are gzip of the files themselves. The logic lives in graph.ts and budget.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { pageSize, type ChunkFinding, type PageSize } from './budget'
import type { PageAccount } from './chunk-diff'
import { pageGraph, reachable, type PageGraph } from './graph'
import { countElements, parsePageScripts, urlToDistPath } from './html'
import { codeModules, cryptoJsExtraModules, hasDingtalkJsapi, readRecord, recordEdges } from './record'

export interface MeasuredPage {
  page: string
  graph: PageGraph
  size: PageSize
  /** Gzip bytes of the stylesheets the page links in its head: CSS it loads before it paints. */
  css: number
  /** The stylesheets its head links, and those its non-lazy chunks (entry, theme, page chunk) need. */
  stylesheets: { linked: string[]; needed: string[] }
  /** Elements in the page's HTML (html.ts countElements). */
  elements: number
}

export interface MeasuredBuild {
  pages: MeasuredPage[]
  /** Every chunk of the build, with what it contains of crypto-js / dingtalk-jsapi. */
  chunks: ChunkFinding[]
  /** The modules whose code a chunk holds, as the bundler recorded them. */
  modulesOf(file: string): string[]
  /** The bundler's name of a chunk ('framework', '@localSearchIndexroot'). */
  nameOf(file: string): string
  /** Module id → bytes of its code in the chunk (before minification), as the bundler recorded them. */
  moduleSizesOf(file: string): Record<string, number>
  /** Gzip bytes of a build file. */
  sizeOf(file: string): number
  /** Loaded on demand by the app or theme, for every page (the local search). */
  siteLazy: Set<string>
  /** What the entry script loads statically, on every page (app, theme, framework). */
  shared: Set<string>
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

export function measureBuild(dist: string, base: string): MeasuredBuild {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}`)
  const record = readRecord(dist)
  const files = walkFiles(dist)
  const onDisk = new Set(files)
  const missing = record.chunks.map((c) => c.file).filter((f) => !onDisk.has(f))
  if (missing.length) throw new Error(`${dist}: the bundle record names files the build does not have (${missing.slice(0, 3).join(', ')}): a record of another build?`)
  const chunks = new Map(record.chunks.map((c) => [c.file, c]))
  const edges = recordEdges(record)
  const modulesOf = (file: string) => (chunks.has(file) ? codeModules(chunks.get(file)!) : [])
  const gzip = new Map<string, number>()
  const sizeOf = (file: string) => {
    if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(join(dist, file))).length)
    return gzip.get(file)!
  }
  const pages: MeasuredPage[] = []
  const siteLazy = new Set<string>()
  const shared = new Set<string>()
  for (const html of files.filter((f) => f.endsWith('.html')).sort()) {
    const page = pageNameOf(html)
    const source = readFileSync(join(dist, html), 'utf8')
    const tags = parsePageScripts(source)
    const local = (urls: string[]) => urls.map((u) => urlToDistPath(u, base)).filter((p): p is string => p !== null && onDisk.has(p))
    const scripts = [...local(tags.entries), ...local(tags.modulepreloads)].filter((f) => /\.m?js$/.test(f))
    const unknown = scripts.filter((f) => !chunks.has(f))
    if (unknown.length) throw new Error(`${html} loads ${unknown.join(', ')}, which the bundle record does not know: a record of another build?`)
    const pageChunks = record.chunks.filter((c) => c.page === page).map((c) => c.file)
    const input = { entries: local(tags.entries), modulepreloads: local(tags.modulepreloads), pageChunks }
    const graph = pageGraph(input, edges, sizeOf)
    if (pageChunks.length && !graph.pageChunk) throw new Error(`${html} preloads none of its page's chunks (${pageChunks.join(', ')})`)
    const stylesheets = local(tags.stylesheets)
    const needed = [...new Set([...reachable([...input.entries, ...pageChunks], edges)].flatMap((f) => chunks.get(f)?.css ?? []))]
    pages.push({
      page,
      graph,
      size: pageSize(page, graph, sizeOf),
      css: stylesheets.reduce((sum, f) => sum + sizeOf(f), 0),
      stylesheets: { linked: stylesheets, needed },
      elements: countElements(source),
    })
    // Dynamic imports of the app and theme (search box, search index): on demand, on every page.
    const app = reachable(input.entries, edges)
    for (const f of app) shared.add(f)
    for (const f of reachable([...app].flatMap((a) => edges(a).dynamic), edges, { dynamic: true, stop: app })) siteLazy.add(f)
  }
  const measured = new Set(pages.map((p) => p.page))
  const unbuilt = [...new Set(record.chunks.map((c) => c.page))].filter((p): p is string => p !== null && !measured.has(p))
  if (unbuilt.length) throw new Error(`${dist}: the bundle record has pages without HTML (${unbuilt.join(', ')}): did rendering fail?`)
  const findings = record.chunks.map((c) => {
    const modules = codeModules(c)
    return { file: c.file, cryptoJsExtras: cryptoJsExtraModules(modules), dingtalkJsapi: hasDingtalkJsapi(modules) }
  })
  const byName = (a: MeasuredPage, b: MeasuredPage) => pageOrder(a.page) - pageOrder(b.page) || a.page.localeCompare(b.page)
  const nameOf = (file: string) => chunks.get(file)?.name ?? file
  const moduleSizesOf = (file: string) => Object.fromEntries((chunks.get(file)?.modules ?? []).filter((m) => m.length > 0).map((m) => [m.id, m.length]))
  return { pages: pages.sort(byName), chunks: findings, modulesOf, nameOf, moduleSizesOf, sizeOf, siteLazy, shared }
}

/** A page's chunks as chunk-diff.ts compares them: its first visit and its widget code (preloaded or not, marked), each with its modules. */
export function pageAccount(build: MeasuredBuild, page: MeasuredPage): PageAccount {
  const files = [...new Set([...page.graph.firstVisit, ...page.graph.widgets])]
  const chunks = files.map((file) => ({
    name: build.nameOf(file),
    bytes: build.sizeOf(file),
    widget: page.graph.widgets.has(file),
    modules: build.moduleSizesOf(file),
  }))
  return { page: page.page, chunks }
}
