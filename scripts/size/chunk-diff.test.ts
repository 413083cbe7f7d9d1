import { describe, expect, it } from 'vitest'
import { chunkMoves, formatMoves, type ChunkAccount, uniqueNames } from './chunk-diff'

const chunk = (name: string, bytes: number, modules: Record<string, number>, widget = false): ChunkAccount => ({ name, bytes, widget, modules })

describe('chunkMoves', () => {
  const before = {
    page: '/tools',
    chunks: [chunk('framework', 40_000, { 'vue.js': 100_000 }), chunk('ToolBox', 3_000, { 'ToolBox.vue': 9_000 }, true), chunk('index', 1_000, { 'a.ts': 2_000 }, true)],
  }

  it('names the new chunk and the grown one with their new and larger modules, and leaves the unchanged ones out', () => {
    const now = {
      page: '/tools',
      chunks: [
        chunk('framework', 40_010, { 'vue.js': 100_010 }),
        chunk('ToolBox', 3_400, { 'ToolBox.vue': 9_500, 'agent-check.ts': 800 }, true),
        chunk('AgentCheck', 2_000, { 'AgentCheck.vue': 5_000 }, true),
        chunk('index', 1_000, { 'a.ts': 2_000 }, true),
      ],
    }
    const moves = chunkMoves(now, before)
    expect(moves.map((m) => [m.name, m.before, m.now])).toEqual([
      ['AgentCheck', null, 2_000],
      ['ToolBox', 3_000, 3_400],
    ])
    expect(moves[1]!.modules).toEqual([
      { id: 'agent-check.ts', before: 0, now: 800 },
      { id: 'ToolBox.vue', before: 9_000, now: 9_500 },
    ])
    const text = formatMoves('/tools', 'the previous run', moves).join('\n')
    expect(text).toContain('widget chunk AgentCheck: new, 2.0 KB')
    expect(text).toContain('widget chunk ToolBox: 2.9 KB → 3.3 KB')
    expect(text).toContain('new agent-check.ts +800 B')
  })

  it('tells two chunks of one name apart by their largest module, so a re-split shows as what it is', () => {
    const named = uniqueNames([chunk('index', 1, { 'a.ts': 5, 'b.ts': 9 }), chunk('index', 1, { 'c.ts': 3 }), chunk('app', 1, {})])
    expect(named.map((c) => c.name)).toEqual(['index <b.ts>', 'index <c.ts>', 'app'])
  })

  it('says so when nothing grew', () => {
    expect(chunkMoves(before, before)).toEqual([])
    expect(formatMoves('/tools', 'plain VitePress', [])).toEqual(['  /tools: no chunk new or larger than in plain VitePress.'])
  })
})
