/**
 * The catalog's meanings beside DingTalk's table (issue 21): every entry code the table lists is in the
 * reviewed fixture with both texts; a changed text on either side fails until the pair is read again
 * (`npx tsx scripts/diagnose-eval/catalog-vs-official.ts --write`, then set its verdict).
 */
import { describe, expect, it } from 'vitest'
import { currentPairs, readFixture } from './catalog-vs-official'

describe('catalog meanings beside DingTalk’s table', () => {
  it('has every pair reviewed, none contradicting, texts as reviewed', async () => {
    const reviewed = readFixture()
    const current = await currentPairs()
    expect(current.length).toBeGreaterThan(30)
    const byKey = new Map(reviewed.map((p) => [`${p.entry} ${p.code}`, p]))
    for (const p of current) {
      const r = byKey.get(`${p.entry} ${p.code}`)
      expect(r, `${p.entry} ${p.code} is not reviewed`).toBeDefined()
      expect(r!.catalog, `${p.entry} ${p.code}: the catalog's text changed since the review`).toBe(p.catalog)
      expect(r!.official, `${p.entry} ${p.code}: DingTalk's text changed since the review`).toBe(p.official)
      expect(['agrees', 'narrower', 'observed'], `${p.entry} ${p.code}`).toContain(r!.verdict)
    }
    expect(reviewed.length).toBe(current.length)
  })
})
