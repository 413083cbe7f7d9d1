/**
 * Facts are cited by their public address (open.dingtalk.com, an issue thread), never by a file
 * outside this repository: the team's notes (dingtalk-app.md §1.1, the audit…) are not public,
 * so a reader of the code could not follow such a citation.
 */
import { describe, expect, it } from 'vitest'
import { flaggedLines, trackedFiles } from './tracked-lines'

const files = trackedFiles((f) => /\.(ts|vue|css|md|mjs|sh|yml)$/.test(f) && f !== 'tests/content/citations.test.ts')

/** What a citation of the team's private notes looks like. */
const PRIVATE_CITATION = /\bdingtalk-(app|robot|audit)[\w-]*\.md\b|\bvitepress\.md\b|(\.md|\breference)\s*§|\breference\/[\w-]+\.md\b|\bshared\/reference\b/

describe('citations', () => {
  it('reads the tracked sources', () => expect(files.length).toBeGreaterThan(200))
  it('cite no file outside the repository', () => {
    expect(flaggedLines(files, (line) => PRIVATE_CITATION.test(line))).toEqual([])
  })
  it('would catch one', () => {
    expect(PRIVATE_CITATION.test('// see dingtalk-robot.md §3')).toBe(true)
    expect(PRIVATE_CITATION.test('(reference §1.1, §2.4)')).toBe(true)
    expect(PRIVATE_CITATION.test('// https://open.dingtalk.com/document/development/robot-message-type')).toBe(false)
    expect(PRIVATE_CITATION.test('RFC 9110 §10.2.3, https://www.rfc-editor.org/rfc/rfc9110#field.retry-after')).toBe(false)
  })
})
