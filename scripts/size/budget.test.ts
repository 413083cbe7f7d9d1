import { describe, expect, it } from 'vitest'
import {
  checkStylesheetsLinked,
  BUDGET,
  checkLibraries,
  checkPageSizes,
  formatHeadroom,
  headroom,
  LIMITS,
  checkWidgetsStayOnTheirPages,
  pageSize,
  plainBaseline,
  type PageSize,
} from './budget'
import type { PageGraph } from './graph'

const PLAIN = 60_000

function size(
  page: string,
  withoutWidgets: number,
  widgets = 0,
  preloadedWidgets = 0,
  heaviestVisit = widgets,
  heaviestStep = heaviestVisit,
): PageSize {
  return { page, firstVisit: withoutWidgets + preloadedWidgets, withoutWidgets, widgets, heaviestVisit, heaviestStep, preloadedWidgets }
}

function graph(firstVisit: string[], widgets: string[] = [], staticallyLoaded = firstVisit, heaviestVisit = widgets): PageGraph {
  return {
    pageChunk: null,
    firstVisit: new Set(firstVisit),
    widgets: new Set(widgets),
    heaviestVisit: new Set(heaviestVisit),
    heaviestStep: new Set(heaviestVisit),
    staticallyLoaded: new Set(staticallyLoaded),
  }
}

describe('pageSize', () => {
  it('takes preloaded widget chunks out of the page cost but keeps them in the first visit', () => {
    const sizes: Record<string, number> = { 'app.js': 50_000, 'page.js': 500, 'widget.js': 4_000, 'hmac.js': 1_500 }
    const s = pageSize('/robot/', graph(['app.js', 'page.js', 'widget.js'], ['widget.js', 'hmac.js'], undefined, ['widget.js']), (f) => sizes[f]!)
    expect(s).toEqual({ page: '/robot/', firstVisit: 54_500, withoutWidgets: 50_500, widgets: 5_500, heaviestVisit: 4_000, heaviestStep: 4_000, preloadedWidgets: 4_000 })
  })
})

describe('plainBaseline', () => {
  it('is the heaviest page of the reference', () => {
    expect(plainBaseline([size('/', 100), size('/guide', 120), size('/404', 90)])).toBe(120)
    expect(() => plainBaseline([])).toThrow()
  })
})

describe('checkPageSizes', () => {
  it('lets a page be up to 2.5 KB above plain VitePress', () => {
    expect(checkPageSizes([size('/', PLAIN + BUDGET.overPlain)], PLAIN)).toEqual([])
  })

  it('fails a page one byte over, e.g. a widget registered in the theme', () => {
    const found = checkPageSizes([size('/intro', PLAIN + BUDGET.overPlain + 1)], PLAIN)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule: 'over-plain', page: '/intro' })
    expect(found[0]!.message).toContain('above plain VitePress')
  })

  it("allows the ceiling's widget code per visit and not a byte more", () => {
    expect(checkPageSizes([size('/robot/', PLAIN, BUDGET.widgetsPerPage, BUDGET.widgetsPerPage)], PLAIN)).toEqual([])
    const found = checkPageSizes([size('/robot/', PLAIN, BUDGET.widgetsPerPage + 1)], PLAIN)
    expect(found.map((v) => v.rule)).toEqual(['widget-size'])
  })

  it('lets a toolbox hold more in all when one visit stays within the ceiling', () => {
    expect(checkPageSizes([size('/tools', PLAIN, 60_000, 2_000, BUDGET.widgetsPerPage - 1_000)], PLAIN)).toEqual([])
    expect(checkPageSizes([size('/tools', PLAIN, 60_000, 2_000, BUDGET.widgetsPerPage + 1_000)], PLAIN).map((v) => v.rule)).toEqual(['widget-size'])
  })

  it('budgets each load, not the sum of parts the reader opens one after another', () => {
    // The page loads 18 KB for its widget; a panel opened later adds 9 KB: 27 KB in one visit.
    expect(checkPageSizes([size('/robot/messages', PLAIN, 27_000, 18_000, 27_000, 18_000)], PLAIN)).toEqual([])
    const found = checkPageSizes([size('/robot/messages', PLAIN, 27_000, 18_000, 27_000, BUDGET.widgetsPerPage + 1)], PLAIN)
    expect(found.map((v) => v.rule)).toEqual(['widget-size'])
    expect(found[0]!.message).toContain('in one visit')
  })
})

