import { describe, expect, it } from 'vitest'
import { type RealCase, scoreRealAnswers } from './score'

// Invented cases: the kinds of miss counted for the held-out half (counts only, no texts printed).
const invented = (text: string, id: string, errcode?: number): RealCase => ({ source: 'invented', text, id, cause: 'invented', errcode, set: 'heldout' })

describe('the held-out misses by kind', () => {
  it('tells no diagnosis, another entry and another code apart, and counts a right answer as none', async () => {
    const s = (
      await scoreRealAnswers([
        invented('{"errcode":310000,"errmsg":"sign not match"}', 'robot.310000.sign', 310000),
        invented('nothing DingTalk said here', 'robot.310000.sign'),
        invented('{"errcode":310000,"errmsg":"keywords not in content"}', 'robot.310000.sign'),
        invented('{"errcode":310000,"errmsg":"sign not match"}', 'robot.310000.sign', 300001),
      ])
    ).heldout
    expect(s.right).toBe(1)
    expect(s.missKinds).toEqual({ unmatched: 1, 'another entry': 1, 'another code': 1 })
  })
})
