/**
 * Runs the real CLI as a separate process (`node --import tsx scripts/dingtalk.ts …`), the way
 * `npm run -s dingtalk -- …` does, and collects its exit code and output. Test code only.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const ENTRY = fileURLToPath(new URL('../../dingtalk.ts', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
  /** stdout + stderr, for "never appears anywhere" checks. */
  all: string
  ms: number
}

export interface RunOptions {
  /** Written to stdin, then stdin is closed. Without it stdin is closed at once. */
  input?: string
  env?: Record<string, string>
  timeoutMs?: number
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  return runProcess([process.execPath, '--import', 'tsx', ENTRY, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    input: options.input,
    timeoutMs: options.timeoutMs ?? 30_000,
  })
}

/** Runs a program (first item) with its arguments and exactly `env`, feeds it `input`, collects its output. */
export function runProcess(
  [program, ...args]: readonly string[],
  { cwd, env, input, timeoutMs }: { cwd: string; env: Record<string, string | undefined>; input?: string; timeoutMs: number },
): Promise<CliRun> {
  const started = Date.now()
  const child = spawn(program!, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  child.stdin.end(input ?? '')
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  return new Promise((done, fail) => {
    child.on('error', fail)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr, all: stdout + stderr, ms: Date.now() - started })
    })
  })
}

/** Parses stdout as JSON lines. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown)
}
