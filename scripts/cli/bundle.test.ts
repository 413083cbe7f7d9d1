/**
 * The single file (dist/dingtalk.mjs, issue 14) as a server runs it: built into an empty folder,
 * started as a process with only PATH in its environment, network only on 127.0.0.1 (the fake
 * DingTalk and a CONNECT proxy started here).
 */
import { createHmac } from 'node:crypto'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../../playground/logic/examples'
import { MAX_BODY_BYTES } from '../../playground/logic/robot/message/build'
import { startConnectProxy, type ConnectProxy } from './testing/connect-proxy'
import { doctorRoutes } from './testing/fake-doctor'
import { nodeSign, startFakeDingTalk, type FakeDingTalk, type FakeDingTalkOptions } from './testing/fake-dingtalk'
import { bundleInEmptyFolder, type BundleFolder } from './testing/run-bundle'
import { COMPUTED_VECTORS, PUBLISHED_VECTORS } from './testing/sign-vectors'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const SECRET = EXAMPLE.robotSecret
const TOKEN = EXAMPLE.robotAccessToken
const KEYWORD = EXAMPLE.robotKeywords
const TS = '1700000000000'

let cli: BundleFolder
beforeAll(async () => {
  cli = await bundleInEmptyFolder()
})
afterAll(() => cli?.remove())

let fake: FakeDingTalk | undefined
let proxy: ConnectProxy | undefined
afterEach(async () => {
  await fake?.close()
  await proxy?.close()
  fake = undefined
  proxy = undefined
})

const b64 = (key: string, ts: string) => createHmac('sha256', key).update(`${ts}\n${key}`, 'utf8').digest('base64')
const line = (content: string) => JSON.stringify({ msgtype: 'text', text: { content } })

