// The record against a real Vite build of the real packages: what `npm run size` relies on.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, type Plugin } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { codeModules, cryptoJsExtraModules, hasDingtalkJsapi } from '../../scripts/size/record'
import { BUNDLE_RECORD_FILE, bundleRecord, pageUrl, relativeId, type BundleRecord } from './bundle-record'

const ROOT = process.cwd()
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** Entry modules given as code (ids ending in .md stand for VitePress pages), resolved from the repository. */
function sources(files: Record<string, string>): Plugin {
  return {
    name: 'test-sources',
    resolveId: (id) => (id in files ? id : null),
    load: (id) => files[id] ?? null,
  }
}

async function recordOf(files: Record<string, string>, options: { ssr?: boolean; srcDir?: string } = {}): Promise<{ record: BundleRecord | null; outDir: string }> {
  const outDir = mkdtempSync(join(tmpdir(), 'bundle-record-'))
  dirs.push(outDir)
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [sources(files), bundleRecord()],
    build: { outDir, emptyOutDir: true, minify: false, ssr: options.ssr, rollupOptions: { input: Object.keys(files) } },
    // What VitePress adds to the Vite config for its plugins: the site config (here only what the record reads).
    ...(options.srcDir ? { vitepress: { srcDir: options.srcDir, rewrites: { map: {}, inv: {} } } } : {}),
  } as Parameters<typeof build>[0])
  const file = join(outDir, BUNDLE_RECORD_FILE)
  return { record: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BundleRecord) : null, outDir }
}

describe('pageUrl and relativeId', () => {
  it("names pages as their URLs end, and module ids relative to the package, Rollup's marks kept", () => {
    expect(['index.md', 'intro.md', 'robot/index.md', 'app/dev-info.md'].map(pageUrl)).toEqual(['/', '/intro', '/robot/', '/app/dev-info'])
    expect(relativeId('/repo/node_modules/crypto-js/core.js', '/repo')).toBe('node_modules/crypto-js/core.js')
    expect(relativeId('\0/repo/node_modules/crypto-js/core.js?commonjs-module', '/repo')).toBe('\0node_modules/crypto-js/core.js?commonjs-module')
    expect(relativeId('\0vite/preload-helper.js', '/repo')).toBe('\0vite/preload-helper.js')
  })
})

describe('bundleRecord on a real build', () => {
  it('records chunks, imports and the modules of HMAC-SHA256, Base64, and lazily crypto-js/md5 and dingtalk-jsapi', async () => {
    const { record, outDir } = await recordOf({
      'entry.js': `import h from 'crypto-js/hmac-sha256'; import b from 'crypto-js/enc-base64';
        window.s = b.stringify(h('1\\ns', 's'));
        window.m = () => import('crypto-js/md5');
        window.o = () => import('dingtalk-jsapi/api/biz/util/openLink')`,
    })
    expect(record).not.toBeNull()
    const entry = record!.chunks.find((c) => c.entry)!
    for (const c of record!.chunks) expect(existsSync(join(outDir, c.file))).toBe(true)
    expect(codeModules(entry)).toEqual(expect.arrayContaining(['node_modules/crypto-js/core.js', 'node_modules/crypto-js/sha256.js', 'node_modules/crypto-js/enc-base64.js']))
    expect(cryptoJsExtraModules(codeModules(entry))).toEqual([])
    expect(hasDingtalkJsapi(codeModules(entry))).toBe(false)
    expect(entry.page).toBeNull()

    const lazy = entry.dynamicImports.map((f) => record!.chunks.find((c) => c.file === f)!)
    expect(lazy).toHaveLength(2)
    const md5 = lazy.find((c) => cryptoJsExtraModules(codeModules(c)).length)!
    expect(cryptoJsExtraModules(codeModules(md5))).toEqual(['md5'])
    // md5 builds on the core that the entry already holds: a static import of the entry's chunk.
    expect(md5.imports).toContain(entry.file)
    expect(lazy.filter((c) => hasDingtalkJsapi(codeModules(c)))).toHaveLength(1)
  }, 60_000)

  it("finds the whole crypto-js behind `import 'crypto-js'`", async () => {
    const { record } = await recordOf({ 'entry.js': `import C from 'crypto-js'; window.C = C` })
    const extras = cryptoJsExtraModules(codeModules(record!.chunks.find((c) => c.entry)!))
    expect(extras).toEqual(expect.arrayContaining(['index', 'aes', 'tripledes', 'rc4', 'sha3', 'ripemd160', 'pbkdf2', 'md5']))
  }, 60_000)

  it("names the page a VitePress page chunk is the entry of", async () => {
    const srcDir = join(ROOT, 'virtual-docs')
    const page = join(srcDir, 'robot', 'index.md')
    const { record } = await recordOf({ [page]: `window.page = 'robot'` }, { srcDir })
    expect(record!.chunks.map((c) => c.page)).toEqual(['/robot/'])
    expect(record!.chunks[0]!.modules.map((m) => m.id)).toEqual(['virtual-docs/robot/index.md'])
  }, 60_000)

  it("writes nothing for VitePress's server build", async () => {
    const { record } = await recordOf({ 'entry.js': `export const a = 1` }, { ssr: true })
    expect(record).toBeNull()
  }, 60_000)
})
