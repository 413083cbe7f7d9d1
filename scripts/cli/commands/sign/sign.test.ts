import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../../../../playground/logic/examples'
import { nodeSign, startFakeDingTalk, type FakeDingTalk } from '../../testing/fake-dingtalk'
import { runCli } from '../../testing/run-cli'
import { runInProcess } from '../../testing/run-in-process'

// Each case starts the real CLI as a process (about a second each).
vi.setConfig({ testTimeout: 60_000 })

const SECRET = EXAMPLE.robotSecret
let fake: FakeDingTalk
beforeAll(async () => {
  fake = await startFakeDingTalk({ robots: [{ accessToken: EXAMPLE.robotAccessToken, secret: SECRET }] })
})
afterAll(() => fake.close())

/** The signed URL pointed at the fake DingTalk instead of oapi.dingtalk.com. */
const toFake = (url: string) => url.replace('https://oapi.dingtalk.com', fake.origin)

async function postText(url: string) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ msgtype: 'text', text: { content: '跟投系统测试' } }),
  })
  return (await r.json()) as { errcode: number; errmsg: string }
}

describe('dingtalk sign', () => {
  it('reproduces the published vector A4 (stdout is only the URL-encoded sign)', async () => {
    const r = await runCli(['sign', '--secret', 'SEC1234567890abcdef', '--timestamp', '1700000000000'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('RqBq3E1RTBDv3n2QBCh4adZ2WHk9mVklyUoDBLxarjI%3D\n')
    expect(r.all).not.toContain('SEC1234567890abcdef')
  })

  it('--json prints exactly {timestamp, sign}, signed with the current time by default', async () => {
    const before = Date.now()
    const r = await runCli(['sign', '--secret', SECRET, '--json'])
    const after = Date.now()
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as Record<string, string>
    expect(Object.keys(out)).toEqual(['timestamp', 'sign'])
    expect(Number(out.timestamp)).toBeGreaterThanOrEqual(before)
    expect(Number(out.timestamp)).toBeLessThanOrEqual(after)
    expect(out.sign).toBe(encodeURIComponent(nodeSign(SECRET, out.timestamp!)))
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    expect(r.all).not.toContain(SECRET)
  })

  it('--webhook --json adds the signed URL, which a DingTalk-like server accepts', async () => {
    const r = await runCli(['sign', '--secret', SECRET, '--webhook', EXAMPLE.robotWebhook, '--json'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as Record<string, string>
    expect(Object.keys(out)).toEqual(['timestamp', 'sign', 'url'])
    expect(out.url).toBe(`${EXAMPLE.robotWebhook}&timestamp=${out.timestamp}&sign=${out.sign}`)
    expect(await postText(toFake(out.url!))).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(r.all).not.toContain(SECRET)
  })

  it('without --json and with --webhook, stdout is the signed URL only', async () => {
    const r = await runCli(['sign', '--secret', SECRET, '--webhook', EXAMPLE.robotAccessToken])
    expect(r.code).toBe(0)
    const url = r.stdout.trim()
    expect(url.startsWith(EXAMPLE.robotWebhook + '&timestamp=')).toBe(true)
    expect(r.stderr).toContain('1 小时')
    expect(await postText(toFake(url))).toEqual({ errcode: 0, errmsg: 'ok' })
  })

  it('a timestamp over an hour old is signed (with a warning) and then refused by DingTalk', async () => {
    const old = String(Date.now() - 2 * 3_600_000)
    const r = await runCli(['sign', '--secret', SECRET, '--timestamp', old, '--webhook', EXAMPLE.robotWebhook])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('相差超过 1 小时')
    const answer = await postText(toFake(r.stdout.trim()))
    expect(answer.errcode).toBe(310000)
    expect(answer.errmsg).toContain('签名过期')
  })

  it('exit 1 for a wrong secret, timestamp or webhook, with a Chinese reason and no secret echoed', async () => {
    const cases: [string[], string][] = [
      [['--secret', 'ＳＥＣ', '--timestamp', 'abc'], '毫秒数'],
      [['--secret', SECRET, '--timestamp', '1700000000'], '秒'],
      [['--secret', ''], '加签密钥'],
      [['--secret', SECRET, '--webhook', 'https://example.com/hook'], 'oapi.dingtalk.com'],
      [['--secret', EXAMPLE.robotWebhook], 'Webhook'],
    ]
    for (const [args, reason] of cases) {
      const r = await runInProcess(['sign', ...args])
      expect(r.code, args.join(' ').slice(0, 80)).toBe(1)
      expect(r.stderr).toContain(reason)
      expect(r.stdout).toBe('')
      expect(r.all).not.toContain(SECRET)
    }
  })

  it('signs a key that is not a robot secret (an AppSecret, a 100 KB string) with a warning naming the AppSecret case', async () => {
    for (const key of ['not-a-secret-value', '-Yk3v9_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdEFGHijklmnopqrst', '😀'.repeat(25_000)]) {
      const r = await runInProcess(['sign', `--secret=${key}`, '--timestamp', '1700000000000'])
      expect(r.code, key.slice(0, 20)).toBe(0)
      expect(r.stdout).toBe(encodeURIComponent(nodeSign(key, '1700000000000')) + '\n')
      expect(r.stderr).toContain('AppSecret')
      expect(r.stderr).toContain('ps')
      expect(r.all).not.toContain(key)
    }
  })

  it('exit 2 for wrong usage, 0 for --help', async () => {
    expect((await runCli(['sign'], { env: { DINGTALK_ROBOT_SECRET: '' } })).code).toBe(2)
    expect((await runInProcess(['sign', '--secret'])).code).toBe(2)
    const repeated = await runInProcess(['sign', '--secret', SECRET, '--secret', SECRET])
    expect(repeated.code).toBe(2)
    expect(repeated.stderr).toContain('只能给一次')
    expect(repeated.all).not.toContain(SECRET)
    const help = await runCli(['sign', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('用法：npm run -s dingtalk -- sign')
    expect(help.stdout).toContain('--timestamp')
  })
})
