/**
 * The robot-signing samples shown on /robot/sign (docs/public/samples) are run here with the
 * page's worked example and must print its value. Each language is skipped when its runtime
 * is missing on the machine.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const dir = fileURLToPath(new URL('../../docs/public/samples/', import.meta.url))
const WORKED_EXAMPLE = { DINGTALK_SECRET: 'this is secret', DINGTALK_TIMESTAMP: '1577262236757' }
const SIGN = 'hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM='
const SIGN_ENCODED = 'hmPWwU%2B7lVdm3ZZz0r9tSfx0L4Q26jWOZr9%2BGs6EZQM%3D'

const has = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0

const samples: { name: string; cmd: string; args: string[]; available: boolean }[] = [
  { name: 'TypeScript (Node crypto)', cmd: 'npx', args: ['tsx', 'sign.ts'], available: true },
  { name: 'Python', cmd: 'python3', args: ['sign.py'], available: has('python3', '--version') },
  { name: 'Java', cmd: 'java', args: ['-Dfile.encoding=UTF-8', 'DingTalkSign.java'], available: has('java', '-version') },
  { name: 'Shell (openssl)', cmd: 'bash', args: ['sign.sh'], available: has('openssl', 'version') },
]

function run(cmd: string, args: string[], env: Record<string, string>): string {
  const { DINGTALK_WEBHOOK: _drop, ...rest } = process.env
  return execFileSync(cmd, args, { cwd: dir, env: { ...rest, ...env }, encoding: 'utf8', timeout: 60_000 })
}

describe.each(samples)('the $name sample', ({ cmd, args, available }) => {
  it.runIf(available)('prints the worked example of the page', () => {
    const out = run(cmd, args, WORKED_EXAMPLE)
    expect(out).toContain('timestamp: 1577262236757')
    expect(out).toContain(`sign（Base64）: ${SIGN}`)
    expect(out).toContain(`sign（URL 编码后）: ${SIGN_ENCODED}`)
  }, 60_000)

  it.runIf(available)('ignores spaces copied around the secret', () => {
    const out = run(cmd, args, { ...WORKED_EXAMPLE, DINGTALK_SECRET: '  this is secret \n' })
    expect(out).toContain(SIGN_ENCODED)
  }, 60_000)

  it.runIf(available)('refuses to run without a secret, in Chinese', () => {
    const result = spawnSync(cmd, args, { cwd: dir, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 60_000 })
    expect(result.status).not.toBe(0)
    expect(result.stderr + result.stdout).toContain('请先设置环境变量 DINGTALK_SECRET')
  }, 60_000)
})