describe('the single file', () => {
  it('runs from a folder holding nothing else, and its help names it', async () => {
    expect(readdirSync(cli.dir)).toEqual(['dingtalk.mjs'])
    const r = await cli.run(['--help'])
    expect(r.code).toBe(0)
    for (const name of ['sign', 'verify', 'send', 'check-credentials', 'validate', 'diagnose']) expect(r.stdout).toContain(name)
    const help = await cli.run(['send', '--help'])
    expect(help.stdout).toContain('用法：node dingtalk.mjs send')
    expect(help.stdout).not.toContain('npm run')
  })

  it('signs every published vector, and the computed ones', async () => {
    for (const v of [...PUBLISHED_VECTORS, ...COMPUTED_VECTORS]) {
      const r = await cli.run(['sign', `--secret=${v.key}`, '--timestamp', v.timestamp, '--json'])
      expect(r.code, v.id).toBe(0)
      expect(JSON.parse(r.stdout), v.id).toEqual({ timestamp: v.timestamp, sign: encodeURIComponent(v.base64) })
      if (v.kind === 'arbitrary') expect(r.stderr, v.id).toContain('AppSecret')
    }
  })

  it('signs random keys (robot secrets and others) exactly as Node crypto does', async () => {
    const chars = fc.constantFrom(...'abcXYZ019-_+/=.~!@#$%^&*()[]{};:,<>? 密钥签名😀'.split(/(?:)/u))
    const key = fc
      .array(chars, { minLength: 1, maxLength: 80 })
      .map((cs) => cs.join('').trim())
      .filter((k) => k !== '')
    const samples = fc.sample(fc.tuple(fc.oneof(key, key.map((k) => `SEC${k.replace(/\s/g, '')}`).filter((k) => k.length > 3)), fc.integer({ min: 1e12, max: 9_999_999_999_999 })), {
      numRuns: 12,
      seed: 14,
    })
    for (const [k, ts] of samples) {
      const r = await cli.run(['sign', `--secret=${k}`, '--timestamp', String(ts)])
      expect(r.code, k).toBe(0)
      expect(r.stdout, k).toBe(encodeURIComponent(b64(k, String(ts))) + '\n')
    }
  })

  it('takes the secret from the environment, a .env file or stdin, without the ps warning', async () => {
    const want = encodeURIComponent(nodeSign(SECRET, TS)) + '\n'
    const env = await cli.run(['sign', '--timestamp', TS], { env: { DINGTALK_ROBOT_SECRET: SECRET } })
    expect(env.stdout).toBe(want)
    const path = join(cli.dir, '.env')
    writeFileSync(path, `DINGTALK_ROBOT_SECRET="${SECRET}"\n`)
    const file = await cli.run(['sign', '--env', '.env', '--timestamp', TS])
    expect(file.stdout).toBe(want)
    const stdin = await cli.run(['sign', '--secret', '-', '--timestamp', TS], { input: `${SECRET}\n` })
    expect(stdin.stdout).toBe(want)
    for (const r of [env, file, stdin]) {
      expect(r.code).toBe(0)
      expect(r.stderr).not.toContain('ps')
      expect(r.all).not.toContain(SECRET)
    }
    const flag = await cli.run(['sign', '--secret', SECRET, '--timestamp', TS])
    expect(flag.stdout).toBe(want)
    expect(flag.stderr).toContain('进程列表（ps）')
    const dash = '-Yk3v9_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdEFGHijklmnopqrst'
    for (const args of [['--secret', dash], [`--secret=${dash}`]]) {
      const r = await cli.run(['sign', ...args, '--timestamp', TS])
      expect(r.code, args.join(' ')).toBe(0)
      expect(r.stdout).toBe(encodeURIComponent(b64(dash, TS)) + '\n')
    }
    const none = await cli.run(['sign', '--timestamp', TS])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('DINGTALK_ROBOT_SECRET')
  })

  it('verify: right (exit 0), wrong key or altered sign (1), expired or in the future (1)', async () => {
    const key = 'dingexampleAppSecret-0123456789abcdefghijklmnopqrstuvwxyzABCDEF'
    const now = String(Date.now())
    const good = b64(key, now)
    const ok = await cli.run(['verify', '--timestamp', now, '--sign', good], { env: { DINGTALK_APP_SECRET: key } })
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toContain('签名有效')
    expect(ok.stderr).toContain('DINGTALK_APP_SECRET')
    const encoded = await cli.run(['verify', '--timestamp', now, '--sign', encodeURIComponent(good), '--secret', '-', '--json'], { input: key })
    expect(JSON.parse(encoded.stdout)).toEqual({ valid: true, reason: 'ok' })
    const wrong = await cli.run(['verify', '--timestamp', now, '--sign', good, '--json'], { env: { DINGTALK_APP_SECRET: key + 'x' } })
    expect(wrong.code).toBe(1)
    expect(JSON.parse(wrong.stdout)).toEqual({ valid: false, reason: 'mismatch' })
    expect(wrong.stderr).toContain('不一致')
    const old = String(Date.now() - 2 * 3_600_000)
    const expired = await cli.run(['verify', '--timestamp', old, '--sign', b64(key, old)], { env: { DINGTALK_APP_SECRET: key } })
    expect(expired.code).toBe(1)
    expect(expired.stderr).toContain('过期')
    const later = String(Date.now() + 2 * 3_600_000)
    const future = await cli.run(['verify', '--timestamp', later, '--sign', b64(key, later), '--json'], { env: { DINGTALK_APP_SECRET: key } })
    expect(JSON.parse(future.stdout)).toEqual({ valid: false, reason: 'future' })
    // The docs' example request header, with the docs' example key: right key and algorithm, long expired.
    const b1 = PUBLISHED_VECTORS.find((v) => v.id === 'B1')!
    const docs = await cli.run(['verify', '--timestamp', b1.timestamp, '--sign', b1.base64, '--json'], { env: { DINGTALK_APP_SECRET: b1.key } })
    expect(JSON.parse(docs.stdout)).toEqual({ valid: false, reason: 'expired' })
    for (const r of [ok, encoded, wrong, expired, future, docs]) expect(r.all).not.toContain(key)
  })

  it('validate: the site’s validators, values never echoed', async () => {
    const r = await cli.run(['validate', '--field', 'corpId', '--value', EXAMPLE.appKey, '--json'])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ field: 'corpId', level: 'error' })
    writeFileSync(
      join(cli.dir, 'handover.env'),
      `DINGTALK_CORP_ID=${EXAMPLE.corpId}\nDINGTALK_APP_KEY=${EXAMPLE.appKey}\nDINGTALK_APP_SECRET=${EXAMPLE.appSecret}\nDINGTALK_AGENT_ID=${EXAMPLE.agentId}\n`,
    )
    const env = await cli.run(['validate', '--env', 'handover.env', '--json'])
    expect(env.code, env.stdout).toBe(0)
    expect(env.stdout.trim().split('\n')).toHaveLength(4)
    expect(env.all).not.toContain(EXAMPLE.appSecret)
  })
})

