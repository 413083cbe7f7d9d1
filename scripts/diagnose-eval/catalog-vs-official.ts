/**
 * Every catalog entry's code that DingTalk's own table lists, with both texts side by side, for review:
 * playground/logic/errors/testdata/catalog-vs-official.json keeps each pair with a reviewed verdict
 * ('agrees', 'narrower': the entry tells one case of DingTalk's meaning, 'observed': the meaning comes from
 * public threads). `npx tsx scripts/diagnose-eval/catalog-vs-official.ts --write` refreshes the texts and
 * keeps the verdicts; a pair whose texts changed gets 'to-review' again, and the test fails until it is read.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CATALOG_ENTRIES } from '../../playground/logic/errors/catalog-entries'
import { lookupOfficial } from '../../playground/logic/errors/official-table'
import { loadShardFromDisk } from '../cli/core/official-shards-node'

export interface Pair {
  entry: string
  code: string
  catalog: string
  official: string
  verdict: 'agrees' | 'narrower' | 'observed' | 'to-review' | 'contradicts'
}

export const FIXTURE = fileURLToPath(new URL('../../playground/logic/errors/testdata/catalog-vs-official.json', import.meta.url))

export async function currentPairs(): Promise<Omit<Pair, 'verdict'>[]> {
  const pairs: Omit<Pair, 'verdict'>[] = []
  for (const e of CATALOG_ENTRIES) {
    for (const code of e.codes) {
      const row = await lookupOfficial(code, '', loadShardFromDisk)
      if (!row || row.code.toLowerCase() !== String(code).toLowerCase()) continue
      pairs.push({ entry: e.id, code: String(code), catalog: `${e.title}｜${e.cause}`, official: `${row.message}｜${row.explanation}` })
    }
  }
  return pairs
}

export const readFixture = (): Pair[] => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Pair[]

if (process.argv.includes('--write')) {
  let old: Pair[] = []
  try {
    old = readFixture()
  } catch {
    old = []
  }
  const key = (p: { entry: string; code: string }) => `${p.entry} ${p.code}`
  const before = new Map(old.map((p) => [key(p), p]))
  const next = (await currentPairs()).map((p): Pair => {
    const was = before.get(key(p))
    const same = was && was.catalog === p.catalog && was.official === p.official
    return { ...p, verdict: same ? was.verdict : 'to-review' }
  })
  writeFileSync(FIXTURE, JSON.stringify(next, null, 2) + '\n')
  console.log(`${next.length} pairs, ${next.filter((p) => p.verdict === 'to-review').length} to review`)
}
