/**
 * Issue 21, ninth pass: the form its two build misses taught, checked over INVENTED pastes (made-up
 * times, addresses, paths and goroutine numbers around the SDK's own words), never over the real answers.
 * Both misses were the official Go Stream SDK (open-dingtalk/dingtalk-stream-sdk-go) telling that its
 * connection ended, in words no rule read:
 * - its processLoop's log lines: the reading goroutine's `connection process read message error: …` when
 *   ReadMessage fails, whatever the reason after it; `connection write ping message error`; `connection
 *   process is closed`
 *   (https://github.com/open-dingtalk/dingtalk-stream-sdk-go/blob/d8d6e1f19d68b231c1514fdac973d866a2882b93/client/client.go#L249,
 *   #L276, #L289);
 * - v0.9.1's panic when that goroutine or the pong handler sends on a channel the ended loop has closed
 *   (`panic: send on closed channel` in `(*StreamClient).processLoop`:
 *   https://github.com/open-dingtalk/dingtalk-stream-sdk-go/blob/d1cc841e6013c3f6513a5bb01dfe3219b9c37d17/client/client.go#L147-L161;
 *   v0.9.2-beta.1 replaced the channel by a context for this reason, client.go#L219 at d8d6e1f).
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'

const read = (text: string) => diagnose(text, officialTable)
/** The Go SDK's default logger: `time.Now()` then `[ERROR]` (logger/logger.go). */
const goLog = (message: string) => `2026-12-04 09:20:11.482913077 +0800 CST m=+8812.004417321 [ERROR] ${message}`
const frames = (fn: string, line: number) =>
  `goroutine 4411 [running]:\ngithub.com/open-dingtalk/dingtalk-stream-sdk-go/client.(*StreamClient).processLoop.${fn}()\n\t/home/build/go/pkg/mod/github.com/open-dingtalk/dingtalk-stream-sdk-go@v0.9.1/client/client.go:${line} +0x1c4\ncreated by github.com/open-dingtalk/dingtalk-stream-sdk-go/client.(*StreamClient).processLoop in goroutine 4410\n\t/home/build/go/pkg/mod/github.com/open-dingtalk/dingtalk-stream-sdk-go@v0.9.1/client/client.go:156 +0x2a8`

describe('the Go Stream SDK’s words that its connection ended', () => {
  it.each([
    goLog('connection process read message error: messageType=[-1] message=[] error=[read tcp 192.0.2.41:50122->203.0.113.20:443: i/o timeout]'),
    goLog('connection process read message error: messageType=[-1] message=[] error=[EOF]'),
    'level=error msg="connection process read message error: messageType=[-1] message=[] error=[read tcp 192.0.2.41:50122->203.0.113.20:443: read: connection reset by peer]" channel=dingtalk',
    `${goLog('connection write ping message error: error=[write tcp 192.0.2.41:50122->203.0.113.20:443: use of closed network connection]')}\n${goLog('connection process is closed')}`,
    `ERR ding channel stopped > connection process is closed`,
  ])('%s', async (text) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe('stream.connectionLost')
  })

  it('reads v0.9.1’s panic on the closed loop as the connection that ended', async () => {
    for (const text of [
      `panic: send on closed channel\n\n${frames('func6', 161)}`,
      `panic: send on closed channel\n\n${frames('func1', 152)}`,
      `${goLog('ping time out, connection is closing')}\npanic: send on closed channel\n\n${frames('func7', 194)}\nexit status 2`,
    ]) {
      const d = await read(text)
      expect(d.matched, text).toBe(true)
      expect(d.id, text).toBe('stream.connectionLost')
    }
  })

  it('leaves a more specific reason after the SDK’s words to its own entry', async () => {
    const d = await read(goLog('connection process read message error: messageType=[-1] message=[] error=[tls: failed to verify certificate: x509: certificate signed by unknown authority]'))
    expect(d.id).toBe('net.tlsCertificate')
  })

  it('says nothing of another program’s closed channel or connection', async () => {
    expect((await read('panic: send on closed channel\n\ngoroutine 9 [running]:\nmain.(*Pool).worker()\n\t/srv/app/pool.go:88 +0x55')).id).not.toBe('stream.connectionLost')
    expect((await read('redis: connection pool timeout; connection is closed')).id).not.toBe('stream.connectionLost')
  })
})
