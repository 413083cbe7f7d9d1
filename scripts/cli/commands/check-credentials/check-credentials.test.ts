import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../../../../playground/logic/examples'
import { startFakeDingTalk, type FakeDingTalk, type FakeDingTalkOptions } from '../../testing/fake-dingtalk'
import { runCli, type CliRun } from '../../testing/run-cli'
import { runInProcess } from '../../testing/run-in-process'

// Each case starts the real CLI as a process (about a second each).
vi.setConfig({ testTimeout: 60_000 })

const APP = { appKey: EXAMPLE.appKey, appSecret: EXAMPLE.appSecret }
/** A well-formed secret that DingTalk (the fake) does not know. */
const OTHER_SECRET = 'EXAMPLE-wrong_0000000000000000000000000000000000000000000000000000'.slice(0, 64)

let fake: FakeDingTalk | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function check(options: FakeDingTalkOptions, args: string[]): Promise<CliRun> {
  fake = await startFakeDingTalk({ apps: [APP], ...options })
  const r = await runCli(['check-credentials', ...args, '--endpoint', fake.origin])
  // Neither the secret nor any token DingTalk handed out may ever be printed.
  for (const secret of [APP.appSecret, OTHER_SECRET, ...fake.issuedTokens]) expect(r.all).not.toContain(secret)
  return r
}

const paths = (f: FakeDingTalk) => f.requests.map((q) => `${q.method} ${q.path}`)

describe('dingtalk check-credentials', () => {
  it('valid pair: new API answers, exit 0, the old API is not asked', async () => {
    const r = await check({}, ['--app-key', APP.appKey, '--app-secret', APP.appSecret])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('凭证有效')
    expect(r.stdout).toContain('7200')
    expect(paths(fake!)).toEqual(['POST /v1.0/oauth2/accessToken'])
    expect(JSON.parse(fake!.requests[0]!.body)).toEqual(APP)
    expect(fake!.issuedTokens).toHaveLength(1)
  })

  it('wrong secret: new API says invalidClientIdOrSecret (HTTP 400), exit 1 with the cause', async () => {
    const r = await check({}, ['--app-key', APP.appKey, '--app-secret', OTHER_SECRET])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('凭证无效')
    expect(r.stderr).toContain('invalidClientIdOrSecret')
    expect(r.stderr).toContain('原因：')
    expect(paths(fake!)).toEqual(['POST /v1.0/oauth2/accessToken'])
  })

  it('new API down: falls back to GET /gettoken (errcode 0), exit 0', async () => {
    const r = await check({ newApi: 'down' }, ['--app-key', APP.appKey, '--app-secret', APP.appSecret])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('旧版接口')
    expect(paths(fake!)).toEqual(['POST /v1.0/oauth2/accessToken', 'GET /gettoken'])
    expect(fake!.requests[1]!.query).toEqual({ appkey: APP.appKey, appsecret: APP.appSecret })
  })

  it('new API down, old API says 40089: exit 1, explained', async () => {
    const r = await check({ newApi: 'down' }, ['--app-key', APP.appKey, '--app-secret', OTHER_SECRET])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('凭证无效')
    expect(r.stderr).toContain('40089')
  })

  it('IP not whitelisted on both APIs: exit 1, the catalog explains 60020 with the IP', async () => {
    const r = await check({ newApi: 'ipNotInWhitelist', oldApi: 'ipNotInWhitelist' }, [
      '--app-key',
      APP.appKey,
      '--app-secret',
      APP.appSecret,
      '--json',
    ])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual({ status: 'refused', api: 'new', errcode: 'Forbidden.AccessDenied.IpNotInWhiteList', attempts: 2 })
    expect(r.stderr).toContain('无法确认凭证')
    expect(r.stderr).toContain('60020')
    expect(r.stderr).toContain('127.0.0.1')
  })

  it('both APIs down: exit 75 (no clear answer, try later), says so for each; --json says uncertain', async () => {
    const r = await check({ newApi: 'down', oldApi: 'down' }, ['--app-key', APP.appKey, '--app-secret', APP.appSecret, '--json'])
    expect(r.code).toBe(75)
    expect(JSON.parse(r.stdout)).toEqual({ status: 'uncertain', api: 'old', errcode: null, attempts: 2 })
    expect(r.stderr).toContain('HTTP 503')
    expect(r.stderr).toContain('HTTP 502')
  })

  it('nothing listening: exit 75 with a network reason naming only the host', async () => {
    const closed = await startFakeDingTalk()
    await closed.close() // its port is now free, so nothing answers there
    const r = await runCli(['check-credentials', '--app-key', APP.appKey, '--app-secret', APP.appSecret, '--endpoint', closed.origin])
    expect(r.code).toBe(75)
    expect(r.stderr).toContain(`无法连接 ${closed.origin.replace('http://', '')}：连接被拒绝`)
    expect(r.all).not.toContain(APP.appSecret)
  })

  it('reads the pair from a .env file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-cred-'))
    const env = join(dir, '.env')
    writeFileSync(env, `DINGTALK_APP_KEY=${APP.appKey}\nDINGTALK_APP_SECRET='${APP.appSecret}'\n`)
    const r = await check({}, ['--env', env])
    expect(r.code).toBe(0)
    writeFileSync(env, `DINGTALK_APP_KEY=${APP.appKey}\n`)
    const missing = await runCli(['check-credentials', '--env', env, '--endpoint', fake!.origin])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('DINGTALK_APP_SECRET')
  })

  it('a certainly wrong value is refused before any request (exit 1)', async () => {
    const r = await check({}, ['--app-key', APP.appKey, '--app-secret', 'EXAMPLE only with spaces'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('没有向钉钉发请求')
    expect(fake!.requests).toHaveLength(0)
  })

  it('wrong usage exits 2', async () => {
    for (const args of [[], ['--app-key', APP.appKey], ['--app-key', APP.appKey, '--env', '.env'], ['--env', '.env', '--app-secret', 'x']]) {
      const r = await runInProcess(['check-credentials', ...args])
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toContain('用法错误')
    }
  })
})
