/**
 * The fake must itself behave like DingTalk, or the CLI tests prove nothing: these tests talk
 * to it with plain fetch and Node crypto, independent of the code under test.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../../playground/logic/examples'
import { nodeSign, startFakeDingTalk, type FakeDingTalk } from './fake-dingtalk'

let fake: FakeDingTalk | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const TOKEN = EXAMPLE.robotAccessToken
const SECRET = EXAMPLE.robotSecret
const text = (content: string) => JSON.stringify({ msgtype: 'text', text: { content } })

async function post(url: string, body: string) {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
  return { status: r.status, json: (await r.json()) as Record<string, unknown> }
}

function signed(webhook: string, secret: string, ts: number, encode = true) {
  const sign = nodeSign(secret, String(ts))
  return `${webhook}&timestamp=${ts}&sign=${encode ? encodeURIComponent(sign) : sign}`
}

describe('fake DingTalk robot webhook', () => {
  it('reproduces a published signature vector (A4)', () => {
    expect(nodeSign('SEC1234567890abcdef', '1700000000000')).toBe('RqBq3E1RTBDv3n2QBCh4adZ2WHk9mVklyUoDBLxarjI=')
  })

  it('accepts a correctly signed message, with HTTP 200 and errcode 0', async () => {
    fake = await startFakeDingTalk({ robots: [{ accessToken: TOKEN, secret: SECRET }] })
    const r = await post(signed(fake.webhookFor(TOKEN), SECRET, Date.now()), text('你好'))
    expect(r).toEqual({ status: 200, json: { errcode: 0, errmsg: 'ok' } })
    expect(fake.delivered).toHaveLength(1)
  })

  it('refuses with HTTP 200 and errcode: unknown token, missing/wrong/unencoded sign, stale timestamp', async () => {
    fake = await startFakeDingTalk({ robots: [{ accessToken: TOKEN, secret: SECRET }] })
    const hook = fake.webhookFor(TOKEN)
    const now = Date.now()
    expect((await post(fake.webhookFor('f'.repeat(64)), text('x'))).json.errcode).toBe(300001)
    expect((await post(hook, text('x'))).json).toMatchObject({ errcode: 310000 })
    expect((await post(signed(hook, 'SECwrong', now), text('x'))).json.errmsg).toContain('签名不匹配')
    // A sign with "+" sent without URL-encoding: the "+" arrives as a space (a classic bug).
    let ts = now
    while (!nodeSign(SECRET, String(ts)).includes('+')) ts++
    expect((await post(signed(hook, SECRET, ts, false), text('x'))).json.errmsg).toContain('签名不匹配')
    const stale = await post(signed(hook, SECRET, now - 3_600_000 - 60_000), text('x'))
    expect(stale).toMatchObject({ status: 200, json: { errcode: 310000 } })
    expect(stale.json.errmsg).toContain('签名过期')
    const future = await post(signed(hook, SECRET, now + 3_600_000 + 60_000), text('x'))
    expect(future.json.errmsg).toContain('签名过期')
    expect((await post(signed(hook, SECRET, now - 3_500_000), text('x'))).json.errcode).toBe(0)
    expect(fake.delivered).toHaveLength(1)
  })

  it('checks keywords, body size and message type', async () => {
    fake = await startFakeDingTalk({ robots: [{ accessToken: TOKEN, keywords: ['跟投'] }] })
    const hook = fake.webhookFor(TOKEN)
    expect((await post(hook, text('你好'))).json.errmsg).toContain('关键词不匹配')
    expect((await post(hook, text('跟投系统通知'))).json.errcode).toBe(0)
    expect((await post(hook, text('跟投' + 'x'.repeat(20_000)))).json.errcode).toBe(460101)
    expect((await post(hook, JSON.stringify({ msgtype: 'image', image: { picURL: 'x' } }))).json.errcode).toBe(400105)
  })

  it('allows 20 messages per window, then throttles the robot', async () => {
    fake = await startFakeDingTalk({ robots: [{ accessToken: TOKEN }], windowMs: 60_000 })
    const hook = fake.webhookFor(TOKEN)
    for (let i = 0; i < 20; i++) expect((await post(hook, text(`#${i}`))).json.errcode).toBe(0)
    expect((await post(hook, text('#21'))).json).toEqual({ errcode: 410100, errmsg: '发送速度太快而限流' })
    expect((await post(hook, text('#22'))).json.errcode).toBe(410100)
  })

  it('can answer rate limiting in the older 130101 style', async () => {
    fake = await startFakeDingTalk({ robots: [{ accessToken: TOKEN }], limit: 1, rateLimitCode: 130101 })
    const hook = fake.webhookFor(TOKEN)
    expect((await post(hook, text('1'))).json.errcode).toBe(0)
    expect((await post(hook, text('2'))).json).toEqual({ errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' })
  })
})

describe('fake DingTalk token endpoints', () => {
  const app = { appKey: EXAMPLE.appKey, appSecret: EXAMPLE.appSecret }

  it('new API: success and invalidClientIdOrSecret', async () => {
    fake = await startFakeDingTalk({ apps: [app] })
    const url = `${fake.origin}/v1.0/oauth2/accessToken`
    const ok = await post(url, JSON.stringify(app))
    expect(ok.status).toBe(200)
    expect(ok.json).toEqual({ accessToken: fake.issuedTokens[0], expireIn: 7200 })
    const bad = await post(url, JSON.stringify({ ...app, appSecret: 'nope' }))
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' })
  })

  it('old API: success and 40089, both with HTTP 200', async () => {
    fake = await startFakeDingTalk({ apps: [app] })
    const q = (k: string, s: string) => `${fake!.origin}/gettoken?appkey=${encodeURIComponent(k)}&appsecret=${encodeURIComponent(s)}`
    const ok = await fetch(q(app.appKey, app.appSecret))
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ errcode: 0, access_token: fake.issuedTokens[0], expires_in: 7200, errmsg: 'ok' })
    const bad = await fetch(q(app.appKey, 'nope'))
    expect(bad.status).toBe(200)
    expect(await bad.json()).toEqual({ errcode: 40089, errmsg: '不合法的corpid或corpsecret' })
  })

  it('never echoes a secret', async () => {
    fake = await startFakeDingTalk({ apps: [app], oldApi: 'ipNotInWhitelist' })
    const r = await fetch(`${fake.origin}/gettoken?appkey=${app.appKey}&appsecret=${app.appSecret}`)
    const body = await r.text()
    expect(body).toContain('60020')
    expect(body).not.toContain(app.appSecret)
  })
})
