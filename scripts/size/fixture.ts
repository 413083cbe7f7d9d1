/**
 * A miniature VitePress build for the size tests: the same file names, tags and import
 * shapes as a real `vitepress build` (minified, `__vite__mapDeps`, lean page chunks).
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

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
  /** Import the widget statically in the robot page instead of lazily. */
  staticWidget?: boolean
  /** Preload the widget chunk in the robot page's HTML, as VitePress does for a page's dynamic imports. */
  preloadWidget?: boolean
  /** Make the intro page also load the robot page's widget chunk. */
  introLoadsWidget?: boolean
}

/** Build-relative file name → content. Pages: `/` (home), `/intro`, `/robot/` (with a widget), `/tools` (tabs loaded on demand). */
export function vitepressLikeBuild(options: FixtureOptions = {}): Record<string, string> {
  const widget = 'assets/chunks/RobotSigner.W1.js'
  const robotChunk = options.staticWidget
    ? `import{o as n}from"./chunks/framework.F1.js";import{S as w}from"./chunks/RobotSigner.W1.js";const x=w;`
    : `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/chunks/RobotSigner.W1.js","assets/chunks/framework.F1.js"])))=>i.map(i=>d[i]);
import{_ as t,o as n,D as a}from"./chunks/framework.F1.js";const s=a(()=>t(()=>import("./chunks/RobotSigner.W1.js"),__vite__mapDeps([0,1])));`
  return {
    'index.html': html('assets/index.md.H1.lean.js'),
    'intro.html': html('assets/intro.md.I1.lean.js', options.introLoadsWidget ? `<link rel="modulepreload" href="${BASE}${widget}">` : ''),
    'robot/index.html': html('assets/robot_index.md.R1.lean.js', options.preloadWidget ? `<link rel="modulepreload" href="${BASE}${widget}">` : ''),
    '404.html': html(null),
    'tools.html': html('assets/tools.md.T1.lean.js'),
    'assets/tools.md.T1.lean.js': `import{o as n,D as a}from"./chunks/framework.F1.js";const s=a(()=>import("./chunks/ToolBox.B1.js"));`,
    'assets/tools.md.T1.js': `import{o as n,D as a}from"./chunks/framework.F1.js";const s=a(()=>import("./chunks/ToolBox.B1.js"));${filler(2000)}`,
    // The toolbox loads each tool when its tab opens: one lazy import per tool, each 8 KB.
    'assets/chunks/ToolBox.B1.js': `import{o as n}from"./framework.F1.js";const t=[()=>import("./ToolA.X1.js"),()=>import("./ToolB.X2.js"),()=>import("./ToolC.X3.js")];${filler(1000)}`,
    'assets/chunks/ToolA.X1.js': `import{c}from"./common.X9.js";${filler(8000)}`,
    'assets/chunks/ToolB.X2.js': `import{c}from"./common.X9.js";${filler(8000)}const p=()=>import("./ToolBPanel.X4.js");`,
    'assets/chunks/ToolBPanel.X4.js': filler(4000),
    'assets/chunks/ToolC.X3.js': filler(8000),
    'assets/chunks/common.X9.js': filler(1000),
    'assets/app.A1.js': `import{t as p}from"./chunks/theme.T1.js";import{R as s,a2 as i}from"./chunks/framework.F1.js";${filler(2000)}`,
    'assets/chunks/framework.F1.js': `${filler(20000)}export{a as D,b as _,c as o};`,
    'assets/chunks/theme.T1.js': `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/chunks/VPLocalSearchBox.S1.js","assets/chunks/framework.F1.js"])))=>i.map(i=>d[i]);
import{d as p,c as u}from"./framework.F1.js";const t=()=>m(()=>import("./VPLocalSearchBox.S1.js"),__vite__mapDeps([0,1]));${filler(8000)}${options.themeExtra ?? ''}export{t};`,
    'assets/chunks/VPLocalSearchBox.S1.js': `import{d as p}from"./framework.F1.js";${filler(6000)}export{p as default};`,
    'assets/index.md.H1.lean.js': `import{o as n}from"./chunks/framework.F1.js";${filler(300)}`,
    'assets/index.md.H1.js': `import{o as n}from"./chunks/framework.F1.js";${filler(3000)}`,
    // Page text may mention imports; only real chunk files count.
    'assets/intro.md.I1.lean.js': `import{o as n}from"./chunks/framework.F1.js";const c='import("./chunks/nothing.js") and import x from "./y.js"';`,
    'assets/intro.md.I1.js': `import{o as n}from"./chunks/framework.F1.js";${filler(2500)}`,
    'assets/robot_index.md.R1.lean.js': robotChunk + filler(300),
    'assets/robot_index.md.R1.js': robotChunk + filler(3000),
    [widget]: `import{o as n}from"./framework.F1.js";import{h as H}from"./hmac.C1.js";${options.widgetCode ?? filler(4000)}export{S};`,
    'assets/chunks/hmac.C1.js': `${filler(2500)}export{h};`,
    'assets/style.css': '.a{color:red}',
  }
}

export function writeBuild(dir: string, files: Record<string, string>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), content)
  }
  return dir
}
