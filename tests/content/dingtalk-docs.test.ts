import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docAddresses, knownDocs, parseKnownDocs, unknownDocAddresses, wrongDates } from './dingtalk-docs'

const known = knownDocs()
const docsDir = new URL('../../docs/', import.meta.url).pathname

function markdownPages(dir = docsDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'public' ? [] : markdownPages(join(dir, e.name))) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  )
}
/** Prose only: DingTalk's own answers quoted in code (an errmsg naming a page) are data, not our links. */
const prose = (md: string) => md.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ')
const rel = (file: string) => file.slice(docsDir.length)

describe('the list of known DingTalk documents', () => {
  it('holds the snapshot: thousands of pages, each with a date', () => {
    expect(known.size).toBeGreaterThan(3000)
    expect(known.get('dingstart/custom-bot-creation-and-installation')).toBe('2026-07-22')
    expect([...known.values()].every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true)
  })

  it('finds addresses in text and tells known from unknown ones', () => {
    const text = '见 https://open.dingtalk.com/document/dingstart/basic-concepts-beta。另见 https://open.dingtalk.com/document/orgapp/made-up-page#x 和 https://open.dingtalk.com/document/'
    expect(docAddresses(text)).toEqual(['dingstart/basic-concepts-beta', 'orgapp/made-up-page'])
    expect(unknownDocAddresses(text, known)).toEqual(['orgapp/made-up-page'])
  })

  it('catches a date written next to a link that is not the page date', () => {
    const md = '[基础概念](https://open.dingtalk.com/document/dingstart/basic-concepts-beta)（钉钉开放平台，2026-01-01）'
    expect(wrongDates(md, known)).toEqual(['dingstart/basic-concepts-beta: 2026-01-01 ≠ 2026-07-22'])
    expect(wrongDates(md.replace('2026-01-01', '2026-07-22'), known)).toEqual([])
  })

  // The snapshot sits in shared/ beside the checkout on the team's machines.
  const snapshot = new URL('../../../shared/dingtalk-docs/meta/documents.jsonl', import.meta.url)
  it.runIf(existsSync(snapshot))('agrees with the snapshot it was taken from', () => {
    const fromSnapshot = new Map<string, string>()
    for (const line of readFileSync(snapshot, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const doc = JSON.parse(line) as { source_url: string; updated_at: string }
      fromSnapshot.set(doc.source_url.replace('https://open.dingtalk.com/document/', ''), doc.updated_at.slice(0, 10))
    }
    expect(known.size).toBe(fromSnapshot.size)
    expect([...known].filter(([path, date]) => fromSnapshot.get(path) !== date)).toEqual([])
  })

  it('parses comments and blank lines away', () => {
    expect([...parseKnownDocs('# note\n\na/b\t2026-01-02\n')]).toEqual([['a/b', '2026-01-02']])
  })
})

describe('DingTalk links in the pages', () => {
  const pages = markdownPages()

  it('link only to documents the snapshot knows', () => {
    const unknown = pages.flatMap((file) => unknownDocAddresses(prose(readFileSync(file, 'utf8')), known).map((p) => `${rel(file)}: ${p}`))
    expect(unknown).toEqual([])
  })

  it('give each linked page its own update date', () => {
    expect(pages.flatMap((file) => wrongDates(readFileSync(file, 'utf8'), known).map((w) => `${rel(file)}: ${w}`))).toEqual([])
  })

  it('end every guide page with a 资料来源 list that cites DingTalk', () => {
    const guide = pages.filter((f) => /^(intro|app\/|robot\/)/.test(rel(f)))
    expect(guide.length).toBeGreaterThanOrEqual(11)
    const without = guide.filter((f) => {
      const md = readFileSync(f, 'utf8')
      const at = md.indexOf('\n## 资料来源')
      return at < 0 || docAddresses(md.slice(at)).length === 0
    })
    expect(without.map(rel)).toEqual([])
  })
})

describe('links the widgets and the command line show', () => {
  // A diagnosis links DingTalk's page for its entry: it must be a page the snapshot knows.
  it('every curated error entry links a known document', async () => {
    const { ERROR_CATALOG } = await import('../../playground/logic/errors/catalog')
    const unknown = ERROR_CATALOG.flatMap((e) => (e.docUrl ? unknownDocAddresses(e.docUrl, known).map((a) => `${e.id}: ${a}`) : []))
    expect(ERROR_CATALOG.filter((e) => e.docUrl).length).toBeGreaterThan(10)
    expect(unknown).toEqual([])
  })
})
