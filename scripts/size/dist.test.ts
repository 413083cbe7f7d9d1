// The size check end to end on a miniature build on disk: each budget, and a change that breaks it.
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { BUDGET, checkLibraries, checkPageSizes, checkWidgetsStayOnTheirPages, plainBaseline, type Violation } from './budget'
import { BUNDLE_RECORD_FILE } from '../../.vitepress/config/bundle-record'
import { chunkMoves } from './chunk-diff'
import { measureBuild, pageAccount, pageNameOf } from './dist'
import { BASE, filler, recordOf, vitepressLikeBuild, writeBuild, type FixtureOptions } from './fixture'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function written(options: FixtureOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'size-test-'))
  dirs.push(dir)
  return writeBuild(dir, vitepressLikeBuild(options))
}

function measure(options: FixtureOptions = {}) {
  return measureBuild(written(options), BASE)
}

/** The checks of `npm run size`, against the unchanged miniature build as "plain". */
function violations(options: FixtureOptions): Violation[] {
  const plain = plainBaseline(measure().pages.map((p) => p.size))
  const site = measure(options)
  const graphs = site.pages.map(({ page, graph }) => ({ page, graph }))
  return [
    ...checkPageSizes(site.pages.map((p) => p.size), plain, BUDGET),
    ...checkWidgetsStayOnTheirPages(graphs, site.modulesOf),
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
    expect(home.css).toBe(gzipSync('.a{color:red}').length)
    expect(build.nameOf('assets/chunks/framework.F1.js')).toBe('framework')
    expect(build.modulesOf('assets/chunks/hmac.C1.js')).toContain('node_modules/crypto-js/hmac.js')
    expect(build.shared).toEqual(new Set(['assets/app.A1.js', 'assets/chunks/theme.T1.js', 'assets/chunks/framework.F1.js']))
  })

  it('refuses a build without its record, with the record of another build, or with pages the record has and the build lacks', () => {
    const dir = written()
    unlinkSync(join(dir, BUNDLE_RECORD_FILE))
    expect(() => measureBuild(dir, BASE)).toThrow(/bundle-record/)
    const stale = written()
    const record = recordOf(vitepressLikeBuild())
    const framework = record.chunks.find((c) => c.name === 'framework')!
    framework.file = 'assets/chunks/framework.OLD.js'
    writeFileSync(join(stale, BUNDLE_RECORD_FILE), JSON.stringify(record))
    expect(() => measureBuild(stale, BASE)).toThrow(/another build/)
    const unrendered = written()
    unlinkSync(join(unrendered, 'intro.html'))
    expect(() => measureBuild(unrendered, BASE)).toThrow(/pages without HTML \(\/intro\)/)
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

  it('hold for a toolbox whose tabs together exceed the ceiling when one visit stays below', () => {
    // The fixture's tabs weigh about 23 KB in all: a 20 KB ceiling is one they exceed together.
    const ceiling = { ...BUDGET, widgetsPerPage: 20 * 1024 }
    const tools = measure().pages.find((p) => p.page === '/tools')!
    expect(tools.size.widgets).toBeGreaterThan(ceiling.widgetsPerPage)
    expect(tools.size.heaviestVisit).toBeLessThan(ceiling.widgetsPerPage)
    const plain = plainBaseline(measure().pages.map((p) => p.size))
    expect(checkPageSizes([tools.size], plain, ceiling)).toEqual([])
  })

  it('say what moved: the grown chunk, against the unchanged build, and nothing else', () => {
    const page = (build: ReturnType<typeof measure>) => pageAccount(build, build.pages.find((p) => p.page === '/robot/')!)
    const before = measure()
    const after = measure({ widgetCode: filler(30_000) })
    const moves = chunkMoves(page(after), page(before))
    expect(moves.map((m) => [m.name, m.widget])).toEqual([['RobotSigner', true]])
    expect(moves[0]!.now).toBeGreaterThan(moves[0]!.before! + 1000)
    expect(chunkMoves(page(before), page(before))).toEqual([])
  })

  it('break when widget code grows beyond the ceiling', () => {
    expect(violations({ widgetCode: filler(30_000) }).map((v) => v.rule)).toEqual(['widget-size'])
  })

  it("break when another page loads the robot page's widget", () => {
    expect(violations({ introLoadsWidget: true }).map((v) => `${v.rule} ${v.page}`)).toContain('widget-elsewhere /intro')
  })

  it('break when the widget bundles the whole crypto-js, not when crypto-js code was tree-shaken away', () => {
    const whole = ['index', 'aes', 'rc4', 'sha3', 'md5'].map((m) => ({ id: `node_modules/crypto-js/${m}.js`, length: 500 }))
    const found = violations({ widgetModules: whole })
    expect(found.map((v) => v.rule)).toEqual(['crypto-js'])
    expect(found[0]!.message).toContain('RobotSigner.W1.js holds the whole crypto-js')
    expect(violations({ widgetModules: whole.map((m) => ({ ...m, length: 0 })) })).toEqual([])
  })

  it('break when dingtalk-jsapi is imported statically, not when lazily', () => {
    const dd = [{ id: '\0node_modules/dingtalk-jsapi/lib/env.js?commonjs-exports', length: 15 }, { id: 'node_modules/dingtalk-jsapi/lib/env.js', length: 3280 }]
    expect(violations({ widgetModules: dd })).toEqual([])
    expect(violations({ widgetModules: dd, staticWidget: true }).map((v) => v.rule)).toContain('dingtalk-jsapi')
  })
})
