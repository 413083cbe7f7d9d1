/**
 * What a command may touch of the outside world, so that the commands stay testable and
 * every output line goes through the redactor.
 */
import { basename } from 'node:path'
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
  /** How the user started us, for the usage lines: `npm run -s dingtalk --` in a checkout, `node dingtalk.mjs` for the single file. */
  prog?: string
  now(): number
  sleep(ms: number): Promise<void>
}

/** The command to show in help texts, from the script node runs. */
export function progName(script: string | undefined): string {
  const name = basename(script ?? '')
  if (name.endsWith('.mjs')) return `node ${name}`
  if (name === 'dingtalk') return 'dingtalk' // `npm link` / `npx` through package.json's bin
  return 'npm run -s dingtalk --'
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
    prog: progName(process.argv[1]),
    now: () => Date.now(),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  }
}
