/**
 * `npm run diagnose:eval`: the 错误诊断 on real answers it was not built from.
 * playground/logic/errors/testdata/real-answers-2.json to -14 hold answers people pasted in
 * public threads, each with its source; each is in the build half or the held-out half by a rule fixed before
 * any tuning (the last hex digit of sha1(source): even → build; the ninth set: every second answer in collection
 * order held out). The held-out half is only scored: this prints
 * its rate and count, per area and per kind of miss (no diagnosis, another entry, another code), never its misses
 * (`--misses` lists the build half's misses only).
 */
import { type RealCase, REAL_SETS, scoreRealAnswers } from './diagnose-eval/score'

const showMisses = process.argv.includes('--misses')
/**
 * Each set, then the unions of the sets before each later one (`the old 90 (sets 2–3)` …), then all; only a set
 * of its own lists its build misses (a union would list them twice). Sets are numbered from 2 (the first set,
 * real-answers.json, is the tests' own).
 */
const union = (upTo: number): RealCase[] => REAL_SETS.slice(0, upTo).flatMap(([, , cases]) => cases)
const sets: readonly (readonly [name: string, cases: readonly RealCase[], own: boolean])[] = [
  ...REAL_SETS.map(([ordinal, file, cases]) => [`${ordinal} set (${file})`, cases, true] as const),
  ...REAL_SETS.slice(2).map((_, i) => [`the old ${union(i + 2).length} (sets 2–${i + 3})`, union(i + 2), false] as const),
  ['all', union(REAL_SETS.length), false],
]
for (const [name, cases, own] of sets) {
  const result = await scoreRealAnswers([...cases])
  console.log(name)
  for (const set of ['build', 'heldout'] as const) {
    const s = result[set]
    console.log(`  ${set === 'build' ? 'build   ' : 'held out'}: ${s.right} of ${s.total} right (${(s.rate * 100).toFixed(1)} %)`)
  }
  if (name === 'all')
    for (const set of ['build', 'heldout'] as const)
      console.log(`  ${set === 'build' ? 'build   ' : 'held out'} by area: ${Object.entries(result[set].byArea).sort(([a], [b]) => a.localeCompare(b)).map(([area, s]) => `${area} ${s.right}/${s.total}`).join(', ')}`)
  if (name === 'all') console.log(`  held out misses by kind: ${Object.entries(result.heldout.missKinds).map(([kind, n]) => `${kind} ${n}`).join(', ')}`)
  if (showMisses && own) for (const m of result.build.misses) console.log(`    miss ${m}`)
}
