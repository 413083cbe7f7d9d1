/**
 * A miniature VitePress build for the size tests: the same file names and tags as a real
 * `vitepress build` (lean page chunks, modulepreloads), and the bundler's record of it
 * (.bundle-record.json, as .vitepress/config/bundle-record.ts writes it). The files hold
 * random filler of a given size: the size check reads structure from the record, sizes from the files.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { BUNDLE_RECORD_FILE, type BundleRecord, type RecordedChunk, type RecordedModule } from '../../.vitepress/config/bundle-record'

export const BASE = '/gt-faq/'

/** Code that gzip cannot shrink much: `bytes` of random Base64 in a string. */
export function filler(bytes: number): string {
  return `const pad${randomBytes(3).toString('hex')}="${randomBytes(Math.ceil(bytes * 0.75)).toString('base64')}";`
}

function html(pageChunk: string | null, extra = ''): string {
  const preload = (f: string) => `<link rel="modulepreload" href="${BASE}${f}">`
  return `<!DOCTYPE html><html lang="zh-CN"><head>
    <link rel="preload stylesheet" href="${BASE}assets/style.css" as="style">
    <script type="module" src="${BASE}assets/app.A1.js"></script>
    ${preload('assets/chunks/theme.T1.js')}${preload('assets/chunks/framework.F1.js')}${pageChunk ? preload(pageChunk) : ''}${extra}
    <script id="check-dark-mode">(()=>{})()</script>
  </head><body><div id="app"></div>
  <script>window.__VP_HASH_MAP__=JSON.parse("{}");</script></body></html>`
}

export interface FixtureOptions {
  /** Code added to the theme chunk (e.g. a widget registered globally). */
  themeExtra?: string
  /** Code of the robot page's lazily imported widget chunk. */
  widgetCode?: string
  /** Modules the bundler put in the widget chunk besides the widget itself (e.g. crypto-js files). */
  widgetModules?: RecordedModule[]
  /** Import the widget statically in the robot page instead of lazily. */
  staticWidget?: boolean
  /** Preload the widget chunk in the robot page's HTML, as VitePress does for a page's dynamic imports. */
  preloadWidget?: boolean
  /** Make the intro page also load the robot page's widget chunk. */
  introLoadsWidget?: boolean
}

interface Chunk {
  file: string
  code: string
  page?: string
  imports?: string[]
  dynamicImports?: string[]
  modules?: (string | RecordedModule)[]
}

const A = 'assets/'
const C = 'assets/chunks/'
const FRAMEWORK = `${C}framework.F1.js`
const WIDGET = `${C}RobotSigner.W1.js`
const HMAC_SHA256 = ['core', 'sha256', 'hmac', 'hmac-sha256', 'enc-base64'].map((m) => `node_modules/crypto-js/${m}.js`)

/** A page's two chunks, as VitePress writes them: `x.md.js` (in-app navigation) and `x.md.lean.js` (first visit). */
function pageChunks(name: string, page: string, bytes: number, rest: Omit<Chunk, 'file' | 'code' | 'page'>): Chunk[] {
  const modules = [`docs/${name.replace(/_/g, '/')}.md`]
  return [
    { file: `${A}${name}.md.X1.js`, code: filler(bytes), page, modules, ...rest },
    { file: `${A}${name}.md.X1.lean.js`, code: filler(bytes / 10), page, modules, ...rest },
  ]
}