describe('the single file: send', () => {
  async function send(args: string[], options: FakeDingTalkOptions = {}, env: Record<string, string> = {}, input?: string) {
    fake = await startFakeDingTalk({ robots: [{ accessToken: TOKEN, secret: SECRET, keywords: [KEYWORD] }], ...options })
    const r = await cli.run(['send', '--endpoint', fake.origin, ...args], {
      env: { DINGTALK_ROBOT_WEBHOOK: EXAMPLE.robotWebhook, DINGTALK_ROBOT_SECRET: SECRET, ...env },
      input,
    })
    expect(r.all).not.toContain(SECRET)
    expect(r.all).not.toContain(`access_token=${TOKEN}`)
    return r
  }

  it('--dry-run prints the whole signed webhook (the one place the token shows), never the secret', async () => {
    const ways: [Record<string, string>, string[]][] = [
      [{ DINGTALK_ROBOT_WEBHOOK: EXAMPLE.robotWebhook }, []],
      [{}, ['--webhook', EXAMPLE.robotWebhook]],
    ]
    for (const [env, args] of ways) {
      const r = await cli.run(['send', ...args, '--text', KEYWORD, '--dry-run'], { env: { DINGTALK_ROBOT_SECRET: SECRET, ...env } })
      expect(r.code, r.stderr).toBe(0)
      const url = new URL(r.stdout.split('\n')[0]!.replace(/^POST /, ''))
      expect(url.origin + url.pathname).toBe('https://oapi.dingtalk.com/robot/send')
      expect(url.searchParams.get('access_token')).toBe(TOKEN)
      expect(url.searchParams.get('sign')).toBe(nodeSign(SECRET, url.searchParams.get('timestamp')!))
      expect(r.all).not.toContain(SECRET)
    }
  })

  it('goes through HTTP_PROXY / HTTPS_PROXY (a CONNECT proxy), and around it for NO_PROXY', async () => {
    proxy = await startConnectProxy()
    const r = await send(['--text', `${KEYWORD}：经代理`], {}, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url })
    expect(r.code, r.stderr).toBe(0)
    expect(fake!.delivered).toHaveLength(1)
    expect(proxy.tunnels).toEqual([new URL(fake!.origin).host])
    expect(r.stderr).toContain('经代理')
    await fake!.close()
    const direct = await send(['--text', `${KEYWORD}：直连`], {}, { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' })
    expect(direct.code, direct.stderr).toBe(0)
    expect(fake!.delivered).toHaveLength(1)
    expect(proxy.tunnels).toHaveLength(1)
  })

  it('doctor goes through the same proxy route in the single file (the ProxyAgent it ships)', async () => {
    fake = await startFakeDingTalk({ extraRoutes: doctorRoutes({ corpId: EXAMPLE.corpId, agentIds: [], granted: [] }) })
    proxy = await startConnectProxy()
    const r = await cli.run(['doctor', '--endpoint', fake.origin, '--deadline', '10'], {
      env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, DINGTALK_CORP_ID: EXAMPLE.corpId },
    })
    expect(proxy.tunnels.length, r.all).toBeGreaterThan(0)
    expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(fake.origin).host]))
    expect(r.stdout).toContain('经代理')
    expect(r.stdout, r.all).not.toMatch(/^✗/m)
  })

  it('a refused proxy is a network error, reported without the URL’s secrets', async () => {
    const r = await send(['--text', KEYWORD, '--retries', '0'], {}, { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' })
    expect(r.code).toBe(75) // not sent, and it may work later: exit 75, not 1 (refused)
    expect(r.stderr).toContain('发送失败（没有送达）')
    expect(fake!.requests).toHaveLength(0)
  })

  it('retries a 502, signing afresh, then succeeds', async () => {
    const r = await send(['--text', `${KEYWORD} 重试`], { robotFailures: 1 }, { DINGTALK_CLI_TEST_RETRY_BASE_MS: '300' })
    expect(r.code, r.stderr).toBe(0)
    expect(fake!.requests).toHaveLength(2)
    expect(fake!.delivered).toHaveLength(1)
    expect(r.stderr).toContain('HTTP 502')
    expect(r.stderr).toContain('第 1 次重试')
    const [first, second] = fake!.requests.map((q) => q.query)
    expect(Number(second!.timestamp) - Number(first!.timestamp)).toBeGreaterThanOrEqual(300)
    expect(second!.sign).toBe(nodeSign(SECRET, second!.timestamp!))
  })

  it('gives up after --retries, and never retries a refusal (errcode ≠ 0)', async () => {
    const down = await send(['--text', KEYWORD, '--retries', '2'], { robotFailures: 99 }, { DINGTALK_CLI_TEST_RETRY_BASE_MS: '20' })
    // A 502 may come from a gateway after DingTalk took the message: 可能已送达, exit 75.
    expect(down.code).toBe(75)
    expect(fake!.requests).toHaveLength(3)
    expect(down.stderr).toContain('共试了 3 次')
    expect(down.stderr).toContain('可能已送达')
    await fake!.close()
    const refused = await send(['--text', '没有关键词'], {}, { DINGTALK_CLI_TEST_RETRY_BASE_MS: '20' })
    expect(refused.code).toBe(1)
    expect(fake!.requests).toHaveLength(1)
    expect(refused.stderr).toContain('钉钉拒绝')
  })

  it('--split sends a long text as numbered parts within the limit, each with the keyword', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `第 ${i + 1} 行：跟投项目报表数据`)
    const text = lines.join('\n')
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_BODY_BYTES)
    const without = await send(['--text', text, '--keyword', KEYWORD])
    expect(without.code).toBe(1)
    expect(without.stderr).toContain('--split')
    await fake!.close()
    const r = await send(['--text', text, '--keyword', KEYWORD, '--split', '--at-mobiles', EXAMPLE.mobile], {}, { DINGTALK_CLI_TEST_RATE_WINDOW_MS: '1000' })
    expect(r.code, r.stderr).toBe(0)
    const parts = fake!.delivered.map((d) => (d.body.text as { content: string }).content)
    expect(parts.length).toBeGreaterThan(1)
    expect(r.stdout).toContain(`共 ${parts.length} 条`)
    parts.forEach((p, i) => expect(p.startsWith(`${KEYWORD}（${i + 1}/${parts.length}）\n`) || p.startsWith(`（${i + 1}/${parts.length}）\n`)).toBe(true))
    for (const req of fake!.requests) expect(Buffer.byteLength(req.body)).toBeLessThanOrEqual(MAX_BODY_BYTES)
    const rebuilt = parts.map((p, i) => p.slice(p.indexOf('\n') + 1).replace(i === parts.length - 1 ? `@${EXAMPLE.mobile}` : /$^/, '').trimEnd())
    expect(rebuilt.join('\n')).toBe(text)
    expect(fake!.delivered.at(-1)!.body.at).toMatchObject({ atMobiles: [EXAMPLE.mobile] })
    expect(fake!.delivered[0]!.body.at).toBeUndefined()
  })

  it('--max stops after N; the summary counts; a big run is reminded of the monthly quota', async () => {
    const input = Array.from({ length: 5 }, (_, i) => line(`${KEYWORD} #${i + 1}`)).join('\n')
    const r = await send(['--json', '-', '--max', '3'], {}, {}, input)
    expect(r.code, r.stderr).toBe(0)
    expect(fake!.delivered).toHaveLength(3)
    expect(r.stderr).toContain('已达到 --max 3')
    expect(r.stderr).toContain('第 4 行')
    expect(r.stdout).toContain('发送完成：共 3 条')
    expect(r.stderr).not.toContain('3000 次')
    await fake!.close()
    const many = Array.from({ length: 20 }, (_, i) => line(`${KEYWORD} #${i + 1}`)).join('\n')
    const big = await send(['--json', '-'], {}, {}, many)
    expect(big.code, big.stderr).toBe(0)
    expect(fake!.delivered).toHaveLength(20)
    expect(big.stdout).toContain('共 20 条')
    expect(big.stderr).toMatch(/Webhook & Stream[\s\S]*3000 次\/自然月/)
    const bad = await cli.run(['send', '--text', 'x', '--max', '0'], { env: { DINGTALK_ROBOT_WEBHOOK: EXAMPLE.robotWebhook } })
    expect(bad.code).toBe(2)
  })
})

