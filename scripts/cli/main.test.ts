import { describe, expect, it, vi } from 'vitest'
import { runCli } from './testing/run-cli'
import { runInProcess } from './testing/run-in-process'

// Each case starts the real CLI as a process (about a second each).
vi.setConfig({ testTimeout: 60_000 })

describe('dingtalk (entry)', () => {
  it('--help lists every command and the exit codes', async () => {
    for (const [i, args] of [['--help'], ['-h'], ['help']].entries()) {
      const r = await (i === 0 ? runCli : runInProcess)(args)
      expect(r.code).toBe(0)
      for (const name of ['sign', 'send', 'check-credentials', 'validate']) expect(r.stdout).toContain(name)
      expect(r.stdout).toContain('退出码')
    }
  })

  it('`help <command>` shows that command’s help', async () => {
    const r = await runInProcess(['help', 'validate'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('validate --field')
  })

  it('every command has its own --help', async () => {
    for (const name of ['sign', 'send', 'check-credentials', 'validate']) {
      const r = await runInProcess([name, '--help'])
      expect(r.code, name).toBe(0)
      expect(r.stdout).toContain(`npm run -s dingtalk -- ${name}`)
      expect(r.stdout).toContain('退出码')
    }
  })

  it('no command or an unknown one is wrong usage (exit 2), explained on stderr', async () => {
    const none = await runCli([])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('用法')
    const unknown = await runCli(['sing'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('未知命令「sing」')
    expect(unknown.stdout).toBe('')
    const helpUnknown = await runInProcess(['help', 'sing'])
    expect(helpUnknown.code).toBe(2)
    expect(helpUnknown.stderr).toContain('未知命令「sing」')
  })
})
