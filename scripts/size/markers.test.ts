// The fingerprints against the real packages, bundled and minified the way a build would.
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { cryptoJsExtraModules, hasDingtalkJsapi } from './markers'

async function minifiedBundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

describe('crypto-js fingerprints', () => {
  it('find the modules of the whole crypto-js', async () => {
    const code = await minifiedBundle(`import C from 'crypto-js'; window.C = C`)
    expect(cryptoJsExtraModules(code)).toEqual(expect.arrayContaining(['aes', 'tripledes', 'rc4', 'sha3', 'ripemd160', 'pbkdf2', 'md5']))
  }, 30_000)

  it('find nothing in HMAC-SHA256 + Base64, the modules the robot signer may use', async () => {
    const code = await minifiedBundle(
      `import h from 'crypto-js/hmac-sha256'; import b from 'crypto-js/enc-base64'; window.s = b.stringify(h('1\\ns', 's'))`,
    )
    expect(code.length).toBeGreaterThan(3000)
    expect(cryptoJsExtraModules(code)).toEqual([])
  }, 30_000)

  it('find a single extra module', async () => {
    expect(cryptoJsExtraModules(await minifiedBundle(`import m from 'crypto-js/md5'; window.m = m`))).toEqual(['md5'])
  }, 30_000)
})

describe('dingtalk-jsapi fingerprints', () => {
  it('find the whole package and a single API import', async () => {
    expect(hasDingtalkJsapi(await minifiedBundle(`import * as dd from 'dingtalk-jsapi'; window.dd = dd`))).toBe(true)
    expect(hasDingtalkJsapi(await minifiedBundle(`import o from 'dingtalk-jsapi/api/biz/util/openLink'; window.o = o`))).toBe(true)
  }, 30_000)

  it('do not fire on a page that only talks about DingTalk', () => {
    expect(hasDingtalkJsapi('const t="钉钉 DingTalk dd.ready biz.util.openLink ENV_ENUM_SUB";')).toBe(false)
  })
})
