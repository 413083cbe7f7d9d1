/**
 * How findings and problems are shown on the terminal: one line each, Chinese, on stderr
 * (stdout is kept for results a script may capture).
 */
import type { Finding } from '../../../playground/logic/core/findings'
import type { CliIo } from './io'

const TAG: Record<Finding['level'], string> = { error: '错误', warning: '注意' }

/** Prints each finding as `错误：…` / `注意：…`, optionally prefixed (e.g. with a field or line). */
export function printFindings(io: CliIo, findings: readonly Finding[], prefix = ''): void {
  for (const f of findings) io.err(`${prefix}${TAG[f.level]}：${f.message}`)
}

export const hasError = (findings: readonly Finding[]): boolean => findings.some((f) => f.level === 'error')
