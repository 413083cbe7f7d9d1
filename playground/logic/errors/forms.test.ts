/**
 * The diagnosis does not depend on the form of the paste (issue 21): every build-half real answer and
 * every catalog example, wrapped in the forms people paste (testdata/paste-forms.ts, invented), keeps the
 * id and errcode of its plain form. Held-out answers are never used here (they are only scored).
 */
import { describe, expect, it } from 'vitest'
import { diagnose, ERROR_CATALOG, type Diagnosis } from './catalog'
import { ERROR_EXAMPLES } from './error-examples'
import { officialTable } from './official-shards'
import { parseResponse } from './parse-response'
import { ANSWER_FORMS, TEXT_FORMS, type Answer } from './testdata/paste-forms'
import invented from './testdata/invented-answers.json'
import real1 from './testdata/real-answers.json'
import real2 from './testdata/real-answers-2.json'
import real3 from './testdata/real-answers-3.json'
import real4 from './testdata/real-answers-4.json'
import real5 from './testdata/real-answers-5.json'

interface Case {
  text: string
  set?: string
}

/** The first set is all build (the tests were written from it); of the later sets only the build half. */
const BUILD_TEXTS = [real1 as Case[], real2 as Case[], real3 as Case[], real4 as Case[], real5 as Case[]]
  .flat()
  .filter((c) => c.set === undefined || c.set === 'build')
  .map((c) => c.text)
const EXAMPLE_TEXTS = [...ERROR_EXAMPLES.map((e) => e.text), ...(invented as Case[]).map((c) => c.text)]

/** Each catalog entry's code with a message its own text rule accepts, when the catalog names one; invented. */
function entryAnswers(): Answer[] {
  const out: Answer[] = []
  for (const e of ERROR_CATALOG) {
    const code = e.codes[0]
    if (code === undefined) continue
    out.push({ code, message: null })
  }
  return out
}

const key = (d: Diagnosis) => `${d.id} (errcode ${String(d.errcode)})`
const read = async (text: string) => key(await diagnose(text, officialTable))

/** The essential answer of a paste: its code and message as the parser reads them, when it has a code. */
function answerOf(text: string): Answer | null {
  const p = parseResponse(text)
  if (p.code === null || p.success) return null
  return { code: p.code, message: p.message }
}

/** How many plain answers were matched: the forms are held to a diagnosis, not to “unknown” everywhere. */
let plainMatched = 0
let plainTotal = 0

async function failuresByForm(): Promise<Map<string, string[]>> {
  const fails = new Map<string, string[]>()
  const miss = (form: string, what: string) => fails.set(form, [...(fails.get(form) ?? []), what])
  const answers: Answer[] = [...entryAnswers()]
  for (const text of [...BUILD_TEXTS, ...EXAMPLE_TEXTS]) {
    const a = answerOf(text)
    if (a) answers.push(a)
    const want = await read(text)
    if (want.startsWith('success') || want.startsWith('empty')) continue
    for (const form of TEXT_FORMS) {
      const got = await read(form.render(text))
      if (got !== want) miss(`text: ${form.name}`, `${want} → ${got}\n      ${form.render(text).slice(0, 160)}`)
    }
  }
  for (const a of answers) {
    const plain = ANSWER_FORMS[0]!.render(a)!
    plainTotal++
    if ((await diagnose(plain, officialTable)).matched) plainMatched++
    for (const form of ANSWER_FORMS.slice(1)) {
      const text = form.render(a)
      if (text === null) continue
      const want = await read(form.context === undefined ? plain : `${form.context}\n${plain}`)
      const got = await read(text)
      if (got !== want) miss(form.name, `${want} → ${got}\n      ${text.slice(0, 160).replace(/\n/g, '⏎')}`)
    }
  }
  return fails
}

describe('forms people paste (invented wrappers around real and catalog answers)', () => {
  it('keep the diagnosis of the plain answer: same id, same errcode', async () => {
    const fails = await failuresByForm()
    const report = [...fails].map(([form, list]) => `${form}: ${list.length}\n    ${list.slice(0, 4).join('\n    ')}`)
    if (report.length) console.log(report.join('\n'))
    expect([...fails].map(([form, list]) => `${form}: ${list.length}`)).toEqual([])
    expect(plainTotal).toBeGreaterThan(150)
    expect(plainMatched / plainTotal).toBeGreaterThan(0.9)
  }, 60_000)
})
