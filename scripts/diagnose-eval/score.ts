/** Scores the diagnosis on the real sets: right = matched, the expected entry (so its title) and errcode. */
import { diagnose } from '../../playground/logic/errors/catalog'
import real from '../../playground/logic/errors/testdata/real-answers-2.json'
import real3 from '../../playground/logic/errors/testdata/real-answers-3.json'
import real4 from '../../playground/logic/errors/testdata/real-answers-4.json'
import real5 from '../../playground/logic/errors/testdata/real-answers-5.json'
import real6 from '../../playground/logic/errors/testdata/real-answers-6.json'
import real7 from '../../playground/logic/errors/testdata/real-answers-7.json'
import real8 from '../../playground/logic/errors/testdata/real-answers-8.json'
import real9 from '../../playground/logic/errors/testdata/real-answers-9.json'
import real10 from '../../playground/logic/errors/testdata/real-answers-10.json'
import real11 from '../../playground/logic/errors/testdata/real-answers-11.json'
import real12 from '../../playground/logic/errors/testdata/real-answers-12.json'
import real13 from '../../playground/logic/errors/testdata/real-answers-13.json'
import real14 from '../../playground/logic/errors/testdata/real-answers-14.json'
import { officialTableFromDisk } from '../cli/core/official-shards-node'

export interface RealCase {
  source: string
  text: string
  id: string
  cause: string
  errcode?: number | string
  set: 'build' | 'heldout'
  frozen?: boolean
}

/** The second set (issue 21, first and second pass). */
export const REAL_ANSWERS_2 = real as RealCase[]
/** The third set (issue 21, third pass): 30 more answers from sources neither earlier set uses, GitHub threads and public pages. */
export const REAL_ANSWERS_3 = real3 as RealCase[]
/** The fourth set (issue 21, fourth pass): answers from GitHub threads no earlier set uses, collected before any change of this pass. */
export const REAL_ANSWERS_4 = real4 as RealCase[]
/** The fifth set (issue 21, fifth pass): answers from blogs, Q&A pages and threads no earlier set uses, collected before any change of this pass. */
export const REAL_ANSWERS_5 = real5 as RealCase[]
/** The sixth set (issue 21, sixth pass): answers from GitHub threads and an SDK's recorded answer no earlier set uses, labelled before any diagnosis. */
export const REAL_ANSWERS_6 = real6 as RealCase[]
/** The seventh set (issue 21, seventh pass): answers from GitHub threads of bots and SDKs no earlier set uses, labelled before any diagnosis. */
export const REAL_ANSWERS_7 = real7 as RealCase[]
/** The eighth set (issue 21, eighth pass): answers from GitHub threads and pull requests no earlier set uses, labelled before any diagnosis. */
export const REAL_ANSWERS_8 = real8 as RealCase[]
/** The ninth set (issue 21, ninth pass): answers from GitHub threads no earlier set uses, labelled before any diagnosis; every second answer in collection order held out. */
export const REAL_ANSWERS_9 = real9 as RealCase[]
/** The tenth set (issue 21, tenth pass): answers from blogs and Q&A pages (not GitHub) no earlier set uses, labelled before any diagnosis; split by sha1(source). */
export const REAL_ANSWERS_10 = real10 as RealCase[]
/** The eleventh set (issue 21, eleventh pass): answers from GitHub threads and DingTalk's developer guide no earlier set uses, weighted to the areas the sets hold least of; labelled before any diagnosis, split by sha1(source). */
export const REAL_ANSWERS_11 = real11 as RealCase[]
/** The twelfth set (issue 21, twelfth pass): answers from projects that integrate DingTalk (a bot FAQ, an alerting plugin, a chatbot framework) and DingTalk's developer guide, no earlier set uses; labelled before any diagnosis, split by sha1(source). */
export const REAL_ANSWERS_12 = real12 as RealCase[]
/** The thirteenth set (issue 21, thirteenth pass): answers from blogs and Q&A pages (not GitHub) no earlier set uses, weighted to the robot webhook and the internal app's server APIs; labelled before any diagnosis, split by sha1(source). */
export const REAL_ANSWERS_13 = real13 as RealCase[]
/** The fourteenth set (issue 21, fourteenth pass): answers DingTalk gave that SDKs, client libraries and integrations recorded in their code, tests and docs on GitHub (a comment beside the check, a README's return values, a probe log), no earlier set uses; labelled before any diagnosis, split by sha1(source). */
export const REAL_ANSWERS_14 = real14 as RealCase[]

