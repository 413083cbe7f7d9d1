import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../../../../playground/logic/examples'
import { FIELD_NAMES, FIELDS } from '../../../../playground/logic/fields'
import { formatEnv } from '../../../../playground/logic/app/credentials/handover'
import { jsonLines, runCli } from '../../testing/run-cli'
import { runInProcess } from '../../testing/run-in-process'

// Each case starts the real CLI as a process (about a second each).
vi.setConfig({ testTimeout: 60_000 })

const dir = mkdtempSync(join(tmpdir(), 'cli-validate-'))
function envFile(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const GOOD_ENV = [
  `DINGTALK_CORP_ID=${EXAMPLE.corpId}`,
  `DINGTALK_APP_KEY=${EXAMPLE.appKey}`,
  `DINGTALK_APP_SECRET="${EXAMPLE.appSecret}"`,
  `DINGTALK_AGENT_ID=${EXAMPLE.agentId}`,
  `DINGTALK_ROBOT_WEBHOOK=${EXAMPLE.robotWebhook}`,
  `DINGTALK_ROBOT_SECRET=${EXAMPLE.robotSecret}`,
].join('\n')

/** Each JSON line has exactly the documented shape. */
function expectShape(line: unknown) {
  const v = line as Record<string, unknown>
  expect(Object.keys(v)).toEqual(['field', 'level', 'findings'])
  expect(FIELD_NAMES).toContain(v.field)
  expect(['ok', 'warning', 'error']).toContain(v.level)
  const findings = v.findings as Record<string, unknown>[]
  for (const f of findings) {
    expect(Object.keys(f)).toEqual(['level', 'code', 'message'])
    expect(['warning', 'error']).toContain(f.level)
    expect(typeof f.code).toBe('string')
    expect(f.message).toMatch(/[\u4e00-\u9fff]/) // Chinese
  }
  // level is the worst finding
  const worst = findings.some((f) => f.level === 'error') ? 'error' : findings.length ? 'warning' : 'ok'
  expect(v.level).toBe(worst)
}

describe('dingtalk validate --field', () => {
  it('accepts every field\'s made-up example value from FIELDS (exit 0, level ok or warning)', async () => {
    const values = Object.fromEntries(FIELD_NAMES.map((name) => [name, FIELDS[name].example]))
    const runs = await Promise.all(
      Object.entries(values).map(async ([field, value]) => [field, await runInProcess(['validate', '--field', field, '--value', value, '--json'])] as const),
    )
    for (const [field, r] of runs) {
      expect(r.code, field).toBe(0)
      const [line, ...more] = jsonLines(r.stdout)
      expect(more).toEqual([])
      expectShape(line)
      expect((line as { field: string }).field).toBe(field)
      expect((line as { level: string }).level).not.toBe('error')
    }
  })

  it('exit 1 with an error finding for a certainly wrong value; the secret is not echoed', async () => {
    const secretish = 'EXAMPLE only PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM'
    const r = await runCli(['validate', '--field', 'appSecret', '--value', secretish, '--json'])
    expect(r.code).toBe(1)
    const [line] = jsonLines(r.stdout)
    expectShape(line)
    expect((line as { level: string }).level).toBe('error')
    expect(r.all).not.toContain('PtYgjmUhBel31iEl2hpCh')
  })

  it('a corpId pasted as the AppKey is an error, explained in Chinese text mode', async () => {
    const r = await runCli(['validate', '--field', 'corpId', '--value', EXAMPLE.appKey])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('CorpId · corpId：有错误')
    expect(r.stdout).toContain('错误：')
  })

  it('never crashes on awkward input: empty, spaces, full-width, emoji, 100 KB', async () => {
    for (const value of ['', '   ', 'ｄｉｎｇ０ａ１ｂ', '😀🎉', 'x'.repeat(100_000)]) {
      const r = await runInProcess(['validate', '--field', 'corpId', '--value', value, '--json'])
      expect([0, 1]).toContain(r.code)
      const [line] = jsonLines(r.stdout)
      expectShape(line)
      expect(r.stderr).toBe('')
      expect(r.stdout.length).toBeLessThan(5_000) // a 100 KB value is not echoed back
    }
  })

  it('wrong usage exits 2: unknown field, missing --value, --field with --env, nothing', async () => {
    const cases = [
      ['--field', 'corpid', '--value', 'x'],
      ['--field', 'corpId'],
      ['--field', 'corpId', '--value', 'x', '--env', '.env'],
      [],
      ['--env', '.env', '--value', 'x'],
      ['--field', 'corpId', '--value', 'x', '--verbose'],
    ]
    for (const args of cases) {
      const r = await runInProcess(['validate', ...args])
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain('用法错误')
    }
  })
})

describe('dingtalk validate --env', () => {
  it('a complete hand-over .env passes: one JSON line per variable, secrets never printed', async () => {
    const r = await runCli(['validate', '--env', envFile('good.env', GOOD_ENV), '--json'])
    expect(r.code).toBe(0)
    const lines = jsonLines(r.stdout)
    lines.forEach(expectShape)
    expect(lines.map((l) => (l as { field: string }).field)).toEqual([
      'corpId',
      'appKey',
      'appSecret',
      'agentId',
      'robotWebhook',
      'robotSecret',
    ])
    for (const secret of [EXAMPLE.appSecret, EXAMPLE.robotSecret, EXAMPLE.robotAccessToken]) expect(r.all).not.toContain(secret)
  })

  it('the robot variables are optional; a missing hand-over variable is an error with a typo hint', async () => {
    const text = GOOD_ENV.split('\n')
      .filter((l) => !l.startsWith('DINGTALK_ROBOT') && !l.startsWith('DINGTALK_AGENT_ID'))
      .concat(`DINGTALK_AGENTID=${EXAMPLE.agentId}`)
      .join('\n')
    const r = await runCli(['validate', '--env', envFile('typo.env', text)])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('DINGTALK_AGENT_ID：有错误')
    expect(r.stdout).toContain('是否应写成 DINGTALK_AGENT_ID')
    expect(r.stdout).not.toContain('DINGTALK_ROBOT')
    expect(r.stderr).toContain('不认识的变量 DINGTALK_AGENTID')
    expect(r.all).not.toContain(EXAMPLE.appSecret)
  })

  it('the default .env of 凭证交接 (AppSecret handed over separately) passes with a reminder; its SSOSecret is checked and never printed (issue 25)', async () => {
    const creds = { corpId: EXAMPLE.corpId, appKey: EXAMPLE.appKey, appSecret: EXAMPLE.appSecret, agentId: EXAMPLE.agentId, ssoSecret: 'shYgsk7Example0sso' }
    const handed = formatEnv(creds, { withSecret: false })
    if (!handed.ok) throw new Error(handed.reason)
    expect(handed.text).not.toContain('shYgsk7Example0sso')
    const r = await runCli(['validate', '--env', envFile('handover.env', handed.text), '--json'])
    expect(r.code).toBe(0)
    const secret = jsonLines(r.stdout).find((l) => (l as { field: string }).field === 'appSecret') as { level: string; findings: { code: string }[] }
    expect(secret).toMatchObject({ level: 'warning', findings: [{ code: 'env.separately' }] })
    const full = formatEnv(creds)
    if (!full.ok) throw new Error(full.reason)
    const r2 = await runCli(['validate', '--env', envFile('full.env', full.text), '--json'])
    expect(r2.code).toBe(0)
    expect(jsonLines(r2.stdout).map((l) => (l as { field: string }).field)).toContain('ssoSecret')
    expect(r2.all).not.toContain('shYgsk7Example0sso')
    const r3 = await runCli(['validate', '--env', envFile('sso-wrong.env', `${full.text.replace(/DINGTALK_SSO_SECRET=.*/, `DINGTALK_SSO_SECRET=${EXAMPLE.corpId}`)}`), '--json'])
    expect(r3.code).toBe(1)
  })

  it('a wrong value in the file is reported against its field, exit 1', async () => {
    const text = GOOD_ENV.replace(`DINGTALK_CORP_ID=${EXAMPLE.corpId}`, `DINGTALK_CORP_ID=${EXAMPLE.appKey}`)
    const r = await runCli(['validate', '--env', envFile('swap.env', text), '--json'])
    expect(r.code).toBe(1)
    const corp = jsonLines(r.stdout).find((l) => (l as { field: string }).field === 'corpId') as { level: string }
    expect(corp.level).toBe('error')
  })

  it('checks across the values too: CorpId and AppKey swapped, one value in two fields', async () => {
    const swapped = GOOD_ENV.replace(`DINGTALK_CORP_ID=${EXAMPLE.corpId}`, `DINGTALK_CORP_ID=${EXAMPLE.appKey}`).replace(
      `DINGTALK_APP_KEY=${EXAMPLE.appKey}`,
      `DINGTALK_APP_KEY=${EXAMPLE.corpId}`,
    )
    const r = await runInProcess(['validate', '--env', envFile('swapped.env', swapped), '--json'])
    expect(r.code).toBe(1)
    const lines = jsonLines(r.stdout) as { field: string; findings: { code: string }[] }[]
    lines.forEach(expectShape)
    const codes = (field: string) => lines.find((l) => l.field === field)!.findings.map((f) => f.code)
    expect(codes('corpId')).toContain('credentials.swapped')
    expect(codes('appKey')).toContain('credentials.swapped')
    const same = GOOD_ENV.replace(`DINGTALK_AGENT_ID=${EXAMPLE.agentId}`, `DINGTALK_AGENT_ID=${EXAMPLE.appSecret}`)
    const r2 = await runInProcess(['validate', '--env', envFile('same.env', same), '--json'])
    const lines2 = jsonLines(r2.stdout) as { field: string; findings: { code: string }[] }[]
    expect(lines2.find((l) => l.field === 'agentId')!.findings.map((f) => f.code)).toContain('credentials.same')
    expect(r2.all).not.toContain(EXAMPLE.appSecret)
  })

  it('an unreadable file exits 1 with a Chinese reason', async () => {
    const r = await runCli(['validate', '--env', join(dir, 'missing.env')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('找不到')
    const d = await runInProcess(['validate', '--env', dir])
    expect(d.code).toBe(1)
    expect(d.stderr).toContain('文件夹')
  })
})
