/**
 * What a command declares about itself: its name and summary for the command list, its options
 * (options.ts), the prose of its help, and how to load the code that runs it. The help text is
 * built from the declaration, so the options it lists are the options the parser accepts.
 */
import type { ExitCode } from './exit-codes'
import type { CliIo } from './io'
import { type OptionDecls, renderOptions, renderUsage, type Values } from './options'

/** How help texts name the tool; main.ts swaps in how the user actually started it. */
export const PROG = 'npm run -s dingtalk --'

export type Run<O extends OptionDecls> = (values: Values<O>, io: CliIo) => Promise<ExitCode>

export interface CommandDef<O extends OptionDecls> {
  name: string
  /** One line for the command list. */
  summary: string
  /** One template per way of calling it (options.ts renderUsage); "\n" continues a long one. */
  usage: readonly string[]
  /** What it does, under the usage lines. */
  about: string
  options: O
  /** Paragraphs after the options. */
  notes?: readonly string[]
  examples: readonly string[]
  /** What each exit code means for this command. */
  exits: string
  /** The code that runs it, loaded only when it runs. */
  load(): Promise<Run<O>>
}

/** A command in the registry: its options' types are erased so that all fit in one list. */
export type Command = Omit<CommandDef<OptionDecls>, 'load'> & {
  load(): Promise<(values: Record<string, unknown>, io: CliIo) => Promise<ExitCode>>
}

export function defineCommand<O extends OptionDecls>(def: CommandDef<O>): Command {
  return def as unknown as Command
}

export function helpText(c: Command): string {
  const usage = c.usage.map((template, k) => {
    const lines = renderUsage(template, c.options).split('\n')
    return `${k === 0 ? '用法：' : '      '}${PROG} ${c.name} ${lines.join('\n        ')}`
  })
  return [
    usage.join('\n'),
    c.about,
    `选项：\n${renderOptions(c.options)}`,
    ...(c.notes ?? []),
    `示例：\n${c.examples.map((e) => `  ${e}`).join('\n')}`,
    `退出码：${c.exits}`,
  ].join('\n\n')
}
