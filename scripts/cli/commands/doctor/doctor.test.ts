/**
 * `dingtalk doctor` as a real process against the fake DingTalk (--endpoint): one scenario per
 * failure of issue 19, the all-good run, the deadline, --json and --send-test. Each asserts the
 * line, the exit code and that no secret, token or webhook token is printed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatEnv } from '../../../../playground/logic/app/credentials/handover'
import { formatNeedsLine } from '../../../../playground/logic/doctor/needs-line'
import { EXAMPLE } from '../../../../playground/logic/examples'
import { formatPlan, planPermissions } from '../../../../playground/logic/app/permissions/plan'
import { startFakeDingTalk, type FakeDingTalk, type FakeDingTalkOptions } from '../../testing/fake-dingtalk'
import { doctorRoutes, type FakeDoctorOptions } from '../../testing/fake-doctor'
import { runCli, type CliRun } from '../../testing/run-cli'

vi.setConfig({ testTimeout: 60_000 })

const APP = { appKey: EXAMPLE.appKey, appSecret: EXAMPLE.appSecret }
const OTHER_SECRET = 'EXAMPLE-wrong_0000000000000000000000000000000000000000000000000000'.slice(0, 64)
const ROBOT_SECRET = EXAMPLE.robotSecret
const ROBOT_TOKEN = EXAMPLE.robotAccessToken
const ALL_CODES = ['qyapi_base', 'qyapi_get_member', 'qyapi_get_department_list', 'qyapi_get_department_member']
const GOOD: FakeDoctorOptions = { corpId: EXAMPLE.corpId, agentIds: [EXAMPLE.agentId], granted: ALL_CODES }
/** No proxy from the machine running the tests. */
const NO_PROXY_ENV = { HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '', NO_PROXY: '', no_proxy: '' }

let fake: FakeDingTalk | undefined
const servers: Server[] = []
afterEach(async () => {
  await fake?.close()
  fake = undefined
  for (const s of servers.splice(0)) await new Promise((done) => s.close(done))
})

function envFile(values: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'doctor-'))
  const file = join(dir, '.env')
  writeFileSync(file, Object.entries(values).map(([k, v]) => `${k}=${v}`).join('\n') + '\n')
  return file
}

function handover(over: Record<string, string> = {}): Record<string, string> {
  return {
    DINGTALK_CORP_ID: EXAMPLE.corpId,
    DINGTALK_APP_KEY: APP.appKey,
    DINGTALK_APP_SECRET: APP.appSecret,
    DINGTALK_AGENT_ID: EXAMPLE.agentId,
    DINGTALK_NEEDS: 'login,workNotice,readContacts,readDepartments',
    ...over,
  }
}

function noSecrets(r: CliRun): void {
  for (const s of [APP.appSecret, OTHER_SECRET, ROBOT_SECRET, ROBOT_TOKEN, ...(fake?.issuedTokens ?? [])]) expect(r.all).not.toContain(s)
}

async function doctor(
  doc: Partial<FakeDoctorOptions>,
  env: Record<string, string>,
  args: string[] = [],
  base: FakeDingTalkOptions = {},
  processEnv: Record<string, string> = {},
): Promise<CliRun> {
  fake = await startFakeDingTalk({ apps: [APP], ...base, extraRoutes: doctorRoutes({ ...GOOD, ...doc }) })
  const r = await runCli(['doctor', '--env', envFile(env), '--endpoint', fake.origin, ...args], { env: { ...NO_PROXY_ENV, ...processEnv } })
  noSecrets(r)
  return r
}

const line = (r: CliRun, start: string): string => r.stdout.split('\n').find((l) => l.startsWith(start)) ?? `(no line starting with ${start})\n${r.all}`