/** Every real set in the order collected: `npm run diagnose:eval` prints each, and the unions of the first ones, from this list. */
export const REAL_SETS: readonly (readonly [ordinal: string, file: string, cases: RealCase[]])[] = [
  ['second', 'real-answers-2', REAL_ANSWERS_2],
  ['third', 'real-answers-3', REAL_ANSWERS_3],
  ['fourth', 'real-answers-4', REAL_ANSWERS_4],
  ['fifth', 'real-answers-5', REAL_ANSWERS_5],
  ['sixth', 'real-answers-6', REAL_ANSWERS_6],
  ['seventh', 'real-answers-7', REAL_ANSWERS_7],
  ['eighth', 'real-answers-8', REAL_ANSWERS_8],
  ['ninth', 'real-answers-9', REAL_ANSWERS_9],
  ['tenth', 'real-answers-10', REAL_ANSWERS_10],
  ['eleventh', 'real-answers-11', REAL_ANSWERS_11],
  ['twelfth', 'real-answers-12', REAL_ANSWERS_12],
  ['thirteenth', 'real-answers-13', REAL_ANSWERS_13],
  ['fourteenth', 'real-answers-14', REAL_ANSWERS_14],
]

export interface SetScore {
  total: number
  right: number
  rate: number
  misses: string[]
  /** Right / total per area (the expected id's first part: robot, app, stream…): counts only, so a held-out miss stays unread. */
  byArea: Record<string, { right: number; total: number }>
  /** How the misses went wrong, counted: no diagnosis at all, another entry, or the right entry with another code. */
  missKinds: Record<MissKind, number>
}

export type MissKind = 'unmatched' | 'another entry' | 'another code'

/** The area an expected id belongs to: `robot.310000` → robot, `official:param` → official. */
export const areaOf = (id: string): string => id.split(/[.:]/)[0] ?? id

export async function isRight(c: RealCase): Promise<{ ok: boolean; got: string; kind: MissKind | null }> {
  const d = await diagnose(c.text, officialTableFromDisk)
  const codeOk = c.errcode === undefined || String(d.errcode).toLowerCase() === String(c.errcode).toLowerCase()
  const kind: MissKind | null = !d.matched ? 'unmatched' : d.id !== c.id ? 'another entry' : codeOk ? null : 'another code'
  return { ok: kind === null, got: `${d.id} (errcode ${d.errcode}) «${d.title}»`, kind }
}

const noMisses = (): Record<MissKind, number> => ({ unmatched: 0, 'another entry': 0, 'another code': 0 })

export async function scoreRealAnswers(cases: RealCase[] = REAL_ANSWERS_2): Promise<Record<'build' | 'heldout', SetScore>> {
  const out = {
    build: { total: 0, right: 0, rate: 0, misses: [] as string[], byArea: {} as SetScore['byArea'], missKinds: noMisses() },
    heldout: { total: 0, right: 0, rate: 0, misses: [] as string[], byArea: {} as SetScore['byArea'], missKinds: noMisses() },
  }
  for (const c of cases) {
    const s = out[c.set]
    const r = await isRight(c)
    const area = (s.byArea[areaOf(c.id)] ??= { right: 0, total: 0 })
    s.total++
    area.total++
    if (r.ok) {
      s.right++
      area.right++
    }
    else {
      s.missKinds[r.kind!]++
      s.misses.push(`${c.source}: expected ${c.id} (errcode ${c.errcode ?? 'any'}), got ${r.got}`)
    }
  }
  for (const s of Object.values(out)) s.rate = s.total ? s.right / s.total : 0
  return out
}
