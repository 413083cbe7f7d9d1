/**
 * The site build publishes the command line as one file at <base>dingtalk.mjs (issue 14), built
 * with the same function as `npm run build:cli`. The 命令行工具 page prints the SHA-256 its data
 * loader computed; the build fails when the published bytes have another hash, so the page can
 * never vouch for a file it does not serve.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SiteConfig } from 'vitepress'
import { buildCliBundle, CLI_FILE_NAME } from '../../scripts/lib/cli-bundle'

/** The page that shows the hash (docs/cli.md), as VitePress writes it with cleanUrls. */
export const CLI_PAGE_HTML = 'cli.html'

export async function publishCli(siteConfig: SiteConfig): Promise<void> {
  const published = await buildCliBundle(join(siteConfig.outDir, CLI_FILE_NAME))
  const page = readFileSync(join(siteConfig.outDir, CLI_PAGE_HTML), 'utf8')
  if (!page.includes(published.sha256))
    throw new Error(`${CLI_FILE_NAME}: the published file's SHA-256 (${published.sha256}) is not the one ${CLI_PAGE_HTML} shows`)
}