describe('diagnose from the single file', () => {
  // The error-code table travels inside the file: a code only DingTalk's table knows is still
  // explained with no checkout beside it.
  it('explains a code known only to DingTalk\'s table, and a curated one, from stdin and --text', async () => {
    const official = await cli.run(['diagnose', '--json'], { input: '{"errcode":33012,"errmsg":"无效的USERID"}' })
    expect(official.code).toBe(0)
    const o = JSON.parse(official.stdout)
    expect(o).toMatchObject({ matched: true, errcode: 33012, id: 'official:33012' })
    expect(o.officialDescription).toContain('userid')
    expect(o.docUrl).toMatch(/^https:\/\/open\.dingtalk\.com\/document\//)
    const curated = await cli.run(['diagnose', '--text', '{"errcode":310000,"errmsg":"sign not match"}'])
    expect(curated.code).toBe(0)
    expect(curated.stdout).toContain('310000')
    const unknown = await cli.run(['diagnose', '--text', 'hello'])
    expect(unknown.code).toBe(1)
    // The message index travels too: DingTalk's message without its code.
    const byMessage = await cli.run(['diagnose', '--json', '--text', '报错：不合法的请求格式'])
    expect(JSON.parse(byMessage.stdout)).toMatchObject({ matched: true, errcode: 40038 })
  })
})
