/**
 * Issue 20: every robot message delivered once. The real CLI as a process against the fake
 * DingTalk, which honours msgUuid as DingTalk documents it and injects faults around delivery.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../../../../playground/logic/examples'
import { startConnectProxy } from '../../testing/connect-proxy'
import { type FakeDingTalk, type FakeDingTalkOptions, type RobotFault, startFakeDingTalk } from '../../testing/fake-dingtalk'
import { type CliRun, jsonLines, REPO_ROOT, runCli, type RunOptions } from '../../testing/run-cli'

vi.setConfig({ testTimeout: 90_000 })

const SECRET = EXAMPLE.robotSecret
const KEYWORD = EXAMPLE.robotKeywords
const ROBOT = { accessToken: EXAMPLE.robotAccessToken, secret: SECRET, keywords: [KEYWORD] }
/** Short waits, so that retries and time-outs take milliseconds. */
const FAST = { DINGTALK_CLI_TEST_RETRY_BASE_MS: '20', DINGTALK_CLI_TEST_TIMEOUT_MS: '1500' }

const dir = mkdtempSync(join(tmpdir(), 'cli-send-once-'))
const line = (content: string, extra: Record<string, unknown> = {}) => JSON.stringify({ msgtype: 'text', text: { content }, ...extra })

let fakes: FakeDingTalk[] = []
afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()))
  fakes = []
})

async function fakeDingTalk(options: FakeDingTalkOptions = {}): Promise<FakeDingTalk> {
  const fake = await startFakeDingTalk({ robots: [ROBOT], ...options })
  fakes.push(fake)
  return fake
}

function send(fake: FakeDingTalk, args: string[], run: RunOptions = {}): Promise<CliRun> {
  return runCli(['send', '--webhook', EXAMPLE.robotWebhook, '--secret', SECRET, '--endpoint', fake.origin, '--results', ...args], {
    ...run,
    env: { ...FAST, ...run.env },
  })
}

