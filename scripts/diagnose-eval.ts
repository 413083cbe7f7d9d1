/**
 * `npm run diagnose:eval`: the 错误诊断 on real answers it was not built from.
 * playground/logic/errors/testdata/real-answers-2.json to -12 hold answers people pasted in
 * public threads, each with its source; each is in the build half or the held-out half by a rule fixed before
 * any tuning (the last hex digit of sha1(source): even → build; the ninth set: every second answer in collection
 * order held out). The held-out half is only scored: this prints
 * its rate and count, per area and per kind of miss (no diagnosis, another entry, another code), never its misses
 * (`--misses` lists the build half's misses only).
 */
import { type RealCase, REAL_ANSWERS_2, REAL_ANSWERS_3, REAL_ANSWERS_4, REAL_ANSWERS_5, REAL_ANSWERS_6, REAL_ANSWERS_7, REAL_ANSWERS_8, REAL_ANSWERS_9, REAL_ANSWERS_10, REAL_ANSWERS_11, REAL_ANSWERS_12, scoreRealAnswers } from './diagnose-eval/score'

const showMisses = process.argv.includes('--misses')
/** Each set, then the unions; only a set of its own lists its build misses (a union would list them twice). */
const sets: readonly (readonly [name: string, cases: readonly RealCase[], own: boolean])[] = [
  ['second set (real-answers-2)', REAL_ANSWERS_2, true],
  ['third set (real-answers-3)', REAL_ANSWERS_3, true],
  ['fourth set (real-answers-4)', REAL_ANSWERS_4, true],
  ['fifth set (real-answers-5)', REAL_ANSWERS_5, true],
  ['sixth set (real-answers-6)', REAL_ANSWERS_6, true],
  ['seventh set (real-answers-7)', REAL_ANSWERS_7, true],
  ['eighth set (real-answers-8)', REAL_ANSWERS_8, true],
  ['ninth set (real-answers-9)', REAL_ANSWERS_9, true],
  ['tenth set (real-answers-10)', REAL_ANSWERS_10, true],
  ['eleventh set (real-answers-11)', REAL_ANSWERS_11, true],
  ['twelfth set (real-answers-12)', REAL_ANSWERS_12, true],
  ['second and third (the old 90)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3], false],
  ['the old 106 (sets 2–4)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4], false],
  ['the old 114 (sets 2–5)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4, ...REAL_ANSWERS_5], false],
  ['the old 138 (sets 2–6)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4, ...REAL_ANSWERS_5, ...REAL_ANSWERS_6], false],
  ['the old 149 (sets 2–7)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4, ...REAL_ANSWERS_5, ...REAL_ANSWERS_6, ...REAL_ANSWERS_7], false],
  ['the old 168 (sets 2–8)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4, ...REAL_ANSWERS_5, ...REAL_ANSWERS_6, ...REAL_ANSWERS_7, ...REAL_ANSWERS_8], false],
  ['the old 178 (sets 2–9)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4, ...REAL_ANSWERS_5, ...REAL_ANSWERS_6, ...REAL_ANSWERS_7, ...REAL_ANSWERS_8, ...REAL_ANSWERS_9], false],
  ['the old 205 (sets 2–10)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4, ...REAL_ANSWERS_5, ...REAL_ANSWERS_6, ...REAL_ANSWERS_7, ...REAL_ANSWERS_8, ...REAL_ANSWERS_9, ...REAL_ANSWERS_10], false],
  ['the old 212 (sets 2–11)', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4, ...REAL_ANSWERS_5, ...REAL_ANSWERS_6, ...REAL_ANSWERS_7, ...REAL_ANSWERS_8, ...REAL_ANSWERS_9, ...REAL_ANSWERS_10, ...REAL_ANSWERS_11], false],
  ['all', [...REAL_ANSWERS_2, ...REAL_ANSWERS_3, ...REAL_ANSWERS_4, ...REAL_ANSWERS_5, ...REAL_ANSWERS_6, ...REAL_ANSWERS_7, ...REAL_ANSWERS_8, ...REAL_ANSWERS_9, ...REAL_ANSWERS_10, ...REAL_ANSWERS_11, ...REAL_ANSWERS_12], false],
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
