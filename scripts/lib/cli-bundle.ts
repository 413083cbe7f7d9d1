/**
 * Bundles the command line (scripts/dingtalk.ts and everything it reaches, JSON included) into
 * one ESM file that runs on Node ≥ 20 without node_modules: `npm run build:cli`, the site build
 * (published at <base>dingtalk.mjs) and the tests all make it with this function.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'

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

/**
 * undici (for proxies) is most of the file but needed only when a proxy is set. It is bundled as
 * the text of a CommonJS module and compiled on first use, so that Node does not parse it on every
 * start: the start-up then pays for scanning a string, not for pre-parsing 400 KB of functions.
 */
async function lazyUndiciPlugin(): Promise<Plugin> {
  const inner = await build({
    stdin: { contents: "module.exports = require('undici')", resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  })
  const code = inner.outputFiles[0]?.text ?? ''
  return {
    name: 'lazy-undici',
    setup(b) {
      b.onResolve({ filter: /^undici$/ }, () => ({ path: 'undici', namespace: 'lazy-undici' }))
      b.onLoad({ filter: /.*/, namespace: 'lazy-undici' }, () => ({
        loader: 'js',
        contents: `const code = ${JSON.stringify(code)};
const m = { exports: {} };
new Function('module', 'exports', 'require', code)(m, m.exports, require);
export const fetch = m.exports.fetch;
export const ProxyAgent = m.exports.ProxyAgent;`,
      }))
    },
  }
}

export async function buildCliBundle(outfile = CLI_OUTFILE): Promise<CliBundle> {
  await build({
    plugins: [await lazyUndiciPlugin()],
    entryPoints: [CLI_ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    // Chinese text as UTF-8 rather than \uXXXX escapes: about a fifth smaller, and readable.
    charset: 'utf8',
    banner: { js: BANNER },
    // The same input gives the same bytes, so the SHA-256 printed on the site is reproducible.
    metafile: false,
    logLevel: 'warning',
  })
  return describeFile(outfile)
}
