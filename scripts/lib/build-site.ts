/**
 * Builds the site through VitePress's API with a temp dir of its own, so that several builds
 * (a test run, a size check, a second developer) can run at once: VitePress's CLI always
 * uses .vitepress/.temp and deletes it at the end.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { build } from 'vitepress'
import { normaliseBase } from '../../.vitepress/config/site-url'

export interface BuildOptions {
  /** Project root holding .vitepress/ (default: this repository). */
  root?: string
  outDir: string
  base?: string
}

export async function buildSite({ root = process.cwd(), outDir, base = '/' }: BuildOptions): Promise<void> {
  const siteBase = normaliseBase(base)
  const out = resolve(outDir)
  await build(root, {
    // VitePress's own base option: the config reads it back (.vitepress/config/site-url.ts).
    base: siteBase,
    outDir: out,
    onAfterConfigResolve(config) {
      // Inside the project: the server bundle written there must resolve 'vue' from node_modules.
      const id = createHash('sha1').update(out).digest('hex').slice(0, 8)
      config.tempDir = join(config.root, '.vitepress', `.temp-${id}`)
    },
  })
  // VitePress resolves build() before its sitemap stream has reached the disk.
  for (let waited = 0; !existsSync(join(out, 'sitemap.xml')) && waited < 5000; waited += 50) await sleep(50)
}