/** The chunks. Pages: `/` (home), `/intro`, `/robot/` (with a widget), `/tools` (tabs loaded on demand). */
function chunks(options: FixtureOptions): Chunk[] {
  const robot = options.staticWidget ? { imports: [FRAMEWORK, WIDGET] } : { imports: [FRAMEWORK], dynamicImports: [WIDGET] }
  return [
    { file: `${A}app.A1.js`, code: filler(2000), imports: [`${C}theme.T1.js`, FRAMEWORK], modules: ['node_modules/vitepress/dist/client/app/index.js'] },
    { file: FRAMEWORK, code: filler(20_000), modules: ['node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js'] },
    {
      file: `${C}theme.T1.js`,
      code: filler(8000) + (options.themeExtra ?? ''),
      imports: [FRAMEWORK],
      dynamicImports: [`${C}VPLocalSearchBox.S1.js`],
      modules: ['node_modules/vitepress/dist/client/theme-default/index.js'],
    },
    { file: `${C}VPLocalSearchBox.S1.js`, code: filler(6000), imports: [FRAMEWORK], modules: ['node_modules/vitepress/dist/client/theme-default/components/VPLocalSearchBox.vue'] },
    ...pageChunks('index', '/', 3000, { imports: [FRAMEWORK] }),
    ...pageChunks('intro', '/intro', 2500, { imports: [FRAMEWORK] }),
    ...pageChunks('robot_index', '/robot/', 3000, robot),
    ...pageChunks('tools', '/tools', 2000, { imports: [FRAMEWORK], dynamicImports: [`${C}ToolBox.B1.js`] }),
    // The toolbox loads each tool when its tab opens: one lazy import per tool, about 8 KB each, B the heaviest.
    {
      file: `${C}ToolBox.B1.js`,
      code: filler(1000),
      imports: [FRAMEWORK],
      dynamicImports: [`${C}ToolA.X1.js`, `${C}ToolB.X2.js`, `${C}ToolC.X3.js`],
      modules: ['playground/widgets/toolbox/ToolBox.vue'],
    },
    { file: `${C}ToolA.X1.js`, code: filler(8000), imports: [`${C}common.X9.js`], modules: ['playground/widgets/ToolA.vue'] },
    { file: `${C}ToolB.X2.js`, code: filler(8500), imports: [`${C}common.X9.js`], dynamicImports: [`${C}ToolBPanel.X4.js`], modules: ['playground/widgets/ToolB.vue'] },
    { file: `${C}ToolBPanel.X4.js`, code: filler(4000), modules: ['playground/widgets/ToolBPanel.vue'] },
    { file: `${C}ToolC.X3.js`, code: filler(8000), modules: ['playground/widgets/ToolC.vue'] },
    { file: `${C}common.X9.js`, code: filler(1000), modules: ['playground/core/common.ts'] },
    {
      file: WIDGET,
      code: options.widgetCode ?? filler(4000),
      imports: [FRAMEWORK, `${C}hmac.C1.js`],
      modules: ['playground/widgets/RobotSigner.vue', ...(options.widgetModules ?? [])],
    },
    { file: `${C}hmac.C1.js`, code: filler(2500), modules: HMAC_SHA256 },
  ]
}

function recorded(chunk: Chunk): RecordedChunk {
  return {
    file: chunk.file,
    name: chunk.file.replace(/^.*\//, '').replace(/\.[\w-]+\.js$/, ''),
    entry: chunk.page !== undefined || chunk.file.includes('/app.'),
    page: chunk.page ?? null,
    imports: chunk.imports ?? [],
    dynamicImports: chunk.dynamicImports ?? [],
    css: [],
    modules: (chunk.modules ?? []).map((m) => (typeof m === 'string' ? { id: m, length: 100 } : m)),
  }
}

/** Build-relative file name → content, the bundle record included. */
export function vitepressLikeBuild(options: FixtureOptions = {}): Record<string, string> {
  const list = chunks(options)
  const record: BundleRecord = { version: 1, chunks: list.map(recorded), css: ['assets/style.css'] }
  return {
    'index.html': html('assets/index.md.X1.lean.js'),
    'intro.html': html('assets/intro.md.X1.lean.js', options.introLoadsWidget ? `<link rel="modulepreload" href="${BASE}${WIDGET}">` : ''),
    'robot/index.html': html('assets/robot_index.md.X1.lean.js', options.preloadWidget ? `<link rel="modulepreload" href="${BASE}${WIDGET}">` : ''),
    '404.html': html(null),
    'tools.html': html('assets/tools.md.X1.lean.js'),
    ...Object.fromEntries(list.map((c) => [c.file, c.code])),
    'assets/style.css': '.a{color:red}',
    [BUNDLE_RECORD_FILE]: JSON.stringify(record),
  }
}

/** The record inside a miniature build. */
export function recordOf(files: Record<string, string>): BundleRecord {
  return JSON.parse(files[BUNDLE_RECORD_FILE]!) as BundleRecord
}

export function writeBuild(dir: string, files: Record<string, string>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), content)
  }
  return dir
}
