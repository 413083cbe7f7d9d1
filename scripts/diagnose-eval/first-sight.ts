/**
 * `npm run diagnose:first-sight`: each real set scored by the diagnosis as it stood just before that set was
 * collected (the parent of the commit that added the set's file), so every answer, build half and held-out
 * half alike, is one the rules had never been built from. `diagnose:eval` scores today's rules; its held-out
 * halves share their sources' kinds with build halves that later passes read, so it says how the rules do on
 * answers like the ones they were built from. This says how they did on the next set, as it came.
 *
 * Needs the git history (not a shallow clone). Each old diagnosis runs in a temporary worktree with this
 * checkout's node_modules; the worktrees are removed at the end. Held-out halves are only counted, as in
 * diagnose:eval.
 *
 * Also scores today's suggestions (related-entries.ts, copied into each old worktree) on the build answers the old
 * rules did not read: whether the entry labelled is among them, and first.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { REAL_SETS } from './score'

const root = resolve(import.meta.dirname, '../..')
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
const setPath = (file: string) => `playground/logic/errors/testdata/${file}.json`

/**
 * Runs inside the old worktree: the diagnosis of that commit on one set. The catalog's API has changed over
 * time (diagnoseWithOfficial(text, load) before the table came as an object; diagnose(text, table) since).
 */
const HARNESS = `
import { readFileSync, writeFileSync } from 'node:fs'
import { relatedEntries } from './related-entries'
const [setFile, out] = process.argv.slice(2)
const catalog = await import('../playground/logic/errors/catalog')
let shards
try { shards = await import('../scripts/cli/core/official-shards-node') } catch { shards = await import('../scripts/cli/official-shards-node') }
const read = catalog.diagnoseWithOfficial
  ? (text) => catalog.diagnoseWithOfficial(text, shards.loadShardFromDisk)
  : (text) => catalog.diagnose(text, shards.officialTableFromDisk)
const ids = new Set(catalog.ERROR_CATALOG.map((e) => e.id))
let texts = {}
try { texts = (await import('../playground/logic/errors/error-texts')).ERROR_TEXTS } catch { for (const e of catalog.ERROR_CATALOG) texts[e.id] = e }
const rows = []
for (const c of JSON.parse(readFileSync(setFile, 'utf8'))) {
  const d = await read(c.text)
  const codeOk = c.errcode === undefined || String(d.errcode).toLowerCase() === String(c.errcode).toLowerCase()
  const kind = !d.matched ? 'unmatched' : d.id !== c.id ? 'another entry' : codeOk ? null : 'another code'
  const related = c.set === 'build' && !d.matched ? relatedEntries(c.text.normalize('NFKC'), catalog.ERROR_CATALOG, texts) : []
  rows.push({ set: c.set, right: kind === null, kind, entryExisted: c.id.includes(':') || ids.has(c.id), suggested: related.findIndex((e) => e.id === c.id) })
}
writeFileSync(out, JSON.stringify(rows))
`

interface Row {
  set: 'build' | 'heldout'
  right: boolean
  kind: string | null
  entryExisted: boolean
  /** Where the labelled entry is among today's suggestions for a build answer the old rules did not read (-1: not). */
  suggested: number
}

const totals = { build: [0, 0], heldout: [0, 0] } as Record<'build' | 'heldout', [number, number]>
let newKinds = 0
const suggestions = { unread: 0, among: 0, first: 0 }
let misses = 0
for (const [ordinal, file] of REAL_SETS) {
  const added = git('log', '--diff-filter=A', '--format=%H', '--', setPath(file)).split('\n').pop()
  if (!added) throw new Error(`${setPath(file)}: no commit adds it (a shallow clone? this needs the history)`)
  const dir = mkdtempSync(join(tmpdir(), `first-sight-${file}-`))
  try {
    git('worktree', 'add', '--detach', '--force', dir, `${added}^`)
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    writeFileSync(join(dir, 'scripts', 'first-sight-harness.mts'), HARNESS)
    copyFileSync(join(root, 'playground/logic/errors/related-entries.ts'), join(dir, 'scripts', 'related-entries.ts'))
    const out = join(dir, 'rows.json')
    execFileSync('npx', ['tsx', 'scripts/first-sight-harness.mts', join(root, setPath(file)), out], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
    const rows = JSON.parse(readFileSync(out, 'utf8')) as Row[]
    const line = (['build', 'heldout'] as const).map((set) => {
      const of = rows.filter((r) => r.set === set)
      const right = of.filter((r) => r.right).length
      totals[set][0] += right
      totals[set][1] += of.length
      return `${set === 'build' ? 'build' : 'held out'} ${right}/${of.length}`
    })
    for (const r of rows.filter((r) => r.set === 'build' && r.kind === 'unmatched' && r.entryExisted)) {
      suggestions.unread++
      if (r.suggested >= 0) suggestions.among++
      if (r.suggested === 0) suggestions.first++
    }
    const missed = rows.filter((r) => !r.right)
    misses += missed.length
    newKinds += missed.filter((r) => !r.entryExisted).length
    console.log(`${ordinal} set (${file}), read by ${added.slice(0, 7)}^: ${line.join(', ')}; of its ${missed.length} misses, ${missed.filter((r) => !r.entryExisted).length} name an entry that did not exist yet`)
  } finally {
    git('worktree', 'remove', '--force', dir)
    rmSync(dir, { recursive: true, force: true })
  }
}
const pct = ([right, total]: [number, number]) => `${right}/${total} (${((right / Math.max(1, total)) * 100).toFixed(1)} %)`
console.log(`all sets at first sight: build ${pct(totals.build)}, held out ${pct(totals.heldout)}, together ${pct([totals.build[0] + totals.heldout[0], totals.build[1] + totals.heldout[1]])}`)
console.log(`of the ${misses} misses, ${newKinds} name an entry the catalog did not have yet (a new kind of failure)`)
console.log(`today's suggestions (related-entries.ts) for the ${suggestions.unread} build answers the old rules did not read and whose entry existed: the entry among them ${suggestions.among} times, first ${suggestions.first} times`)
