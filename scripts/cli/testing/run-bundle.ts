/**
 * Builds the single-file command line into an empty temporary folder (no node_modules anywhere
 * above it that Node would find) and runs it there as a process with a bare environment, the way
 * a server runs the downloaded dingtalk.mjs. Test code only.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCliBundle, CLI_FILE_NAME } from '../../lib/cli-bundle'
import { runProcess, type CliRun, type RunOptions } from './run-cli'

export interface BundleFolder {
  dir: string
  file: string
  run(args: readonly string[], options?: RunOptions): Promise<CliRun>
  remove(): void
}

export async function bundleInEmptyFolder(): Promise<BundleFolder> {
  const build = mkdtempSync(join(tmpdir(), 'cli-build-'))
  const dir = mkdtempSync(join(tmpdir(), 'cli-bundle-'))
  const built = await buildCliBundle(join(build, CLI_FILE_NAME))
  const file = join(dir, CLI_FILE_NAME)
  copyFileSync(built.path, file)
  rmSync(build, { recursive: true, force: true })
  if (readdirSync(dir).join() !== CLI_FILE_NAME) throw new Error('the folder should hold the single file only')

  function run(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
    // Only PATH: no NODE_PATH, no proxy or DINGTALK_* variables leaking in from the test machine.
    return runProcess([process.execPath, file, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
      input: options.input,
      timeoutMs: options.timeoutMs ?? 60_000,
    })
  }

  return { dir, file, run, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
