import { describe, expect, it } from 'vitest'
import { BUDGET } from './budget'
import { formatSizeTable } from './table'

const PLAIN = 62_000

describe('formatSizeTable', () => {
  const table = formatSizeTable(
    [
      { size: { page: '/', firstVisit: 62_500, withoutWidgets: 62_500, widgets: 0, heaviestVisit: 0, heaviestStep: 0, preloadedWidgets: 0 }, css: 25_600, widgetFiles: [], failed: false },
      {
        size: { page: '/robot/', firstVisit: 66_600, withoutWidgets: 62_504, widgets: 6_144, heaviestVisit: 5_120, heaviestStep: 4_096, preloadedWidgets: 4_096 },
        css: 25_600,
        widgetFiles: [
          { file: 'assets/chunks/RobotSigner.x1.js', bytes: 4_096, preloaded: true },
          { file: 'assets/chunks/hmac.y2.js', bytes: 2_048, preloaded: false },
          { file: 'assets/chunks/dingtalk-errcodes-00.Ab1-x.js', bytes: 7_168, preloaded: false },
          { file: 'assets/chunks/dingtalk-errcodes-01.Cd2_y.js', bytes: 6_144, preloaded: false },
        ],
        failed: false,
      },
      { size: { page: '/intro', firstVisit: 70_000, withoutWidgets: 70_000, widgets: 0, heaviestVisit: 0, heaviestStep: 0, preloadedWidgets: 0 }, css: 26_624, widgetFiles: [], failed: true },
    ],
    PLAIN,
    BUDGET,
    { files: [{ file: 'assets/chunks/VPLocalSearchBox.a.js', bytes: 10_240 }, { file: 'assets/chunks/@localSearchIndexroot.b.js', bytes: 14_336 }] },
    { site: 25_600, plain: 19_456 },
    [
      { name: 'framework', site: 47_104, plain: 45_056 },
      { name: 'extra', site: 1_024, plain: null },
      { name: 'app', site: 749, plain: 753 },
    ],
  )
  const lines = table.split('\n')

  it('states the reference and the budgets', () => {
    expect(lines[0]).toContain('60.5 KB')
    expect(lines[1]).toContain('plain + 2.5 KB')
    expect(lines[1]).toContain(`${(BUDGET.widgetsPerPage / 1024).toFixed(1)} KB per load`)
  })

  it('has one aligned row per page, with the difference to plain and the verdict', () => {
    const rows = lines.filter((l) => l.startsWith('| /'))
    expect(rows).toHaveLength(3)
    expect(new Set(lines.filter((l) => l.startsWith('|')).map((l) => l.length)).size).toBe(1)
    expect(rows[0]).toMatch(/\| \/ +\| +61\.0 KB \| +61\.0 KB \| +\+0\.5 KB \| +– \|/)
    expect(rows[1]).toMatch(/\+0\.5 KB \| +4\.0 KB \| +5\.0 KB \| +6\.0 KB \| +4\.0 KB \| ok/)
    expect(rows[2]).toMatch(/\+7\.8 KB .*\| OVER +\|/)
  })

  it("shows each page's render-blocking CSS and its difference to plain VitePress's", () => {
    expect(lines[3]).toMatch(/\| +CSS \| CSS vs plain \|$/)
    const rows = lines.filter((l) => l.startsWith('| /'))
    expect(rows[0]).toMatch(/\| ok +\| +25\.0 KB \| +\+6\.0 KB \|$/)
    expect(rows[2]).toMatch(/\| OVER +\| +26\.0 KB \| +\+7\.0 KB \|$/)
  })

  it('lists the widget chunks of each widget page', () => {
    expect(table).toContain('/robot/: RobotSigner.x1.js 4.0 KB (preloaded), hmac.y2.js 2.0 KB\n')
    expect(table).toContain("DingTalk's error-code table (one shard loaded per lookup, only when a diagnosis needs it), on /robot/: 2 shards, 13.0 KB in all, largest 7.0 KB.")
    expect(table).toContain('when needed (not in the numbers above): VPLocalSearchBox.a.js 10.0 KB, @localSearchIndexroot.b.js 14.0 KB.')
    expect(table).toContain('Shared by every page (a change here moves every row): framework 46.0 KB (plain 44.0 KB, +2.0 KB), extra 1.0 KB (not in plain VitePress), app 0.7 KB (plain 0.7 KB, ±0.0 KB).')
    expect(table).toMatch(/CSS a page loads before it paints .*: 25\.0 KB at most, plain VitePress 19\.0 KB; reported, no budget\./)
  })
})

describe('formatSizeTable with element counts', () => {
  const row = (page: string, elements: number) => ({
    size: { page, firstVisit: 62_000, withoutWidgets: 62_000, widgets: 0, heaviestVisit: 0, heaviestStep: 0, preloadedWidgets: 0 },
    css: 25_600,
    widgetFiles: [],
    failed: false,
    elements,
  })
  const table = formatSizeTable([row('/', 150), row('/app/dev-info', 644)], PLAIN, BUDGET, { files: [] }, { site: 25_600, plain: 19_456 }, [], 163)
  it("adds each page's element count as the last column, and plain VitePress's below", () => {
    const rows = table.split('\n').filter((l) => l.startsWith('| /'))
    expect(rows[1]).toMatch(/\| +644 \|$/)
    expect(table.split('\n').find((l) => l.startsWith('| page'))).toMatch(/\| elements \|$/)
    expect(table).toContain("plain VitePress's /guide: 163")
  })
})
