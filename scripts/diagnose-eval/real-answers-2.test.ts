/**
 * The second real set (playground/logic/errors/testdata/real-answers-2.json, issue 21): answers people pasted in public threads
 * the first set does not use, each with its source. Each is in the build half or the held-out half by a
 * rule fixed before any tuning (last hex digit of sha1(source): even → build); `frozen` marks answers
 * collected after the reading rules were written, scored before any change. The held-out half is only
 * scored here (a floor that catches regressions); `npm run diagnose:eval` prints both rates.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ERROR_CATALOG } from '../../playground/logic/errors/catalog'
import { STATUS_ENTRIES } from '../../playground/logic/errors/http-status-entries'
import first from '../../playground/logic/errors/testdata/real-answers.json'
import { type RealCase, REAL_ANSWERS_2, REAL_ANSWERS_3, REAL_ANSWERS_4, REAL_ANSWERS_5, REAL_ANSWERS_6, REAL_ANSWERS_7, REAL_ANSWERS_8, REAL_ANSWERS_9, REAL_ANSWERS_10, REAL_ANSWERS_11, REAL_ANSWERS_12, REAL_ANSWERS_13, REAL_ANSWERS_14, scoreRealAnswers } from './score'

// The answers for a bare HTTP status live in their own lazily loaded chunk; they are entries all the same.
const ids = new Set([...ERROR_CATALOG, ...STATUS_ENTRIES].map((e) => e.id))
const firstSources = new Set((first as { source: string }[]).map((c) => c.source))

/** The half an answer belongs to, by the rule fixed before any tuning: last hex digit of sha1(source), even → build. */
const halfOf = (source: string): RealCase['set'] =>
  parseInt(createHash('sha1').update(source).digest('hex').slice(-1), 16) % 2 === 0 ? 'build' : 'heldout'

/** The ninth set's rule, fixed before any diagnosis: in collection order, every second answer is held out. */
const alternate = (cases: RealCase[]): RealCase['set'][] => cases.map((_, i) => (i % 2 === 1 ? 'heldout' : 'build'))

/**
 * Each set after the first, in the order collected: how many it holds at least, which sources it may
 * use, and the held-out floor (its score before any change of its pass: a floor that catches
 * regressions, not a target). A set may not reuse a source of any set before it (compared without a
 * `#fragment`). Sets split by sha1(source) hold one answer per source; a set split in collection order
 * (`split`) may hold two from one source.
 */