describe('dingtalk doctor against the fake DingTalk', () => {
  it('all good: every check passes or says why it cannot, exit 0, under 3 s, read-only', async () => {
    const r = await doctor({}, handover({ DINGTALK_ROBOT_WEBHOOK: EXAMPLE.robotWebhook, DINGTALK_ROBOT_SECRET: ROBOT_SECRET }))
    expect(r.code, r.all).toBe(0)
    expect(line(r, '✓ 连通')).toContain('127.0.0.1')
    expect(line(r, '✓ 时钟')).toContain('本机时钟')
    expect(line(r, '✓ 新版接口')).toContain('有效')
    expect(line(r, '✓ 旧版接口')).toContain('有效')
    expect(line(r, '✓ 出口 IP')).toContain('接受')
    expect(line(r, '✓ CorpId')).toContain(EXAMPLE.corpId)
    // No read-only call proves an AgentId: said, not guessed.
    expect(line(r, '– AgentId')).toContain('没有只读接口能证实')
    for (const code of ALL_CODES.slice(0, 3)) expect(line(r, `✓ 权限 ${code}`)).toContain('已生效')
    expect(line(r, '✓ 机器人')).toContain('签名已生成')
    expect(line(r, '– 机器人测试消息')).toContain('没有发送')
    expect(r.stdout).not.toContain('✗')
    expect(fake!.delivered).toHaveLength(0)
    expect(fake!.requests.every((q) => q.path !== '/robot/send')).toBe(true)
  })

  it("reads the hand-over tool's .env unchanged, with the planner's copied DINGTALK_NEEDS line added", async () => {
    const exported = formatEnv({ corpId: EXAMPLE.corpId, appKey: APP.appKey, appSecret: APP.appSecret, agentId: EXAMPLE.agentId })
    if (!exported.ok) throw new Error(exported.reason)
    const ticked = ['login', 'readContacts']
    const copied = formatPlan(planPermissions(ticked), ticked).split('\n').at(-1)!
    expect(copied).toBe(formatNeedsLine(ticked))
    fake = await startFakeDingTalk({ apps: [APP], extraRoutes: doctorRoutes(GOOD) })
    const dir = mkdtempSync(join(tmpdir(), 'doctor-'))
    writeFileSync(join(dir, '.env'), exported.text + copied + '\n')
    const r = await runCli(['doctor', '--env', join(dir, '.env'), '--endpoint', fake.origin], { env: NO_PROXY_ENV })
    noSecrets(r)
    expect(r.code, r.all).toBe(0)
    expect(line(r, '✓ 读取')).toContain('有 CorpId、AppKey、AppSecret、AgentId')
    expect(line(r, '✓ 权限 qyapi_get_member')).toContain('已生效')
  })

  it('wrong secret: named as a wrong secret on both token APIs, exit 1', async () => {
    const r = await doctor({}, handover({ DINGTALK_APP_SECRET: OTHER_SECRET }))
    expect(r.code).toBe(1)
    expect(line(r, '✗ 新版接口')).toContain('AppSecret 与这个 AppKey 不是一对')
    expect(line(r, '✗ 旧版接口')).toContain('不是 token 失效')
    expect(r.stdout).toContain('invalidClientIdOrSecret')
    expect(line(r, '– 权限 qyapi_get_member')).toContain('凭证没有通过')
  })

  it('hostile input (100 KB secret, emoji, full-width): clear lines, no crash, the secret not echoed, exit 1', async () => {
    // An unusual length is only a warning (a real value is never rejected): DingTalk is asked and refuses.
    const huge = 'A'.repeat(100_000)
    const r = await doctor({}, handover({ DINGTALK_APP_SECRET: huge, DINGTALK_CORP_ID: 'ding😀０ａ', DINGTALK_NEEDS: '通讯录,💥' }))
    expect(r.code).toBe(1)
    expect(line(r, '✗ 读取')).toContain('不认识的需要：通讯录、💥')
    expect(r.stdout).toContain('AppSecret（注意）：AppSecret 通常是 64 个字符，这里是 100000 个')
    expect(line(r, '✗ 新版接口')).toContain('不是一对')
    expect(r.all).not.toContain(huge.slice(0, 100))
  })

  it('IP refused: the IP DingTalk saw and where to add it, exit 1', async () => {
    const r = await doctor({}, handover(), [], { newApi: 'ipNotInWhitelist', oldApi: 'ipNotInWhitelist' })
    expect(r.code).toBe(1)
    expect(line(r, '✗ 出口 IP')).toContain('127.0.0.1（钉钉看到的 IP）')
    expect(r.stdout).toContain('服务器出口IP，加入 127.0.0.1')
    expect(line(r, '– 新版接口')).toContain('出口 IP')
  })

  it('missing permission: named by code and console name, exit 1', async () => {
    const r = await doctor({ granted: ['qyapi_base', 'qyapi_get_department_list'] }, handover())
    expect(r.code).toBe(1)
    expect(line(r, '✗ 权限 qyapi_get_member（成员信息读权限）')).toContain('没有生效')
    expect(r.stdout).toContain('60011')
    expect(line(r, '✓ 权限 qyapi_get_department_list')).toContain('已生效')
  })

  it('opened but not published: DingTalk answers as for a missing one, and the output says so and how to publish', async () => {
    // DingTalk's 60011 is the same either way (no document tells them apart), so the fix names both.
    const r = await doctor({ granted: ['qyapi_base', 'qyapi_get_member'] }, handover())
    expect(r.code).toBe(1)
    expect(line(r, '✗ 权限 qyapi_get_department_list')).toContain('没有生效')
    expect(r.stdout).toContain('若已经开通：到“版本管理与发布”发布一个新版本后再试')
    expect(r.stdout).toContain('体检分不出两者')
  })

  it('AgentId of another app: DingTalk says 40056, exit 1', async () => {
    const r = await doctor({ agentIds: ['123456789'] }, handover())
    expect(r.code).toBe(1)
    expect(line(r, `✗ AgentId ${EXAMPLE.agentId}`)).toContain('不是这个应用的')
    expect(r.stdout).toContain('小程序的 AgentId')
  })

  it('CorpId of another organisation: refused where the pair works elsewhere, said as unconfirmed, exit 1', async () => {
    const r = await doctor({ corpId: 'ding00000000000000ff' }, handover())
    expect(r.code).toBe(1)
    expect(line(r, `✗ CorpId ${EXAMPLE.corpId}`)).toContain('被拒绝')
    expect(r.stdout).toContain('未确认')
  })

  it('clock two hours off: an error, exit 1', async () => {
    const r = await doctor({ clockOffsetMs: 2 * 3_600_000 }, handover())
    expect(r.code).toBe(1)
    expect(line(r, '✗ 时钟')).toMatch(/本机时钟比钉钉慢 (1 小时 59 分|2 小时)/)
    expect(r.stdout).toContain('invalid timestamp')
  })

  it('a clock ten minutes off is a warning only, exit 0', async () => {
    const r = await doctor({ clockOffsetMs: -10 * 60_000 }, handover())
    expect(r.code, r.all).toBe(0)
    expect(line(r, '! 时钟')).toContain('本机时钟比钉钉快')
  })

  it('DNS failure: named as DNS, the rest skipped, exit 1', async () => {
    const r = await runCli(['doctor', '--env', envFile(handover()), '--endpoint', 'http://doctor-test.invalid'], { env: NO_PROXY_ENV })
    noSecrets(r)
    expect(r.code).toBe(1)
    expect(line(r, '✗ 无法连接 doctor-test.invalid')).toContain('域名解析失败（DNS）')
    expect(line(r, '– 凭证')).toContain('连不上钉钉')
  })

  it('a proxy refusing the tunnel: named as the proxy, exit 1', async () => {
    const proxy = await refusingProxy()
    const r = await doctor({}, handover(), [], {}, { HTTP_PROXY: proxy, HTTPS_PROXY: proxy })
    expect(r.code).toBe(1)
    expect(line(r, '✗ 无法连接')).toContain(`经代理 ${new URL(proxy).host}`)
    expect(line(r, '✗ 无法连接')).toContain('代理拒绝了到 127.0.0.1')
    expect(line(r, '✗ 无法连接')).toContain('HTTP 403')
    expect(fake!.requests).toHaveLength(0)
  })

  // Timed by the run itself (elapsedMs): the start of node and tsx on a busy test machine is not
  // the check's time. The process as a whole is bounded too, more loosely.
  it('timed: under 3 s when DingTalk answers', async () => {
    const r = await doctor({}, handover(), ['--json'])
    expect(r.code, r.all).toBe(0)
    const out = JSON.parse(r.stdout) as { elapsedMs: number; checks: unknown[] }
    expect(out.checks.length).toBeGreaterThan(8)
    expect(out.elapsedMs).toBeLessThan(3000)
    expect(r.ms).toBeLessThan(3000 + 10_000)
  })

  it('timed: DingTalk hanging, the run ends within its deadline, each call timed out', async () => {
    const r = await doctor({ hang: true }, handover(), ['--timeout', '5', '--deadline', '1.5', '--json'])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout) as { elapsedMs: number; checks: { id: string; status: string; title: string }[] }
    expect(out.elapsedMs).toBeGreaterThanOrEqual(1400)
    expect(out.elapsedMs).toBeLessThan(1500 + 500)
    expect(r.ms).toBeLessThan(1500 + 10_000)
    expect(out.checks.find((c) => c.id === 'reach')).toMatchObject({ status: 'fail' })
    expect(out.checks.find((c) => c.id === 'reach')!.title).toMatch(/体检总时限已到|超时/)
  })

  it('--json: one object with every check, for scripts', async () => {
    const r = await doctor({ granted: ['qyapi_base'] }, handover(), ['--json'])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout) as { ok: boolean; readOnly: boolean; checks: { id: string; status: string; code: unknown; page: string | null; fix: string | null }[] }
    expect(out.ok).toBe(false)
    expect(out.readOnly).toBe(true)
    const member = out.checks.find((c) => c.id === 'permission.qyapi_get_member')
    expect(member).toMatchObject({ status: 'fail', code: 60011, page: '/app/permissions#today-codes' })
    expect(member?.fix).toContain('qyapi_get_member')
    expect(out.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['reach', 'clock', 'token.new', 'token.old', 'ip', 'corpId', 'agentId']))
  })

  it('--send-test posts exactly one message with a msgUuid and the keyword', async () => {
    const base = { robots: [{ accessToken: ROBOT_TOKEN, secret: ROBOT_SECRET, keywords: ['跟投'] }] }
    const hook = { DINGTALK_ROBOT_WEBHOOK: EXAMPLE.robotWebhook, DINGTALK_ROBOT_SECRET: ROBOT_SECRET }
    const r = await doctor({}, handover(hook), ['--send-test', '--keyword', '跟投'], base)
    expect(r.code, r.all).toBe(0)
    expect(line(r, '✓ 机器人测试消息')).toContain('已发出')
    expect(fake!.delivered).toHaveLength(1)
    expect(typeof fake!.delivered[0]!.body.msgUuid).toBe('string')
    expect(r.stdout).toContain(String(fake!.delivered[0]!.body.msgUuid))
  })

  it('--send-test without the keyword: DingTalk refuses, the keyword diagnosis, exit 1, sent once', async () => {
    const base = { robots: [{ accessToken: ROBOT_TOKEN, keywords: ['跟投'] }] }
    const r = await doctor({}, handover({ DINGTALK_ROBOT_WEBHOOK: EXAMPLE.robotWebhook }), ['--send-test'], base)
    expect(r.code).toBe(1)
    expect(line(r, '✗ 机器人测试消息')).toContain('拒绝')
    expect(r.stdout).toContain('关键词')
    expect(fake!.requests.filter((q) => q.path === '/robot/send')).toHaveLength(1)
  })
})

/** A proxy that refuses every CONNECT with 403, as a corporate proxy does for a host it blocks. */
async function refusingProxy(): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(403)
    res.end()
  })
  server.on('connect', (_req, client: Socket) => {
    client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}
