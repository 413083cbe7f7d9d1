/**
 * What a command may touch of the outside world, so that the commands stay testable and
 * every output line goes through the redactor.
 */
import { createInterface } from 'node:readline'
import { createRedactor, type Redactor } from './redact'

export interface CliIo extends Redactor {
  /** One line to stdout (results, the thing a script would capture). */
  out(line: string): void
  /** One line to stderr (explanations, warnings, progress). */
  err(line: string): void
  /** Lines of stdin, read lazily (for `send --json -`). */
  stdinLines(): AsyncIterable<string>
  /** All of stdin as text (for `--secret -`). */
  stdinText(): Promise<string>
  /** Whether stdin is a terminal (then we tell the user how to finish typing). */
  stdinIsTerminal: boolean
  env: Readonly<Record<string, string | undefined>>
  now(): number
  sleep(ms: number): Promise<void>
}

export function createProcessIo(): CliIo {
  const redactor = createRedactor()
  return {
    ...redactor,
    out: (line) => void process.stdout.write(redactor.redact(line) + '\n'),
    err: (line) => void process.stderr.write(redactor.redact(line) + '\n'),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    stdinText: async () => {
      let text = ''
      for await (const chunk of process.stdin) text += String(chunk)
      return text
    },
    stdinIsTerminal: Boolean(process.stdin.isTTY),
    env: process.env,
    now: () => Date.now(),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  }
}
