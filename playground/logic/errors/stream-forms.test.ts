/**
 * Stream mode (issue 21): a failure of a DingTalk Stream connection, pasted in the words of any official
 * Stream SDK (Python, Node, Java, Go), is answered by the entry for its cause. The pastes are INVENTED
 * (testdata/stream-sdk-forms.ts: the SDKs' own formats, each with its source at a commit, and made-up values).
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'
import { NOT_THE_CONNECTION, STREAM_SDK_CASES } from './testdata/stream-sdk-forms'

describe('the Stream SDKs’ own words', () => {
  it.each(STREAM_SDK_CASES.map((c) => [`${c.sdk}: ${c.form} → ${c.id}`, c] as const))('%s', async (_, c) => {
    const d = await diagnose(c.text, officialTable)
    expect({ id: d.id, matched: d.matched }).toEqual({ id: c.id, matched: true })
    if (c.errcode !== undefined) expect(d.errcode).toBe(c.errcode)
  })
})

describe('the same SDKs’ failures that are not the connection', () => {
  it.each(NOT_THE_CONNECTION.map((c) => [c.form, c] as const))('%s', async (_, c) => {
    expect((await diagnose(c.text, officialTable)).id).not.toBe('stream.connectionLost')
  })
})