describe('checkWidgetsStayOnTheirPages', () => {
  // What the bundler put in each chunk.
  const modules: Record<string, string[]> = {
    'app.js': ['node_modules/vitepress/dist/client/app/index.js'],
    'robot.js': ['docs/robot/index.md'],
    'tools.js': ['docs/tools.md'],
    'intro.js': ['docs/intro.md'],
    'signer.js': ['\0commonjsHelpers.js', 'playground/widgets/RobotSigner.vue'],
    'diagnosis.js': ['playground/widgets/ErrorDiagnosis.vue'],
    'core.js': ['playground/core/text.ts'],
    // A page chunk that the bundler gave the signer's module (imported statically by the page).
    'intro-with-signer.js': ['docs/intro.md', '\0commonjsHelpers.js', 'playground/widgets/RobotSigner.vue'],
  }
  const modulesOf = (f: string) => modules[f] ?? []

  it('accepts widget code shared by the pages that import it', () => {
    const pages = [
      { page: '/robot/', graph: graph(['app.js', 'robot.js'], ['signer.js', 'core.js']) },
      { page: '/tools', graph: graph(['app.js', 'tools.js'], ['diagnosis.js', 'core.js']) },
    ]
    expect(checkWidgetsStayOnTheirPages(pages, modulesOf)).toEqual([])
  })

  it('accepts a page that preloads its own widget code', () => {
    const pages = [{ page: '/robot/', graph: graph(['app.js', 'robot.js', 'signer.js'], ['signer.js', 'core.js']) }]
    expect(checkWidgetsStayOnTheirPages(pages, modulesOf)).toEqual([])
  })

  it("fails a page whose first visit loads another page's widget chunk", () => {
    const pages = [
      { page: '/robot/', graph: graph(['app.js', 'robot.js'], ['signer.js']) },
      { page: '/intro', graph: graph(['app.js', 'intro.js', 'signer.js']) },
    ]
    const found = checkWidgetsStayOnTheirPages(pages, modulesOf)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule: 'widget-elsewhere', page: '/intro' })
    expect(found[0]!.message).toContain('signer.js')
    expect(found[0]!.message).toContain('playground/widgets/RobotSigner.vue')
  })

  it("fails a page whose own chunk holds another page's widget module", () => {
    const pages = [
      { page: '/robot/', graph: graph(['app.js', 'robot.js'], ['signer.js']) },
      { page: '/intro', graph: graph(['app.js', 'intro-with-signer.js']) },
    ]
    expect(checkWidgetsStayOnTheirPages(pages, modulesOf)).toEqual([
      expect.objectContaining({ rule: 'widget-elsewhere', page: '/intro', message: expect.stringContaining('widget code of /robot/') }),
    ])
    // Source files named first; Rollup's helper modules after them, without their '\0'.
    expect(checkWidgetsStayOnTheirPages(pages, modulesOf)[0]!.message).toContain('(playground/widgets/RobotSigner.vue, commonjsHelpers.js)')
  })
})

describe('checkLibraries', () => {
  const pages = [{ page: '/robot/', graph: graph(['app.js', 'robot.js'], ['signer.js', 'dd.js'], ['app.js', 'robot.js']) }]

  it('accepts HMAC-SHA256 + Base64 only, and dingtalk-jsapi behind a dynamic import', () => {
    const chunks = [
      { file: 'signer.js', cryptoJsExtras: [], dingtalkJsapi: false },
      { file: 'dd.js', cryptoJsExtras: [], dingtalkJsapi: true },
    ]
    expect(checkLibraries(chunks, pages)).toEqual([])
  })

  it('fails a chunk with the whole crypto-js, wherever it is', () => {
    const all = ['aes', 'tripledes', 'rc4', 'rabbit', 'blowfish', 'sha3', 'sha512', 'sha1', 'md5', 'ripemd160', 'pbkdf2']
    const found = checkLibraries([{ file: 'signer.js', cryptoJsExtras: all, dingtalkJsapi: false }], pages)
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toContain('the whole crypto-js')
  })

  it("calls crypto-js's own entry (index.js, which pulls in every module) the whole crypto-js", () => {
    expect(checkLibraries([{ file: 'signer.js', cryptoJsExtras: ['index'], dingtalkJsapi: false }], pages)[0]!.message).toContain('the whole crypto-js')
  })

  it('fails a chunk with a single extra crypto-js module too', () => {
    expect(checkLibraries([{ file: 'signer.js', cryptoJsExtras: ['md5'], dingtalkJsapi: false }], pages)[0]!.rule).toBe('crypto-js')
  })

  it('fails dingtalk-jsapi that a page loads without a dynamic import', () => {
    const found = checkLibraries([{ file: 'robot.js', cryptoJsExtras: [], dingtalkJsapi: true }], pages)
    expect(found).toEqual([expect.objectContaining({ rule: 'dingtalk-jsapi', page: '/robot/' })])
  })
})