const SETS: { name: string; cases: RealCase[]; atLeast: number; sources: RegExp; heldoutFloor: number; split?: (cases: RealCase[]) => RealCase['set'][] }[] = [
  { name: 'second', cases: REAL_ANSWERS_2, atLeast: 60, sources: /^https:\/\/github\.com\//, heldoutFloor: 0.75 },
  // Scored before any change at 4/10.
  { name: 'third', cases: REAL_ANSWERS_3, atLeast: 30, sources: /^https:\/\//, heldoutFloor: 0.4 },
  // Scored before any change at 3/9.
  { name: 'fourth', cases: REAL_ANSWERS_4, atLeast: 16, sources: /^https:\/\//, heldoutFloor: 0.3 },
  // Only 8 were found: the search corpora's DingTalk pages and threads are nearly all taken by the earlier
  // sets. Scored before any change at 2/4.
  { name: 'fifth', cases: REAL_ANSWERS_5, atLeast: 8, sources: /^https:\/\//, heldoutFloor: 0.5 },
  // 24 found (30 were aimed at), labelled before any diagnosis. Scored before any change at 3/11.
  { name: 'sixth', cases: REAL_ANSWERS_6, atLeast: 24, sources: /^https:\/\//, heldoutFloor: 0.27 },
  // 11 found (20 were aimed at): the search corpora's DingTalk threads and pages are nearly all taken.
  // Labelled before any diagnosis; scored before any change at 0/8 build, 1/3 held out.
  { name: 'seventh', cases: REAL_ANSWERS_7, atLeast: 11, sources: /^https:\/\//, heldoutFloor: 0.33 },
  // 19 found (20 were aimed at), from GitHub threads and pull requests of bots, alerting tools and SDKs:
  // 12 of them are Stream connections that fail to open or keep dropping. Labelled before any diagnosis;
  // scored before any change at 3/6 build, 3/13 held out.
  { name: 'eighth', cases: REAL_ANSWERS_8, atLeast: 19, sources: /^https:\/\//, heldoutFloor: 0.23 },
  // 10 found (20 were aimed at), from 9 GitHub threads of Stream SDKs, bots, a CLI and a Redmine plugin: about
  // 40 searches in Chinese and English, nearly every DingTalk thread of the corpora is taken by the sets above.
  // Labelled before any diagnosis; scored before any change at 3/5 build, 4/5 held out.
  { name: 'ninth', cases: REAL_ANSWERS_9, atLeast: 10, sources: /^https:\/\//, heldoutFloor: 0.79, split: alternate },
  // 27 from blogs and Q&A pages, none on github.com (CSDN, cnblogs, 腾讯云, 阿里云开发者社区, DingTalk's developer
  // guide), split by sha1(source); a page's second answer is cited by a text fragment (#:~:text=…) that points
  // at it. Labelled before any diagnosis; scored before any change at 12/12 build, 13/15 held out.
  { name: 'tenth', cases: REAL_ANSWERS_10, atLeast: 27, sources: /^https:\/\/(?!github\.com\/)/, heldoutFloor: 0.8 },
  // 7 found (20 were aimed at), weighted to the areas the sets hold least of: 6 from GitHub threads of
  // repositories and threads no earlier set uses (callback decryption, a mini program's JS-API, the robot's
  // 1:1 send, timeouts and a proxy's certificate) and 1 page of DingTalk's developer guide; a page's second
  // answer is cited by a text fragment. About 60 searches: nearly every DingTalk thread and page of the corpora
  // is taken by the sets above. Labelled before any diagnosis; scored before any change at 0/1 build, 1/6 held out.
  { name: 'eleventh', cases: REAL_ANSWERS_11, atLeast: 7, sources: /^https:\/\//, heldoutFloor: 0.16 },
  // 5 found (24 were aimed at), from projects that integrate DingTalk and DingTalk's developer guide: a Stream bot
  // FAQ (two answers, each cited by its line), an Alertmanager-to-robot bridge, a chatbot framework's Stream
  // adapter, and the guide's page on Python's certificate error. About 45 searches in the issues, code and pages
  // corpora: nearly every integrator thread that shows DingTalk's answer is taken by the sets above, or shows it
  // only as a screenshot. Labelled before any diagnosis; scored before any change at 0/2 build, 2/3 held out.
  { name: 'twelfth', cases: REAL_ANSWERS_12, atLeast: 5, sources: /^https:\/\//, heldoutFloor: 0.66 },
  // 6 found (20 were aimed at), from blogs and Q&A pages, none on github.com (CSDN read through mirrors, cnblogs and a
  // mirror of it, a gitcode.com write-up, a blog digest): about 100 searches of the pages corpus in Chinese and English by
  // pasted codes and words; nearly every DingTalk page it holds is taken by the sets above, is a copy of DingTalk's error
  // table, or is a generated "常见原因" article with no paste. One mirror is served over http. Labelled before any
  // diagnosis; scored before any change at 1/2 build, 4/4 held out.
  { name: 'thirteenth', cases: REAL_ANSWERS_13, atLeast: 6, sources: /^https?:\/\/(?!github\.com\/)/, heldoutFloor: 1 },
  // 18 found (20 were aimed at), all on github.com, from 15 files: answers DingTalk gave that SDKs, client
  // libraries, bots and integrations recorded in their own code and docs (a comment beside the errcode check, a
  // README's return values, a regression test quoting a production log, a deployment guide's probe, an ISV
  // service's record of DingTalk's data push), each cited at its commit and line; three files give two answers
  // each (by their lines). Found by DingTalk's exact messages in the code index, the repository then traced by
  // package or namespace path. Nearly every thread of the issues corpus that shows an answer is taken by the sets
  // above. Labelled before any diagnosis; scored before any change at 9/9 build, 7/9 held out.
  { name: 'fourteenth', cases: REAL_ANSWERS_14, atLeast: 18, sources: /^https:\/\/github\.com\//, heldoutFloor: 0.77 },
]

const withoutFragment = (source: string) => source.replace(/#.*$/, '')

SETS.forEach(({ name, cases, atLeast, sources: allowed, heldoutFloor, split }, k) => {
  describe(`the ${name} real set`, () => {
    const earlier = new Set([...firstSources, ...SETS.slice(0, k).flatMap((set) => set.cases.map((c) => withoutFragment(c.source)))])

    it('holds its answers from public sources no earlier set uses, split by the fixed rule', () => {
      expect(cases.length).toBeGreaterThanOrEqual(atLeast)
      const perSource = new Map<string, number>()
      for (const c of cases) perSource.set(c.source, (perSource.get(c.source) ?? 0) + 1)
      for (const [source, n] of perSource) expect(n, source).toBeLessThanOrEqual(split ? 2 : 1)
      const halves = split?.(cases)
      cases.forEach((c, i) => {
        expect(c.source, c.source).toMatch(allowed)
        expect(earlier.has(withoutFragment(c.source)), c.source).toBe(false)
        expect(c.text.trim().length).toBeGreaterThan(0)
        expect(c.cause.length).toBeGreaterThan(0)
        expect(c.set, c.source).toBe(halves ? halves[i] : halfOf(c.source))
        // A build answer names an entry that exists (or DingTalk's own table, official:<code>); a held-out
        // one may name one not written yet (a miss).
        if (c.set === 'build') expect(ids.has(c.id) || c.id.startsWith('official:'), c.id).toBe(true)
      })
    })

    it('diagnoses the build half right and keeps the held-out half above its floor', async () => {
      const s = await scoreRealAnswers(cases)
      console.log(`${name} real set: build ${s.build.right}/${s.build.total}, held out ${s.heldout.right}/${s.heldout.total}`)
      expect(s.build.rate).toBeGreaterThanOrEqual(0.9)
      expect(s.heldout.rate).toBeGreaterThanOrEqual(heldoutFloor)
    })
  })
})
