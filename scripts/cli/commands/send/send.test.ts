import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../../../../playground/logic/examples'
import { nodeSign, startFakeDingTalk, type FakeDingTalk, type FakeDingTalkOptions, type FakeRobot } from '../../testing/fake-dingtalk'
import { runCli, type CliRun, type RunOptions } from '../../testing/run-cli'
import { runInProcess } from '../../testing/run-in-process'

// Each case starts the real CLI as a process (about a second each).
vi.setConfig({ testTimeout: 60_000 })

const TOKEN = EXAMPLE.robotAccessToken
const SECRET = EXAMPLE.robotSecret
const KEYWORD = EXAMPLE.robotKeywords // 跟投
const ROBOT: FakeRobot = { accessToken: TOKEN, secret: SECRET, keywords: [KEYWORD] }

const dir = mkdtempSync(join(tmpdir(), 'cli-send-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

let fake: FakeDingTalk | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

/** Starts the fake DingTalk, runs `send` against it, and checks the secret never shows. */
async function send(args: string[], options: FakeDingTalkOptions = {}, run: RunOptions = {}, runner = runCli): Promise<CliRun> {
  fake = await startFakeDingTalk({ robots: [ROBOT], ...options })
  const r = await runner(['send', '--webhook', EXAMPLE.robotWebhook, '--endpoint', fake.origin, ...args], run)
  expect(r.all).not.toContain(SECRET)
  return r
}

const line = (content: string) => JSON.stringify({ msgtype: 'text', text: { content } })

describe('dingtalk send: one message', () => {
  it('text, signed, with the keyword: delivered, exit 0', async () => {
    const r = await send(['--secret', SECRET, '--text', `${KEYWORD}：今日报表已生成`, '--keyword', KEYWORD])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('发送成功')
    // Every message carries a fresh msgUuid (DingTalk's idempotency key: msg-uuid.ts).
    expect(fake!.delivered.map((d) => d.body)).toEqual([
      { msgtype: 'text', text: { content: `${KEYWORD}：今日报表已生成` }, msgUuid: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    ])
    const q = fake!.requests[0]!.query
    expect(q.access_token).toBe(TOKEN)
    expect(q.sign).toBe(nodeSign(SECRET, q.timestamp!))
    expect(Math.abs(Number(q.timestamp) - Date.now())).toBeLessThan(60_000)
  })

  it('markdown from a file with --title and --at-mobiles: the @ is added to the text', async () => {
    const md = file('report.md', `## ${KEYWORD}日报\n\n- 新增项目 3 个\n`)
    const r = await send(['--secret', SECRET, '--markdown', md, '--title', `${KEYWORD}日报`, '--at-mobiles', EXAMPLE.mobile])
    expect(r.code).toBe(0)
    const body = fake!.delivered[0]!.body as { msgtype: string; markdown: { title: string; text: string }; at: Record<string, unknown> }
    expect(body.msgtype).toBe('markdown')
    expect(body.markdown.title).toBe(`${KEYWORD}日报`)
    expect(body.markdown.text).toContain(`@${EXAMPLE.mobile}`)
    expect(body.at).toMatchObject({ atMobiles: [EXAMPLE.mobile] })
    expect(r.stderr).toContain('补上 @')
  })

  it('--json FILE with DingTalk’s own body, and --at-all', async () => {
    const json = file('msg.json', JSON.stringify({ msgtype: 'text', text: { content: `${KEYWORD}提醒` } }, null, 2))
    const r = await send(['--secret', SECRET, '--json', json, '--at-all'])
    expect(r.code).toBe(0)
    expect(fake!.delivered[0]!.body).toMatchObject({ msgtype: 'text', at: { isAtAll: true } })
  })

  it('--dry-run prints the signed request and sends nothing', async () => {
    const r = await send(['--secret', SECRET, '--text', `${KEYWORD} 测试`, '--dry-run'])
    expect(r.code).toBe(0)
    expect(fake!.requests).toHaveLength(0)
    const [request, contentType, blank, body] = r.stdout.split('\n')
    expect(request).toMatch(new RegExp(`^POST ${fake!.origin}/robot/send\\?access_token=${TOKEN}&timestamp=\\d{13}&sign=`))
    const url = new URL(request!.slice('POST '.length))
    expect(url.searchParams.get('sign')).toBe(nodeSign(SECRET, url.searchParams.get('timestamp')!))
    expect(contentType).toContain('application/json')
    expect(blank).toBe('')
    expect(JSON.parse(body!)).toEqual({ msgtype: 'text', text: { content: `${KEYWORD} 测试` }, msgUuid: expect.any(String) })
  })

  it('a webhook pasted with an old timestamp/sign is re-signed', async () => {
    const old = `${EXAMPLE.robotWebhook}&timestamp=1700000000000&sign=abc%3D`
    fake = await startFakeDingTalk({ robots: [ROBOT] })
    const r = await runInProcess(['send', '--webhook', old, '--endpoint', fake.origin, '--secret', SECRET, '--text', KEYWORD])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('换成新生成的签名')
    const q = fake.requests[0]!.query
    expect(q.timestamp).not.toBe('1700000000000')
    expect(q.sign).toBe(nodeSign(SECRET, q.timestamp!))
  })

  it('HTTP 429 (too many requests) is tried again after the Retry-After wait, signed afresh', async () => {
    const r = await send(['--secret', SECRET, '--text', `${KEYWORD} 限流`], { robotFailures: 1, robotFailureStatus: 429 }, {
      env: { DINGTALK_CLI_TEST_RETRY_BASE_MS: '20' },
    }, runInProcess)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain('HTTP 429')
    expect(fake!.requests).toHaveLength(2)
    expect(fake!.delivered).toHaveLength(1)
    const [first, second] = fake!.requests.map((q) => q.query)
    // Retry-After: 1 outweighs the 20 ms back-off.
    expect(Number(second!.timestamp) - Number(first!.timestamp)).toBeGreaterThanOrEqual(1000)
    expect(second!.sign).toBe(nodeSign(SECRET, second!.timestamp!))
    await fake!.close()
    const gaveUp = await send(['--secret', SECRET, '--text', KEYWORD, '--retries', '0'], { robotFailures: 9, robotFailureStatus: 429 }, {}, runInProcess)
    // 429 means not posted, and it may pass: exit 75 (try again later), not 1 (refused).
    expect(gaveUp.code).toBe(75)
    expect(gaveUp.stderr).toContain('HTTP 429')
    expect(gaveUp.stderr).toContain('没有送达')
    expect(gaveUp.stderr).toContain('减少发送的频率')
  })

  it('a message without the keyword is stopped before sending when --keyword is given', async () => {
    const r = await send(['--secret', SECRET, '--text', '你好', '--keyword', KEYWORD])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('关键词')
    expect(fake!.requests).toHaveLength(0)
  })

  it('DingTalk’s refusals (HTTP 200, errcode ≠ 0) exit 1, explained through the catalog', async () => {
    const cases: [string[], FakeDingTalkOptions, RegExp][] = [
      [['--secret', SECRET, '--text', '你好'], {}, /关键词/], // the robot's keyword is missing
      [['--text', `${KEYWORD}`], {}, /签名不匹配[\s\S]*没有给 --secret/], // the robot needs 加签
      [['--secret', 'SEC' + '0'.repeat(64), '--text', KEYWORD], {}, /签名/], // wrong secret
      [['--secret', SECRET, '--text', KEYWORD], { clockOffsetMs: 2 * 3_600_000 }, /过期|时间/], // server clock 2 h ahead
      [['--secret', SECRET, '--text', KEYWORD], { robots: [{ accessToken: 'f'.repeat(64) }] }, /token|access_token/i],
    ]
    for (const [i, [args, options, reason]] of cases.entries()) {
      // The first as a real process, the rest in-process (same code, real HTTP, faster).
      const r = await send(args, options, {}, i === 0 ? runCli : runInProcess)
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.stderr).toContain('钉钉拒绝')
      expect(r.stderr).toMatch(reason)
      expect(r.stderr).toContain('怎么办：')
      expect(fake!.delivered).toHaveLength(0)
      await fake!.close()
      fake = undefined
    }
  })

  it('a body over 20000 bytes is refused before sending', async () => {
    const r = await send(['--secret', SECRET, '--text', KEYWORD + '长'.repeat(30_000)])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('20000')
    expect(fake!.requests).toHaveLength(0)
  })

  it('input errors exit 1: bad webhook, bad secret, @ on a link, unreadable or broken JSON file', async () => {
    const link = file('link.json', JSON.stringify({ msgtype: 'link', link: { title: KEYWORD, text: 'x', messageUrl: EXAMPLE.homepageUrl } }))
    const broken = file('broken.json', '{"msgtype":"text",')
    const cases: string[][] = [
      ['--text', KEYWORD, '--secret', 'not-a-secret'],
      ['--text', KEYWORD, '--json', link].slice(2).concat(['--at-all']),
      ['--json', broken],
      ['--json', join(dir, 'none.json')],
    ]
    for (const args of cases) {
      const r = await send(args, {}, {}, runInProcess)
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.stderr).toContain('错误')
      expect(fake!.requests).toHaveLength(0)
      await fake!.close()
      fake = undefined
    }
    fake = await startFakeDingTalk()
    const badHook = await runCli(['send', '--webhook', 'https://example.com/robot/send?access_token=x', '--text', 'x'])
    expect(badHook.code).toBe(1)
    expect(badHook.stderr).toContain('oapi.dingtalk.com')
  })

  it('wrong usage exits 2', async () => {
    const cases = [
      ['send', '--text', 'x'],
      ['send', '--webhook', EXAMPLE.robotWebhook],
      ['send', '--webhook', EXAMPLE.robotWebhook, '--text', 'x', '--json', '-'],
      ['send', '--webhook', EXAMPLE.robotWebhook, '--markdown', 'a.md'],
      ['send', '--webhook', EXAMPLE.robotWebhook, '--text', 'x', '--title', 't'],
      ['send', '--webhook', EXAMPLE.robotWebhook, '--text', 'x', '--at-all=yes'],
    ]
    expect((await runCli(cases[0]!)).code).toBe(2) // once as a real process
    const runs = await Promise.all(cases.map((args) => runInProcess(args)))
    runs.forEach((r, i) => {
      expect(r.code, cases[i]!.join(' ')).toBe(2)
      expect(r.stderr).toContain('用法错误')
    })
  })
})

describe('dingtalk send --json - (stdin, paced)', () => {
  it('sends every line, pacing to 20 per window; the server’s 20-per-window limit is never hit', async () => {
    // Long enough that 20 sends fit in it on a busy machine, so the 21st always has to wait.
    const windowMs = 5_000
    const input = Array.from({ length: 25 }, (_, i) => line(`${KEYWORD} #${i + 1}`)).join('\n') + '\n'
    const r = await send(['--secret', SECRET, '--json', '-'], { windowMs }, { input, env: { DINGTALK_CLI_TEST_RATE_WINDOW_MS: String(windowMs) } })
    expect(r.code, r.stderr).toBe(0)
    expect(fake!.delivered).toHaveLength(25)
    expect(fake!.delivered.map((d) => (d.body.text as { content: string }).content)).toEqual(
      Array.from({ length: 25 }, (_, i) => `${KEYWORD} #${i + 1}`),
    )
    // The 21st message waited for the window to pass.
    const at = fake!.delivered.map((d) => d.at)
    expect(at[20]! - at[0]!).toBeGreaterThanOrEqual(windowMs)
    expect(r.stderr).toMatch(/等待 \d+ 秒/)
    expect(r.stderr).toContain('进度：已发送 25 条')
    expect(r.stdout).toContain('共 25 条')
  })

  it('without enough pacing DingTalk throttles: the 21st is refused (410100), the CLI stops and explains', async () => {
    const input = Array.from({ length: 23 }, (_, i) => line(`${KEYWORD} #${i + 1}`)).join('\n')
    // The CLI believes the window is 1 ms; the server keeps DingTalk's minute.
    const r = await send(['--secret', SECRET, '--json', '-'], {}, { input, env: { DINGTALK_CLI_TEST_RATE_WINDOW_MS: '1' } })
    expect(r.code).toBe(1)
    expect(fake!.delivered).toHaveLength(20)
    expect(fake!.requests).toHaveLength(21) // stopped after the refusal
    expect(r.stderr).toContain('410100')
    expect(r.stderr).toMatch(/限流|太快/)
    expect(r.stderr).toContain('之前已发送 20 条')
  })

  it('the older 130101 wording is explained too', async () => {
    const input = [line(`${KEYWORD} 1`), line(`${KEYWORD} 2`)].join('\n')
    const r = await send(['--secret', SECRET, '--json', '-'], { limit: 1, rateLimitCode: 130101 }, { input })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('130101')
    expect(r.stderr).toMatch(/限流|太快|20/)
  })

  it('broken lines are skipped and reported with their line number; the rest is sent; exit 1', async () => {
    const input = [line(`${KEYWORD} a`), '{oops', '', line('没有关键词'), line(`${KEYWORD} b`)].join('\n')
    const r = await send(['--secret', SECRET, '--keyword', KEYWORD, '--json', '-'], {}, { input })
    expect(r.code).toBe(1)
    expect(fake!.delivered).toHaveLength(2)
    expect(r.stderr).toContain('第 2 行')
    expect(r.stderr).toContain('第 4 行')
    expect(r.stderr).toContain('有 2 行有误')
  })

  it('--dry-run prints one request per line without sending or waiting', async () => {
    const input = Array.from({ length: 22 }, (_, i) => line(`${KEYWORD} ${i}`)).join('\n')
    const r = await send(['--secret', SECRET, '--json', '-', '--dry-run'], {}, { input })
    expect(r.code).toBe(0)
    expect(fake!.requests).toHaveLength(0)
    expect(r.stdout.match(/^POST /gm)).toHaveLength(22)
    expect(r.stderr).not.toContain('等待')
  })

  it('--dry-run stops at --max as sending would', async () => {
    const input = Array.from({ length: 5 }, (_, i) => line(`${KEYWORD} ${i}`)).join('\n')
    const r = await send(['--secret', SECRET, '--json', '-', '--dry-run', '--max', '3'], {}, { input }, runInProcess)
    expect(r.code, r.stderr).toBe(0)
    expect(fake!.requests).toHaveLength(0)
    expect(r.stdout.match(/^POST /gm)).toHaveLength(3)
    expect(r.stderr).toContain('已达到 --max 3')
    expect(r.stderr).toContain('第 4 行')
    expect(r.stdout).toContain('检查完成：3 条')
  })

  it('empty stdin is an input error', async () => {
    const r = await send(['--json', '-'], {}, { input: '\n\n' })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('没有消息')
  })
})
