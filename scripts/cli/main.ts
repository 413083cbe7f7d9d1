/**
 * Dispatches `<command> [options]` and turns every outcome into an exit code. Nothing escapes
 * as a stack trace: usage errors exit 2 with the command's usage hint, anything unexpected
 * exits 1 with a short Chinese message.
 */
import { UsageError, wantsHelp } from './core/args'
import { helpText, PROG } from './core/command'
import { COMMANDS, MAIN_HELP } from './commands'
import { EXIT, type ExitCode } from './core/exit-codes'
import { InputError } from './core/input-error'
import type { CliIo } from './core/io'
import { parseDeclared } from './core/options'

/** Help texts are written for a checkout; the single file shows its own way of being run. */
function forProg(text: string, io: CliIo): string {
  return io.prog && io.prog !== PROG ? text.split(PROG).join(io.prog) : text
}

function unknownCommand(name: string, io: CliIo): ExitCode {
  io.err(`未知命令「${name}」。可用的命令：${COMMANDS.map((c) => c.name).join('、')}。`)
  io.err(forProg(`查看说明：${PROG} --help`, io))
  return EXIT.usage
}

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv
  if (name === undefined) {
    io.err(forProg(MAIN_HELP, io))
    return EXIT.usage
  }
  if (name === '--version' || name === '-V') {
    ;(await import('./core/version')).printVersion(io)
    return EXIT.ok
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined
    const command = COMMANDS.find((c) => c.name === topic)
    if (topic !== undefined && !command) return unknownCommand(topic, io)
    io.out(forProg(command ? helpText(command) : MAIN_HELP, io))
    return EXIT.ok
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) return unknownCommand(name, io)
  try {
    if (wantsHelp(rest)) {
      io.out(forProg(helpText(command), io))
      return EXIT.ok
    }
    const values = parseDeclared(rest, command.options, io)
    const run = await command.load()
    return await run(values, io)
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`用法错误：${err.message}`)
      io.err(forProg(`查看说明：${PROG} ${command.name} --help`, io))
      return EXIT.usage
    }
    if (err instanceof InputError) {
      io.err(`错误：${err.message}`)
      return EXIT.failed
    }
    const message = err instanceof Error ? err.message : String(err)
    io.err(`出错了：${message}`)
    if (io.env.DINGTALK_CLI_DEBUG && err instanceof Error && err.stack) io.err(err.stack)
    return EXIT.failed
  }
}