describe('search index (issues 10, 22)', () => {
  it('fails a build without one; does not cap its size (the browser test holds the wait)', async () => {
    const { checkSearchIndex } = await import('./budget')
    expect(checkSearchIndex([])[0]?.rule).toBe('search-index')
    expect(checkSearchIndex([{ file: '@localSearchIndexroot', bytes: 59 * 1024 }])).toEqual([])
    expect(checkSearchIndex([{ file: '@localSearchIndexroot', bytes: 90 * 1024 }])).toEqual([])
  })

  it('reports the size and the bytes per page', async () => {
    const { searchIndexReport } = await import('./budget')
    expect(searchIndexReport([{ file: '@localSearchIndexroot', bytes: 61_440 }], 24)).toEqual([
      'Search index (@localSearchIndexroot, what a first search downloads): 60.0 KB gzip for 24 pages, 2.50 KB per page (not capped: the first search\'s wait is tested in the browser).',
    ])
    expect(searchIndexReport([{ file: 'x', bytes: 1024 }], 0)[0]).toContain('1.00 KB per page')
  })
})

describe('checkStylesheetsLinked', () => {
  it('passes when every needed stylesheet is linked', () =>
    expect(checkStylesheetsLinked([{ page: '/a', needed: ['t.css'], linked: ['t.css', 'w.css'] }])).toEqual([]))
  it('names the page and the stylesheet nothing would load', () => {
    const [v] = checkStylesheetsLinked([{ page: '/cli', needed: ['t.css', 'cli.css'], linked: ['t.css'] }])
    expect(v).toMatchObject({ rule: 'css-unlinked', page: '/cli' })
    expect(v!.message).toContain('cli.css')
  })
})

describe('targets and ceilings', () => {
  it('fails at the ceiling only, and reports the headroom to the target', () => {
    expect(LIMITS.overPlain.target).toBeLessThan(LIMITS.overPlain.ceiling)
    expect(LIMITS.widgetsPerPage.target).toBeLessThan(LIMITS.widgetsPerPage.ceiling)
    expect(BUDGET).toEqual({ overPlain: LIMITS.overPlain.ceiling, widgetsPerPage: LIMITS.widgetsPerPage.ceiling })
    const between = size('/tools', PLAIN + LIMITS.overPlain.target + 100, 5_000, 0, 5_000, LIMITS.widgetsPerPage.target - 1_000)
    expect(checkPageSizes([between], PLAIN)).toEqual([])
    const rows = headroom([between, size('/intro', PLAIN + 1_000)], PLAIN)
    expect(rows).toEqual([
      { page: '/tools', budget: 'overPlain', measured: LIMITS.overPlain.target + 100, toTarget: -100, toCeiling: LIMITS.overPlain.ceiling - LIMITS.overPlain.target - 100 },
      { page: '/tools', budget: 'widgetsPerPage', measured: LIMITS.widgetsPerPage.target - 1_000, toTarget: 1_000, toCeiling: LIMITS.widgetsPerPage.ceiling - LIMITS.widgetsPerPage.target + 1_000 },
      { page: '/intro', budget: 'overPlain', measured: 1_000, toTarget: LIMITS.overPlain.target - 1_000, toCeiling: LIMITS.overPlain.ceiling - 1_000 },
    ])
    const table = formatHeadroom(rows)
    expect(table).toContain('| /tools | without widgets, above plain | 2.1 KB | 2.0 KB / 2.5 KB | −0.1 KB (over target) | 0.4 KB |')
    expect(table.split('\n')).toHaveLength(2 + rows.length)
  })
})
