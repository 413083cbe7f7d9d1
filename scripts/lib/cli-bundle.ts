/**
 * Bundles the command line (scripts/dingtalk.ts and everything it reaches, JSON included) into
 * one ESM file that runs on Node ≥ 20 without node_modules: `npm run build:cli`, the site build
 * (published at <base>dingtalk.mjs) and the tests all make it with this function.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const CLI_ENTRY = join(REPO_ROOT, 'scripts/dingtalk.ts')
export const CLI_OUTFILE = join(REPO_ROOT, 'dist/dingtalk.mjs')
/** The name the site publishes it under, at the site's base. */
export const CLI_FILE_NAME = 'dingtalk.mjs'

export interface CliBundle {
  path: string
  bytes: number
  sha256: string
}

// The bundled CommonJS packages (crypto-js, undici) call require() for Node's own modules.
const BANNER = `#!/usr/bin/env node
// 钉钉接入命令行工具（事业合伙系统常见问题 · 钉钉接入指南）。Node.js 20 或更新版本：node dingtalk.mjs --help
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);`

export function describeFile(path: string): CliBundle {
  const bytes = readFileSync(path)
  return { path, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }
}

export async function buildCliBundle(outfile = CLI_OUTFILE): Promise<CliBundle> {
  await build({
    entryPoints: [CLI_ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    banner: { js: BANNER },
    // The same input gives the same bytes, so the SHA-256 printed on the site is reproducible.
    metafile: false,
    logLevel: 'warning',
  })
  return describeFile(outfile)
}
