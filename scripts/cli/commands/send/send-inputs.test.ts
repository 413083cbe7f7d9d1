/** Issue 20's smaller findings on input: --text -, a BOM on stdin, --at-user-ids, --retries bound, verify --json. */
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../../../playground/logic/examples'
import { type FakeDingTalk, startFakeDingTalk } from '../../testing/fake-dingtalk'
import { jsonLines } from '../../testing/run-cli'
import { runInProcess } from '../../testing/run-in-process'

const KEYWORD = EXAMPLE.robotKeywords
let fake: FakeDingTalk | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function send(args: string[], input?: string) {
  fake = await startFakeDingTalk({ robots: [{ accessToken: EXAMPLE.robotAccessToken }] })
  return runInProcess(['send', '--webhook', EXAMPLE.robotWebhook, '--endpoint', fake.origin, ...args], input === undefined ? {} : { input })
}

describe('send: input like every other -', () => {
  it('--text - reads the text from stdin (a BOM and the final newline dropped)', async () => {
    const r = await send(['--text', '-'], `\uFEFF${KEYWORD}：来自管道\n`)
    expect(r.code, r.stderr).toBe(0)
    expect(fake!.delivered[0]!.body.text).toEqual({ content: `${KEYWORD}：来自管道` })
  })

  it('a BOM on the first line of --message - is accepted', async () => {
    const r = await send(['--message', '-'], `\uFEFF${JSON.stringify({ msgtype: 'text', text: { content: 'a' } })}\n`)
    expect(r.code, r.stderr).toBe(0)
    expect(fake!.delivered).toHaveLength(1)
  })

  it('keeps hideAvatar (and msgUuid) of an actionCard given as JSON', async () => {
    const card = {
      msgtype: 'actionCard',
      actionCard: { title: '日报', text: '今日报表已生成', singleTitle: '查看', singleURL: 'https://example.com/r', hideAvatar: '1' },
      msgUuid: 'card-1',
    }
    const r = await send(['--message', '-'], JSON.stringify(card) + '\n')
    expect(r.code, r.stderr).toBe(0)
    expect(fake!.delivered[0]!.body).toMatchObject({ actionCard: { hideAvatar: '1' }, msgUuid: 'card-1' })
  })

  it('--at-user-ids @s those members and adds them to the text', async () => {
    const r = await send(['--text', '值班提醒', '--at-user-ids', 'user001,user002'])
    expect(r.code, r.stderr).toBe(0)
    const body = fake!.delivered[0]!.body as { text: { content: string }; at: { atUserIds: string[] } }
    expect(body.at.atUserIds).toEqual(['user001', 'user002'])
    expect(body.text.content).toContain('@user001')
  })

  it('--retries has an upper bound; a stdin message and --secret - cannot share stdin', async () => {
    expect((await send(['--text', 'x', '--retries', '11'])).code).toBe(2)
    const both = await send(['--text', '-', '--secret', '-'], 'x')
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('标准输入')
  })

  it('--results with --dry-run: the request goes to stderr, one outcome line to stdout', async () => {
    const r = await send(['--text', 'x', '--dry-run', '--results', '--msg-uuid', 'm-1'])
    expect(r.code).toBe(0)
    expect(jsonLines(r.stdout)).toEqual([{ index: 1, msgUuid: 'm-1', status: 'checked', errcode: null, attempts: 0 }])
    expect(r.stderr).toContain('"msgUuid":"m-1"')
  })
})

describe('the monthly quota, with a state file', () => {
  it('warns before the 3000 of 标准版 run out (from 2400 this month)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { monthOf } = await import('./send-ledger')
    const state = join(mkdtempSync(join(tmpdir(), 'quota-')), 'state.json')
    const write = (count: number) => writeFileSync(state, JSON.stringify({ version: 1, robots: {}, months: { [monthOf(Date.now())]: count } }))
    write(2_398) // 2399 after this one: no warning yet
    const below = await send(['--text', 'x', '--state', state])
    expect(below.code, below.stderr).toBe(0)
    expect(below.stderr).not.toContain('警告')
    await fake!.close()
    write(2_400)
    const near = await send(['--text', 'x', '--state', state])
    expect(near.code).toBe(0)
    expect(near.stderr).toMatch(/警告：本月.*已送达 2400 条.*还剩约 600 次/)
    expect(near.stderr).toMatch(/已送达 2401 条/) // counted again at the end, with this message
  })
})

describe('verify --json', () => {
  it('answers a malformed timestamp with a line too', async () => {
    const r = await runInProcess(['verify', '--timestamp', '12ab', '--sign', 'x', '--json'], { env: { DINGTALK_APP_SECRET: 'a'.repeat(64) } })
    expect(r.code).toBe(1)
    expect(jsonLines(r.stdout)).toEqual([{ valid: false, reason: 'malformed' }])
  })
})

describe('--version', () => {
  it('prints the version and the SHA-256 of the running file', async () => {
    const { createHash } = await import('node:crypto')
    const { readFileSync } = await import('node:fs')
    const r = await runInProcess(['--version'])
    expect(r.code).toBe(0)
    const [versionLine, hashLine] = r.stdout.trim().split('\n')
    expect(versionLine).toMatch(/^dingtalk \d+\.\d+\.\d+/)
    const [, hash, path] = /^SHA-256 ([0-9a-f]{64}) {2}(.+)$/.exec(hashLine!)!
    expect(hash).toBe(createHash('sha256').update(readFileSync(path!)).digest('hex'))
  })
})

describe('a closed pipe (… | head)', () => {
  it('stops quietly: no EPIPE stack trace', async () => {
    const { spawn } = await import('node:child_process')
    const { join } = await import('node:path')
    const { REPO_ROOT } = await import('../../testing/run-cli')
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ msgtype: 'text', text: { content: `第 ${i} 条` } })).join('\n')
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'scripts/dingtalk.ts'), 'send', '--webhook', EXAMPLE.robotWebhook, '--message', '-', '--dry-run'],
      { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    )
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.stdout.once('data', () => child.stdout.destroy()) // like head after its first lines
    child.stdin.end(lines)
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(stderr).not.toMatch(/EPIPE|at .*\.(ts|js|mjs):\d+/)
    expect(code).toBe(0)
  }, 60_000)
})
