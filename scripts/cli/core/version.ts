/**
 * `--version`: the version, and the SHA-256 of the file that is running, so that a copy on a
 * server can be compared with the checksum the 命令行工具 page publishes for dingtalk.mjs.
 * Loaded only for --version.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { version } from '../../../package.json'
import type { CliIo } from './io'

export function printVersion(io: CliIo, script: string | undefined = process.argv[1]): void {
  io.out(`dingtalk ${version}`)
  if (script === undefined) return
  try {
    io.out(`SHA-256 ${createHash('sha256').update(readFileSync(script)).digest('hex')}  ${script}`)
  } catch {
    io.err(`（无法读取正在运行的文件 ${script}，算不出 SHA-256。）`)
  }
}
