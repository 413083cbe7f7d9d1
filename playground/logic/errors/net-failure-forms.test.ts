/**
 * A call to DingTalk that failed in the network, in each runtime's own words (issue 21; testdata/net-failure-forms.ts,
 * each form cited at its source; the rules in callback-errors.ts NET_CAUSES / NET_HOST, read by catalog.ts):
 * every form alone, under a DingTalk program's stack frames, and after the DingTalk address called; the same words
 * without DingTalk, calling another service, in a Stream SDK's log, or beside DingTalk's own errcode are not read as
 * these entries. All values INVENTED.
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'
import { DINGTALK_FRAMES, NET_FAILURE_FORMS } from './testdata/net-failure-forms'

const read = (text: string) => diagnose(text, officialTable)
const HOSTS = ['oapi.dingtalk.com', 'api.dingtalk.com']
const forms = NET_FAILURE_FORMS.map((f) => [f.name, f] as const)

describe('network failures calling DingTalk, as each runtime prints them', () => {
  it.each(forms)('%s: cited at a commit or the runtime’s documentation', (_, f) => {
    expect(f.source).toMatch(/^https:\/\/(?:github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/|curl\.se\/|nodejs\.org\/api\/|docs\.python\.org\/3\/|docs\.oracle\.com\/|pkg\.go\.dev\/|learn\.microsoft\.com\/)/)
  })

  it.each(forms)('%s: alone (read only when it prints DingTalk’s host)', async (_, f) => {
    for (const h of HOSTS) {
      const d = await read(f.render(h))
      if (f.printsHost) expect(d, f.render(h)).toMatchObject({ matched: true, id: f.id, errcode: null })
      else expect(d.id.startsWith('net.'), f.render(h)).toBe(false)
    }
  })

  it.each(forms)('%s: inside a DingTalk program’s stack trace', async (_, f) => {
    const frames = DINGTALK_FRAMES[f.lang]
    const text = f.lang === 'python' || f.lang === 'curl' ? `${frames}\n${f.render(HOSTS[0]!)}` : `${f.render(HOSTS[0]!)}\n${frames}`
    const d = await read(text)
    expect(d.id, text).toBe(f.id)
    expect(d.title.length).toBeGreaterThan(4)
    expect(d.anchor).toMatch(/^err-net-/)
  })

  it.each(forms)('%s: after the DingTalk address called', async (_, f) => {
    for (const h of HOSTS) {
      const text = `POST https://${h}/v1.0/robot/oToMessages/batchSend\n${f.render(h)}`
      expect((await read(text)).id, text).toBe(f.id)
    }
  })

  it.each(forms)('%s: calling another service, beside DingTalk’s name: not DingTalk’s failure', async (_, f) => {
    // A DingTalk bot calling its LLM or its own backend fails in the same words.
    const text = f.printsHost ? `[dingtalk-bot] ${f.render('llm.example.com')}` : `[dingtalk-bot] POST https://llm.example.com/v1/chat\n${f.render('llm.example.com')}`
    expect((await read(text)).id.startsWith('net.'), text).toBe(false)
  })

  it.each(forms)('%s: DingTalk’s errcode in the same paste wins', async (_, f) => {
    const text = `${f.render(HOSTS[0]!)}\nretry 2: {"errcode":60020,"errmsg":"访问ip不在白名单之中,request ip=203.0.113.10"}`
    expect((await read(text)).id).toBe('app.60020')
  })

  it.each(forms)('%s: in a Stream SDK’s log stays the Stream connection', async (_, f) => {
    const text = `dingtalk_stream.client INFO open connection, url=https://api.dingtalk.com/v1.0/gateway/connections/open\n${f.render('api.dingtalk.com')}`
    expect(f.id === 'net.proxy' ? ['net.proxy', 'stream.connectionLost'] : ['stream.connectionLost'], text).toContain((await read(text)).id)
  })

  it.each(forms)('%s: after a channel’s “Connection attempt N failed” (its Stream connection) stays the Stream connection', async (_, f) => {
    const text = `[dingtalk] [default] Connection attempt 2 failed: ${f.render('api.dingtalk.com')}`
    expect(f.id === 'net.proxy' ? ['net.proxy', 'stream.connectionLost'] : ['stream.connectionLost'], text).toContain((await read(text)).id)
  })
})

describe('network words the rules leave alone', () => {
  it.each([
    ['no DingTalk at all', 'requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host=\'api.example.com\', port=443): Max retries exceeded'],
    ['the app’s own backend on localhost', "dingtalk bot: HTTPConnectionPool(host='localhost', port=5001): Max retries exceeded with url: /v1/chat-messages (Caused by NewConnectionError('x: Failed to establish a new connection: [Errno 111] Connection refused'))"],
    ['another host in Go’s words', '钉钉机器人回复失败: Post "https://llm.example.com/v1/chat/completions": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'],
    ['Spring calling another host', 'DingTalkBot: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://erp.example.com/api/sync": Connection refused'],
    ['Guzzle calling another host', '钉钉回调处理失败 cURL error 28: Operation timed out after 5001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://erp.example.com/api'],
    ['a timeout setting, not a failure', '钉钉 SDK config: timeout=5000, connectTimeout=3000'],
  ])('%s', async (_, text) => {
    expect((await read(text)).id.startsWith('net.') && (await read(text)).id !== 'net.dns').toBe(false)
  })

  it('keeps the entries with a cause of their own: DNS and certificates inside the same wrappers', async () => {
    expect((await read("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='oapi.dingtalk.com', port=443): Max retries exceeded with url: /gettoken (Caused by NewConnectionError('x: Failed to establish a new connection: [Errno -2] Name or service not known'))")).id).toBe('net.dns')
    expect((await read("requests.exceptions.SSLError: HTTPSConnectionPool(host='oapi.dingtalk.com', port=443): Max retries exceeded with url: /robot/send (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed')))")).id).toBe('net.tlsCertificate')
    expect((await read('System.Net.Http.HttpRequestException: No such host is known. (oapi.dingtalk.com:443)')).id).toBe('net.dns')
    expect((await read('Error: getaddrinfo EAI_AGAIN oapi.dingtalk.com: Name does not resolve')).id).toBe('net.dns')
  })

  it('reads a gettoken address that timed out as the timeout, not as 40001', async () => {
    const d = await read('GuzzleHttp\\Exception\\ConnectException: cURL error 28: Connection timed out after 5001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://oapi.dingtalk.com/gettoken?appkey=x&appsecret=y')
    expect(d.id).toBe('net.timeout')
  })

  it('lets a status with a rule of its own answer first', async () => {
    expect((await read('POST https://oapi.dingtalk.com/robot/send?access_token=abc\nHTTP/1.1 502 Bad Gateway\nError: read ECONNRESET')).id).toBe('http.5xx')
  })

  it('says a send that timed out may have been delivered, and to retry with the same msgUuid', async () => {
    const d = await read('POST https://oapi.dingtalk.com/robot/send?access_token=abc\nAxiosError: timeout of 5000ms exceeded')
    expect(d.cause).toContain('可能已经处理')
    expect(d.fix).toContain('msgUuid')
    expect(d.fix).toContain('不要直接重发')
  })

  it('reads a 200 KB paste in linear time', async () => {
    for (const filler of ["host='".repeat(30_000), 'connect to '.repeat(18_000), 'for https://a.'.repeat(14_000), 'timeout of 1'.repeat(17_000), 'a.b'.repeat(66_000), 'x'.repeat(200_000)]) {
      const t0 = performance.now()
      await read(`dingtalk ${filler} ECONNRESET`)
      expect(performance.now() - t0).toBeLessThan(1500)
    }
  })
})

describe('the side a network failure is shown under', () => {
  // A failure before DingTalk answered is no side's own: the paste says which call failed (a robot send, an API call).
  it.each([
    ['a robot send', 'POST https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123456789abcdef failed: connect ETIMEDOUT 203.0.113.7:443', 'robot'],
    ['a token request', 'GET https://oapi.dingtalk.com/gettoken?appkey=dingexampleappkey000 failed: connect ETIMEDOUT 203.0.113.7:443', 'app'],
    ['a certificate on a robot send', 'requests.exceptions.SSLError: HTTPSConnectionPool(host=\'oapi.dingtalk.com\', port=443): Max retries exceeded with url: /robot/send?access_token=abc (Caused by SSLError(SSLCertVerificationError(1, \'[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed\')))', 'robot'],
  ])('%s', async (_name, text, side) => {
    const d = await read(text)
    expect(d.id.startsWith('net.'), text).toBe(true)
    expect(d.source).toBe(side)
  })
})
