/**
 * A page's blocking time during load, counted the way Lighthouse counts TBT on its phone (CPU 4×
 * slower), but from the CPU time each task took on this machine (issue 24). Chromium's trace gives
 * every main-thread task its wall time and its thread time (`tdur`: time on the CPU, not time
 * waiting for it); on a shared two-core machine the wall time of the same page varies 3–5× from
 * load to load, the thread time much less. A task counts as 4 × its thread time, and what of
 * that exceeds 50 ms is summed, for the tasks from the first contentful paint until the page has
 * been quiet for a while. No network throttling: what a page adds on top of plain VitePress is
 * main-thread work. The browser test tests/e2e/load-cost.e2e.ts compares it with plain VitePress.
 */
import type { Browser } from 'playwright-core'

export interface LoadCost {
  /** Σ (4 × thread time − 50 ms) of the tasks after the first contentful paint, in ms. */
  blockingMs: number
  /** The longest such task, 4 × its thread time, in ms. */
  longestMs: number
  /** Elements in the page once loaded. */
  elements: number
}

/** Lighthouse's phone: a CPU four times slower than the machine it runs on. */
export const CPU_SLOWDOWN = 4
/** A phone's screen, as Lighthouse's mobile settings emulate it. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string; frame?: string; data?: { isMainFrame?: boolean } }
}

/** Blocking time of a trace's main-thread tasks after its first contentful paint. */
export function blockingFromTrace(events: TraceEvent[], slowdown = CPU_SLOWDOWN): { blockingMs: number; longestMs: number } {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint')
  if (!fcp) throw new Error('no first contentful paint in the trace')
  const main = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === fcp.pid && e.tid === fcp.tid && e.ts + (e.dur ?? 0) >= fcp.ts)
  const costs = main.map((e) => (slowdown * (e.tdur ?? e.dur ?? 0)) / 1000)
  return {
    blockingMs: Math.round(costs.reduce((sum, c) => sum + Math.max(0, c - 50), 0)),
    longestMs: Math.round(Math.max(0, ...costs)),
  }
}

/** Loads `url` in a fresh context, traces it until quiet (no task over 50 ms for `quietMs` after load), and measures it. */
export async function measureLoad(browser: Browser, url: string, { quietMs = 2000 } = {}): Promise<LoadCost> {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])))
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()))
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'loading', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] } } as never)
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(quietMs)
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length)
    await cdp.send('Tracing.end')
    await complete
    return { ...blockingFromTrace(events), elements }
  } finally {
    await context.close()
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
