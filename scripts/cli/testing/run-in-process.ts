/**
 * Runs the CLI's `main` inside the test process with captured output: the same code path as
 * the real process after argv parsing, without the second of start-up. Used for the many
 * small cases (usage errors, awkward values); the behaviour that matters end to end is tested
 * with real processes (run-cli.ts). Test code only.
 */
import { main } from '../main'
import type { CliIo } from '../core/io'
import { createRedactor } from '../core/redact'
import type { CliRun, RunOptions } from './run-cli'

export async function runInProcess(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const started = Date.now()
  const redactor = createRedactor()
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    ...redactor,
    out: (line) => void out.push(redactor.redact(line)),
    err: (line) => void err.push(redactor.redact(line)),
    async *stdinLines() {
      const text = options.input ?? ''
      const lines = text.split('\n')
      if (lines[lines.length - 1] === '') lines.pop()
      yield* lines
    },
    stdinText: async () => options.input ?? '',
    stdinIsTerminal: false,
    env: { ...options.env },
    now: () => Date.now(),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  }
  const code = await main(args, io)
  const stdout = out.map((l) => l + '\n').join('')
  const stderr = err.map((l) => l + '\n').join('')
  return { code, stdout, stderr, all: stdout + stderr, ms: Date.now() - started }
}
