/**
 * The command-line tools of the site: `npm run -s dingtalk -- <command> [options]`.
 * Commands live in scripts/cli/; `--help` lists them.
 */
import { main } from './cli/main'
import { createProcessIo } from './cli/core/io'

// `… | head` closes the pipe early: stop quietly (as cat does) instead of a stack trace about EPIPE.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })

const io = createProcessIo()
const code = await main(process.argv.slice(2), io)
process.exitCode = code
// Stdin may have been opened (send --json -) and not read to its end after a failure.
process.stdin.destroy()
