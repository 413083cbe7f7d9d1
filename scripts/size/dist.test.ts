// The size check end to end on a miniature build on disk: each budget, and a change that breaks it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BUDGET, checkLibraries, checkPageSizes, checkWidgetsStayOnTheirPages, plainBaseline, type Violation } from './budget'
import { chunkName, measureBuild, pageNameOf } from './dist'
import { BASE, filler, vitepressLikeBuild, writeBuild, type FixtureOptions } from './fixture'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function measure(options: FixtureOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'size-test-'))
  dirs.push(dir)
  return measureBuild(writeBuild(dir, vitepressLikeBuild(options)), BASE)
}

/** The checks of `npm run size`, against the unchanged miniature build as "plain". */
function violations(options: FixtureOptions): Violation[] {
  const plain = plainBaseline(measure().pages.map((p) => p.size))
  const site = measure(options)
  const graphs = site.pages.map(({ page, graph }) => ({ page, graph }))
  return [
    ...checkPageSizes(site.pages.map((p) => p.size), plain, BUDGET),
    ...checkWidgetsStayOnTheirPages(graphs),
    ...checkLibraries(site.chunks, graphs),
  ]
}

describe('pageNameOf', () => {
  it('names pages the way their URLs end', () => {
    expect(['index.html', 'intro.html', 'app/index.html', 'app/dev-info.html', '404.html'].map(pageNameOf)).toEqual([
      '/',
      '/intro',
      '/app/',
      '/app/dev-info',
      '/404',
    ])
  })
})

describe('chunkName', () => {
  it('drops the folder and the hash', () => {
    expect(chunkName('assets/chunks/framework.UE6q-Kyd.js')).toBe('framework')
    expect(chunkName('assets/app.Dh22EVxX.js')).toBe('app')
    expect(chunkName('assets/chunks/@localSearchIndexroot.DCAdltIj.js')).toBe('@localSearchIndexroot')
  })
})

describe('measureBuild', () => {
  it('measures every page, home first, with the widget apart', () => {
    const build = measure()
    expect(build.pages.map((p) => p.page)).toEqual(['/', '/intro', '/robot/', '/tools', '/404'])
    const robot = build.pages.find((p) => p.page === '/robot/')!
    expect(robot.size.widgets).toBeGreaterThan(5000)
    expect(robot.size.preloadedWidgets).toBe(0)
    const home = build.pages.find((p) => p.page === '/')!
    expect(home.size.widgets).toBe(0)
    // Within a few hundred bytes: the same app, theme and framework, a different lean chunk.
    expect(Math.abs(home.size.firstVisit - robot.size.firstVisit)).toBeLessThan(600)
    expect(build.siteLazy).toEqual(new Set(['assets/chunks/VPLocalSearchBox.S1.js']))
    expect(build.css).toEqual(new Set(['assets/style.css']))
    expect(build.shared).toEqual(new Set(['assets/app.A1.js', 'assets/chunks/theme.T1.js', 'assets/chunks/framework.F1.js']))
  })

  it('finds the JavaScript of a real page on disk through gzip', () => {
    const home = measure().pages[0]!
    // app 2 KB + framework 20 KB + theme 8 KB + page, random Base64 gzips to about 75 %.
    expect(home.size.firstVisit).toBeGreaterThan(20_000)
    expect(home.size.firstVisit).toBeLessThan(30_000)
  })
})

describe('the budgets on a build', () => {
  it('hold for pages as VitePress builds them, with a lazy widget', () => {
    expect(violations({})).toEqual([])
    expect(violations({ preloadWidget: true })).toEqual([])
  })

  it('break when a widget is registered in the theme', () => {
    expect(violations({ themeExtra: filler(4000) }).map((v) => v.rule)).toContain('over-plain')
  })

  it('break when a page imports its widget statically', () => {
    expect(violations({ staticWidget: true }).map((v) => `${v.rule} ${v.page}`)).toContain('over-plain /robot/')
  })

  it('hold for a toolbox whose tabs together exceed 20 KB when one visit stays below', () => {
    const tools = measure().pages.find((p) => p.page === '/tools')!
    expect(tools.size.widgets).toBeGreaterThan(BUDGET.widgetsPerPage)
    expect(tools.size.heaviestVisit).toBeLessThan(BUDGET.widgetsPerPage)
    expect(violations({})).toEqual([])
  })

  it('break when widget code grows beyond 20 KB', () => {
    expect(violations({ widgetCode: filler(30_000) }).map((v) => v.rule)).toEqual(['widget-size'])
  })

  it("break when another page loads the robot page's widget", () => {
    expect(violations({ introLoadsWidget: true }).map((v) => `${v.rule} ${v.page}`)).toContain('widget-elsewhere /intro')
  })

  it('break when the widget bundles the whole crypto-js', () => {
    const found = violations({ widgetCode: 'a.AES=b.extend({});a.RC4=c;a.SHA3=d;a.MD5=e;' })
    expect(found.map((v) => v.rule)).toEqual(['crypto-js'])
  })

  it('break when dingtalk-jsapi is imported statically, not when lazily', () => {
    const dd = 'x.ENV_ENUM_SUB={};y="Weex.Unknown";'
    expect(violations({ widgetCode: dd })).toEqual([])
    expect(violations({ widgetCode: dd, staticWidget: true }).map((v) => v.rule)).toContain('dingtalk-jsapi')
  })
})