describe('a retry never posts a message twice (msgUuid)', () => {
  const faults: RobotFault[] = ['timeoutAfterAccept', 'resetAfterAccept', 'error502AfterAccept', 'stallBodyAfterAccept', 'busy', 'systemError']
  it.each(faults)('%s: delivered once, reported delivered after 2 attempts', async (fault) => {
    const fake = await fakeDingTalk({ robotFaults: [fault] })
    const r = await send(fake, ['--text', `${KEYWORD} ${fault}`])
    expect(r.code, r.stderr).toBe(0)
    expect(fake.delivered).toHaveLength(1)
    expect(fake.requests).toHaveLength(2)
    const [first, second] = fake.requests.map((q) => JSON.parse(q.body) as { msgUuid: string })
    expect(second!.msgUuid).toBe(first!.msgUuid)
    expect(jsonLines(r.stdout)).toEqual([{ index: 1, msgUuid: first!.msgUuid, status: 'delivered', errcode: 0, attempts: 2 }])
  })

  it('no answer and no retries left: 可能已送达 (uncertain, exit 75), never a plain failure', async () => {
    const fake = await fakeDingTalk({ robotFaults: ['timeoutAfterAccept'] })
    const r = await send(fake, ['--text', `${KEYWORD} 超时`, '--retries', '0', '--msg-uuid', 'nightly-1'])
    expect(r.code).toBe(75)
    expect(r.stderr).toContain('可能已送达')
    expect(r.stderr).toContain('nightly-1')
    expect(fake.delivered).toHaveLength(1)
    expect(jsonLines(r.stdout)).toEqual([{ index: 1, msgUuid: 'nightly-1', status: 'uncertain', errcode: null, attempts: 1 }])
  })

  it('-1 until the retries run out: not posted; reported failed (exit 75), not refused', async () => {
    const fake = await fakeDingTalk({ robotFaults: ['busy', 'busy'] })
    const r = await send(fake, ['--text', `${KEYWORD} 繁忙`, '--retries', '1'])
    expect(r.code).toBe(75)
    expect(fake.delivered).toHaveLength(0)
    expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ status: 'failed', errcode: -1, attempts: 2 })])
  })

  it('nothing listening: certainly not delivered (failed, exit 75); a refusal stays exit 1', async () => {
    const fake = await fakeDingTalk()
    const closed = fake.origin
    await fake.close()
    fakes = []
    const r = await runCli(['send', '--webhook', EXAMPLE.robotWebhook, '--endpoint', closed, '--results', '--text', KEYWORD, '--retries', '0'], { env: FAST })
    expect(r.code).toBe(75)
    expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ status: 'failed', attempts: 1 })])
    const live = await fakeDingTalk()
    const refused = await send(live, ['--text', '没有关键词'])
    expect(refused.code).toBe(1)
    expect(jsonLines(refused.stdout)).toEqual([expect.objectContaining({ status: 'refused', errcode: 310000, attempts: 1 })])
  })

  it('keeps the msgUuid of --message / --json and of --msg-uuid; --split parts get ID.1, ID.2…', async () => {
    const fake = await fakeDingTalk()
    const file = join(dir, 'msg.json')
    writeFileSync(file, '\uFEFF' + line(`${KEYWORD} 自带`, { msgUuid: 'from-json' }))
    expect((await send(fake, ['--json', file])).code).toBe(0) // the old spelling still works
    expect((await send(fake, ['--message', file])).code).toBe(0) // the same msgUuid: not posted again
    const big = `${KEYWORD}\n` + Array.from({ length: 900 }, (_, i) => `第 ${i} 行：今日报表已生成`).join('\n')
    const split = await send(fake, ['--text', big, '--split', '--keyword', KEYWORD, '--msg-uuid', 'big'])
    expect(split.code, split.stderr).toBe(0)
    const uuids = fake.delivered.map((d) => d.body.msgUuid)
    expect(uuids[0]).toBe('from-json')
    expect(uuids.slice(1)).toEqual(jsonLines(split.stdout).map((_, k) => `big.${k + 1}`))
    expect(uuids.length).toBeGreaterThan(2)
    expect(fake.delivered.every((d) => JSON.stringify(d.body).length <= 20_000)).toBe(true)
  })
})

describe('a proxy that refuses', () => {
  it.each([407, 403] as const)('HTTP %i from the proxy: named as the proxy’s refusal, not retried, not delivered (exit 75)', async (status) => {
    const fake = await fakeDingTalk()
    const proxy = await startConnectProxy(status)
    try {
      const r = await send(fake, ['--text', KEYWORD], { env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } })
      expect(r.code).toBe(75)
      expect(r.stderr).toContain('代理拒绝')
      expect(r.stderr).not.toContain('ExperimentalWarning')
      expect(proxy.tunnels).toHaveLength(1) // retries would not change the proxy's mind
      expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ status: 'failed', attempts: 1 })])
      expect(fake.requests).toHaveLength(0)
    } finally {
      await proxy.close()
    }
  })
})

describe('--deadline: one overall limit per run', () => {
  it('a retry that would pass it is not made: 可能已送达 after a lost answer, exit 75', async () => {
    const fake = await fakeDingTalk({ robotFaults: ['timeoutAfterAccept'] })
    const r = await send(fake, ['--text', `${KEYWORD} 截止`, '--deadline', '1'])
    expect(r.code).toBe(75)
    expect(fake.requests).toHaveLength(1)
    expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ status: 'uncertain', attempts: 1 })])
  })

  it('DingTalk’s real 20 a minute: the 21st would wait past the deadline, so it is not sent', async () => {
    const fake = await fakeDingTalk()
    const input = Array.from({ length: 21 }, (_, i) => line(`${KEYWORD} #${i + 1}`)).join('\n') + '\n'
    const r = await send(fake, ['--message', '-', '--deadline', '20'], { input })
    expect(r.code, r.stderr).toBe(75)
    expect(fake.delivered).toHaveLength(20) // the fake's window is the real minute: none was throttled
    const outcomes = jsonLines(r.stdout) as { status: string; attempts: number }[]
    expect(outcomes.at(-1)).toMatchObject({ index: 21, status: 'failed', attempts: 0 })
    expect(r.ms).toBeLessThan(40_000)
  })
})

