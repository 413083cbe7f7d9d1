import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../../playground/logic/examples'
import { startFakeDingTalk } from '../testing/fake-dingtalk'
import { runInProcess } from '../testing/run-in-process'

const SECRET = EXAMPLE.robotSecret
const TS = '1700000000000'
const dir = mkdtempSync(join(tmpdir(), 'cli-secrets-'))

describe('secrets out of argv', () => {
  it('order: the option, then the .env file, then the environment', async () => {
    const other = 'SEC' + 'a'.repeat(64)
    const envFile = join(dir, 'robot.env')
    writeFileSync(envFile, `DINGTALK_ROBOT_SECRET=${other}\n`)
    const fromEnv = await runInProcess(['sign', '--timestamp', TS], { env: { DINGTALK_ROBOT_SECRET: SECRET } })
    const fromFile = await runInProcess(['sign', '--timestamp', TS, '--env', envFile], { env: { DINGTALK_ROBOT_SECRET: SECRET } })
    const fromFlag = await runInProcess(['sign', '--timestamp', TS, '--env', envFile, '--secret', SECRET])
    expect(fromFile.stdout).not.toBe(fromEnv.stdout)
    expect(fromFlag.stdout).toBe(fromEnv.stdout)
    expect(fromFlag.stderr).toContain('ps')
    for (const r of [fromEnv, fromFile, fromFlag]) expect(r.all).not.toMatch(/SEC[0-9a-f]{64}/)
  })

  it('stdin: one trailing line break dropped; empty stdin and stdin twice are refused', async () => {
    const crlf = await runInProcess(['sign', '--timestamp', TS, '--secret', '-'], { input: `${SECRET}\r\n` })
    const flag = await runInProcess(['sign', '--timestamp', TS, `--secret=${SECRET}`])
    expect(crlf.code).toBe(0)
    expect(crlf.stdout).toBe(flag.stdout)
    const empty = await runInProcess(['sign', '--secret', '-'], { input: '' })
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('标准输入是空的')
    const twice = await runInProcess(['check-credentials', '--app-key', '-', '--app-secret', '-'], { input: 'x\n' })
    expect(twice.code).toBe(1)
    expect(twice.stderr).toContain('只能用一次')
    const validate = await runInProcess(['validate', '--field', 'appSecret', '--value', '-', '--json'], { input: `${EXAMPLE.appSecret}\n` })
    expect(validate.code, validate.stdout).toBe(0)
    expect(validate.all).not.toContain(EXAMPLE.appSecret)
    const stream = await runInProcess(['send', '--secret', '-', '--json', '-'], { env: { DINGTALK_ROBOT_WEBHOOK: EXAMPLE.robotWebhook } })
    expect(stream.code).toBe(2)
  })

  it('check-credentials reads DINGTALK_APP_KEY / DINGTALK_APP_SECRET from the environment', async () => {
    const app = { appKey: EXAMPLE.appKey, appSecret: EXAMPLE.appSecret }
    const fake = await startFakeDingTalk({ apps: [app] })
    try {
      const r = await runInProcess(['check-credentials', '--endpoint', fake.origin], {
        env: { DINGTALK_APP_KEY: app.appKey, DINGTALK_APP_SECRET: app.appSecret },
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.stdout).toContain('凭证有效')
      expect(r.stderr).not.toContain('ps')
      expect(r.all).not.toContain(app.appSecret)
      const missing = await runInProcess(['check-credentials', '--endpoint', fake.origin], { env: { DINGTALK_APP_KEY: app.appKey } })
      expect(missing.code).toBe(2)
      expect(missing.stderr).toContain('DINGTALK_APP_SECRET')
    } finally {
      await fake.close()
    }
  })
})
