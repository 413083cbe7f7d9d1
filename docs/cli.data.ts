/**
 * Build-time data of the 命令行工具 page: the single-file command line is bundled right here
 * (the same function as `npm run build:cli`) and its size and SHA-256 are printed on the page.
 * The build publishes the same bytes at <base>dingtalk.mjs (.vitepress/config/publish-cli.ts),
 * and refuses to finish if the published file's SHA-256 differs from the page's.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCliBundle, CLI_FILE_NAME } from '../scripts/lib/cli-bundle'

export interface CliFileData {
  fileName: string
  bytes: number
  sha256: string
}

declare const data: CliFileData
export { data }

export default {
  async load(): Promise<CliFileData> {
    const dir = mkdtempSync(join(tmpdir(), 'gt-faq-cli-'))
    try {
      const bundle = await buildCliBundle(join(dir, CLI_FILE_NAME))
      return { fileName: CLI_FILE_NAME, bytes: bundle.bytes, sha256: bundle.sha256 }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}
