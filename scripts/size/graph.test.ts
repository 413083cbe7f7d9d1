import { describe, expect, it } from 'vitest'
import { findPageChunk, pageGraph, reachable } from './graph'
import { recordEdges } from './record'
import { recordOf, vitepressLikeBuild, type FixtureOptions } from './fixture'

const APP = ['assets/app.A1.js']
const SHARED = ['assets/chunks/theme.T1.js', 'assets/chunks/framework.F1.js']
const pageChunksOf = (name: string) => [`assets/${name}.md.X1.js`, `assets/${name}.md.X1.lean.js`]

function build(options: FixtureOptions = {}) {
  const files = vitepressLikeBuild(options)
  return { edges: recordEdges(recordOf(files)), sizeOf: (f: string) => files[f]!.length }
}

function robotPage(options: FixtureOptions = {}) {
  const modulepreloads = [...SHARED, 'assets/robot_index.md.X1.lean.js']
  if (options.preloadWidget) modulepreloads.push('assets/chunks/RobotSigner.W1.js')
  return pageGraph({ entries: APP, modulepreloads, pageChunks: pageChunksOf('robot_index') }, build(options).edges)
}

function toolsPage() {
  const { edges, sizeOf } = build()
  const input = { entries: APP, modulepreloads: [...SHARED, 'assets/tools.md.X1.lean.js'], pageChunks: pageChunksOf('tools') }
  return { graph: pageGraph(input, edges, sizeOf), sizeOf }
}

describe('reachable', () => {
  const { edges } = build()

  it('follows static imports only, unless asked to follow dynamic ones', () => {
    expect([...reachable(APP, edges)].sort()).toEqual([...APP, ...SHARED].sort())
    expect(reachable(APP, edges, { dynamic: true })).toContain('assets/chunks/VPLocalSearchBox.S1.js')
  })

  it('neither includes nor walks through stop files', () => {
    expect([...reachable(APP, edges, { stop: new Set(['assets/chunks/theme.T1.js']) })].sort()).toEqual(
      ['assets/app.A1.js', 'assets/chunks/framework.F1.js'].sort(),
    )
  })

  it('survives import cycles and files the record does not know', () => {
    const imports: Record<string, string[]> = { 'a.js': ['b.js', 'gone.js'], 'b.js': ['a.js'] }
    const cyclic = (f: string) => ({ static: imports[f] ?? [], dynamic: [] })
    expect([...reachable(['a.js'], cyclic)].sort()).toEqual(['a.js', 'b.js', 'gone.js'])
  })
})

describe('pageGraph', () => {
  it("takes the page's chunk that the HTML preloads as the first visit's", () => {
    expect(findPageChunk(['assets/x.md.H.js', 'assets/x.md.H.lean.js'], [...SHARED, 'assets/x.md.H.lean.js'])).toBe('assets/x.md.H.lean.js')
    expect(findPageChunk(['assets/x.md.H.js', 'assets/x.md.H.lean.js'], SHARED)).toBeNull()
    expect(findPageChunk([], SHARED)).toBeNull()
  })

  it('counts app, theme, framework and the lean page chunk as the first visit, and the lazy widget apart', () => {
    const graph = robotPage()
    expect(graph.pageChunk).toBe('assets/robot_index.md.X1.lean.js')
    expect([...graph.firstVisit].sort()).toEqual([...APP, ...SHARED, 'assets/robot_index.md.X1.lean.js'].sort())
    expect([...graph.widgets].sort()).toEqual(['assets/chunks/RobotSigner.W1.js', 'assets/chunks/hmac.C1.js'])
    // The search box is the theme's lazy chunk, not the page's widget.
    expect(graph.widgets).not.toContain('assets/chunks/VPLocalSearchBox.S1.js')
    expect(graph.staticallyLoaded).toContain('assets/robot_index.md.X1.js')
    expect(graph.staticallyLoaded).not.toContain('assets/chunks/RobotSigner.W1.js')
  })

  it('counts a preloaded widget chunk in the first visit and still as widget code', () => {
    const graph = robotPage({ preloadWidget: true })
    expect(graph.firstVisit).toContain('assets/chunks/RobotSigner.W1.js')
    expect(graph.widgets).toContain('assets/chunks/RobotSigner.W1.js')
    expect(graph.staticallyLoaded).not.toContain('assets/chunks/RobotSigner.W1.js')
  })

  it('sees a statically imported widget as part of the page, not as a lazy widget', () => {
    const graph = robotPage({ staticWidget: true })
    expect(graph.widgets.size).toBe(0)
    expect(graph.firstVisit).toContain('assets/chunks/RobotSigner.W1.js')
    expect(graph.staticallyLoaded).toContain('assets/chunks/hmac.C1.js')
  })

  it('takes the heaviest chain of on-demand parts as one visit, not all tabs at once', () => {
    const { graph, sizeOf } = toolsPage()
    expect([...graph.widgets].map((f) => f.replace(/^.*\//, '')).sort()).toEqual(
      ['ToolA.X1.js', 'ToolB.X2.js', 'ToolBPanel.X4.js', 'ToolBox.B1.js', 'ToolC.X3.js', 'common.X9.js'],
    )
    // Toolbox, then tab B with its shared helper, then B's panel: the heaviest single chain.
    expect([...graph.heaviestVisit].map((f) => f.replace(/^.*\//, '')).sort()).toEqual(
      ['ToolB.X2.js', 'ToolBPanel.X4.js', 'ToolBox.B1.js', 'common.X9.js'],
    )
  })

  it('takes the heaviest single load as the budgeted step: the toolbox or one tab on its own', () => {
    const { graph, sizeOf } = toolsPage()
    const step = [...graph.heaviestStep]
    expect(step.length).toBeGreaterThan(0)
    // One step is a subset of the heaviest visit, and never everything at once.
    for (const f of step) expect(graph.heaviestVisit).toContain(f)
    const bytes = (fs: Iterable<string>) => [...fs].reduce((n, f) => n + sizeOf(f), 0)
    expect(bytes(step)).toBeLessThan(bytes(graph.heaviestVisit))
    expect(bytes(step)).toBeGreaterThanOrEqual(sizeOf([...graph.heaviestVisit].find((f) => f.includes('ToolBPanel'))!))
  })
})
