/**
 * Where a page's blocking time goes (issue 24; findings in ARCHITECTURE.md → Measuring): loads one
 * page of a build (base /gt-faq/) in Chromium on a phone-sized screen with the CPU slowed down 4×,
 * records the performance trace, and prints each long task (over 50 ms) with its trace events
 * (layout, style, script evaluation, microtasks) and the CPU samples inside it by script and by function.
 *
 *   npx tsx scripts/profile-load.ts /tmp/site app/dev-info
 *   npx tsx scripts/profile-load.ts /tmp/plain guide plain
 *
 * A tool for looking, not a test: the browser test tests/e2e/load-cost.e2e.ts holds the line.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- trace events are loosely typed JSON */
import { launchChromium } from './lib/browser'
import { startStaticSite } from './lib/static-server'
const [dist, path = '', label = path || 'home'] = process.argv.slice(2)
if (!dist) throw new Error('usage: npx tsx scripts/profile-load.ts <built site> [page path] [label]')
const site = await startStaticSite(dist, '/gt-faq/')
const browser = await launchChromium()
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'zh-CN' })
const page = await ctx.newPage()
const cdp = await ctx.newCDPSession(page)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
const events: any[] = []
cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value))
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'loading', 'blink.user_timing'] } } as any)
await page.goto(site.url + path, { waitUntil: 'load' })
await page.waitForTimeout(5000)
const elements = await page.evaluate(() => document.querySelectorAll('*').length)
await cdp.send('Tracing.end')
await done
await browser.close(); await site.close()
// main thread: the renderer's CrRendererMain
const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
const mains = new Set(names.map((e) => `${e.pid}:${e.tid}`))
const onMain = (e: any) => mains.has(`${e.pid}:${e.tid}`)
const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && e.ph === 'X' && e.dur >= 50000).sort((a, b) => a.ts - b.ts)
// CPU samples
const nodes = new Map<number, any>(); const samples: { ts: number; node: number }[] = []
let t = 0
for (const e of events.filter((e) => e.name === 'ProfileChunk' || e.name === 'Profile').sort((a, b) => a.ts - b.ts)) {
  if (e.name === 'Profile') { t = e.args.data.startTime; continue }
  const d = e.args.data; const cp = d.cpuProfile ?? {}
  for (const n of cp.nodes ?? []) nodes.set(n.id, n)
  const ids = cp.samples ?? []; const deltas = d.timeDeltas ?? []
  ids.forEach((id: number, i: number) => { t += deltas[i] ?? 0; samples.push({ ts: t, node: id }) })
}
const parentOf = new Map<number, number>(); for (const n of nodes.values()) if (n.parent) parentOf.set(n.id, n.parent)
const short = (u: string) => (u || '').replace(/.*\//, '').replace(/\?.*/, '') || '(native)'
const nav = events.find((e) => e.name === 'navigationStart' && onMain(e))?.ts ?? tasks[0]?.ts ?? 0
let tbt = 0
console.log(`== ${label} ${path}: elements ${elements}, long tasks ${tasks.length}`)
for (const task of tasks) {
  tbt += Math.max(0, task.dur / 1000 - 50)
  const end = task.ts + task.dur
  const inner = events.filter((e) => onMain(e) && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e !== task)
  const byName = new Map<string, number>()
  for (const e of inner) {
    if (['Layout', 'UpdateLayoutTree', 'ParseHTML', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'Paint', 'PrePaint', 'ParseAuthorStyleSheet', 'v8.parseOnBackground', 'MajorGC', 'MinorGC', 'HitTest', 'IntersectionObserverController::computeIntersections', 'RunMicrotasks', 'v8.run'].includes(e.name)) {
      const k = e.name + (e.args?.data?.url ? ' ' + short(e.args.data.url) : '') + (e.args?.data?.functionName ? ' ' + e.args.data.functionName : '')
      byName.set(k, (byName.get(k) ?? 0) + e.dur / 1000)
    }
  }
  const byScript = new Map<string, number>(); const byFn = new Map<string, number>()
  const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= end)
  for (let i = 0; i < inTask.length; i++) {
    const s = inTask[i]!; const dt = ((inTask[i + 1]?.ts ?? end) - s.ts) / 1000
    const n = nodes.get(s.node); if (!n) continue
    const cf = n.callFrame; const k = short(cf.url) + (cf.url ? '' : ' ' + cf.functionName)
    byScript.set(k, (byScript.get(k) ?? 0) + dt)
    const f = `${short(cf.url)}:${cf.functionName || '(anon)'}:${cf.lineNumber}:${cf.columnNumber}`
    byFn.set(f, (byFn.get(f) ?? 0) + dt)
  }
  const top = (m: Map<string, number>, k = 8) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(' | ')
  console.log(`-- task at +${((task.ts - nav) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms`)
  console.log('   events: ' + top(byName, 10))
  console.log('   self by script: ' + top(byScript))
  console.log('   self by fn: ' + top(byFn, 6))
}
console.log(`   TBT proxy: ${tbt.toFixed(0)} ms`)
