/**
 * Stream mode (issue 21): every error and warning line of the four official Stream SDKs, as each SDK's logger
 * prints it, alone and in a longer paste (testdata/stream-sdk-words.ts: the words at their source commits, the
 * entry each must give or why none). INVENTED values.
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'
import { STREAM_SDK_WORDS } from './testdata/stream-sdk-words'

const cases = STREAM_SDK_WORDS.flatMap((w) => [
  [`${w.sdk}: ${w.words} (alone) → ${w.id ?? 'no entry'}`, w.line, w.id] as const,
  [`${w.sdk}: ${w.words} (in its trace) → ${w.id ?? 'no entry'}`, w.inTrace, w.id] as const,
])

describe('the Stream SDKs’ every error and warning line', () => {
  it.each(cases.filter(([, , id]) => id !== null))('%s', async (_, text, id) => {
    const d = await diagnose(text, officialTable)
    expect({ id: d.id, matched: d.matched }).toEqual({ id, matched: true })
  })

  // A line with no entry must not be answered as another cause: not the connection, not the credentials.
  it.each(cases.filter(([, , id]) => id === null))('%s', async (_, text) => {
    const d = await diagnose(text, officialTable)
    expect(d.matched ? d.id : null).toBe(null)
  })
})

describe('a handler that failed because the connection dropped', () => {
  // Older Python SDKs logged the connection's loss through the handler's `error processing message` (the words of
  // github.com/open-dingtalk/dingtalk-stream-sdk-python/issues/63): the connection is the cause, not the handler.
  it.each([
    ['Python', "2026-12-03 10:15:42,123 dingtalk_stream.client ERROR    error processing message: Stream connection lost: ConnectionResetError(104, 'Connection reset by peer') [stream.py:246]"],
    ['Java', '2026-12-03T10:15:42.123+08:00 ERROR 4711 --- [  DingTalk-1-1] c.d.o.a.a.c.CallbackCommandExecutor      : [DingTalk] execute callback failed, topic=/v1.0/im/bot/messages/get\n\njava.lang.IllegalStateException: [DingTalk] connection ping timeout, channel is closing'],
  ])('%s', async (_, text) => {
    expect((await diagnose(text, officialTable)).id).toBe('stream.connectionLost')
  })
})