/** Starts `send --message -` as a process whose stdin stays open until `end`. */
function startBatch(fake: FakeDingTalk, args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'scripts/dingtalk.ts'), 'send', '--webhook', EXAMPLE.robotWebhook, '--secret', SECRET, '--endpoint', fake.origin, '--message', '-', ...args],
    { cwd: REPO_ROOT, env: { ...process.env, ...FAST }, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  return { child, closed }
}

async function until(test: () => boolean, ms = 20_000): Promise<void> {
  const started = Date.now()
  while (!test()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('the state file', () => {
  it('a batch killed half-way and run again posts only the rest', async () => {
    const fake = await fakeDingTalk()
    const state = join(dir, 'resume.json')
    const lines = Array.from({ length: 6 }, (_, i) => line(`${KEYWORD} #${i + 1}`))
    const readState = () => {
      try {
        return readFileSync(state, 'utf8')
      } catch {
        return ''
      }
    }
    const first = startBatch(fake, ['--msg-uuid', 'batch-7', '--state', state])
    first.child.stdin.write(lines.slice(0, 3).join('\n') + '\n')
    // Killed once the third delivery is in the state file. (Killed between DingTalk's answer and
    // that record, the re-run would send line 3 again with the same msgUuid, which DingTalk drops.)
    await until(() => fake.delivered.length === 3 && readState().includes('batch-7-3'))
    first.child.kill('SIGKILL')
    await first.closed
    const before = fake.requests.length
    const again = await send(fake, ['--message', '-', '--msg-uuid', 'batch-7', '--state', state], { input: lines.join('\n') + '\n' })
    expect(again.code, again.stderr).toBe(0)
    expect(fake.requests.length - before).toBe(3) // lines 1–3 are not even sent again
    expect(fake.delivered.map((d) => d.body.msgUuid)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `batch-7-${n}`))
    const outcomes = jsonLines(again.stdout) as { status: string; attempts: number }[]
    expect(outcomes.map((o) => o.status)).toEqual(Array(6).fill('delivered'))
    expect(outcomes.map((o) => o.attempts > 0)).toEqual([false, false, false, true, true, true])
    const text = readFileSync(state, 'utf8')
    expect(text).not.toContain(EXAMPLE.robotAccessToken)
    expect(text).not.toContain(KEYWORD)
  })

  it('two concurrent runs sharing it never exceed 20 sends in any window (and without it they do)', async () => {
    const windowMs = 4_000
    const env = { DINGTALK_CLI_TEST_RATE_WINDOW_MS: String(windowMs) }
    const batch = (tag: string) => Array.from({ length: 15 }, (_, i) => line(`${KEYWORD} ${tag}${i + 1}`)).join('\n') + '\n'
    const maxInWindow = (at: number[]) => Math.max(...at.map((t) => at.filter((u) => u >= t && u < t + windowMs).length))

    const shared = await fakeDingTalk({ windowMs })
    const state = join(dir, 'pacing.json')
    const runs = await Promise.all(
      ['a', 'b'].map((tag) => send(shared, ['--message', '-', '--state', state], { input: batch(tag), env })),
    )
    runs.forEach((r) => expect(r.code, r.stderr).toBe(0))
    expect(shared.delivered).toHaveLength(30)
    expect(maxInWindow(shared.delivered.map((d) => d.at))).toBeLessThanOrEqual(20)

    const apart = await fakeDingTalk({ windowMs })
    const alone = await Promise.all(['a', 'b'].map((tag) => send(apart, ['--message', '-'], { input: batch(tag), env })))
    expect(alone.some((r) => r.code !== 0)).toBe(true) // each paces only itself: DingTalk throttles
  })
})
