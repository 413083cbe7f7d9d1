import { describe, expect, it } from 'vitest'
import { codeModules, cryptoJsExtraModules, hasDingtalkJsapi, packageFile, recordEdges } from './record'
import { recordOf, vitepressLikeBuild } from './fixture'

// Module ids as the bundler records them for CommonJS packages: the file, and Rollup's '\0' proxies.
const HMAC_SHA256_AND_BASE64 = [
  '\0node_modules/crypto-js/hmac-sha256.js?commonjs-module',
  'node_modules/crypto-js/core.js',
  'node_modules/crypto-js/sha256.js',
  'node_modules/crypto-js/hmac.js',
  'node_modules/crypto-js/hmac-sha256.js',
  '\0node_modules/crypto-js/enc-base64.js?commonjs-module',
  'node_modules/crypto-js/enc-base64.js',
]

describe('packageFile', () => {
  it("names the file inside the package, whatever Rollup's prefix and query", () => {
    expect(packageFile('\0node_modules/crypto-js/md5.js?commonjs-module', 'crypto-js')).toBe('md5.js')
    expect(packageFile('node_modules/dingtalk-jsapi/lib/env.js', 'dingtalk-jsapi')).toBe('lib/env.js')
    expect(packageFile('../../../node_modules/crypto-js/aes.js', 'crypto-js')).toBe('aes.js')
  })

  it('does not take another package, or a path that merely contains the name, for it', () => {
    expect(packageFile('node_modules/crypto-js-extra/aes.js', 'crypto-js')).toBeNull()
    expect(packageFile('node_modules/not-crypto-js/aes.js', 'crypto-js')).toBeNull()
    expect(packageFile('playground/robot/crypto-js/aes.ts', 'crypto-js')).toBeNull()
    expect(packageFile('xnode_modules/crypto-js/aes.js', 'crypto-js')).toBeNull()
  })
})

describe('cryptoJsExtraModules', () => {
  it('finds nothing in HMAC-SHA256 + Base64, the modules the robot signer may use', () => {
    expect(cryptoJsExtraModules(HMAC_SHA256_AND_BASE64)).toEqual([])
  })

  it('names every other crypto-js module once, the package entry included', () => {
    const ids = [...HMAC_SHA256_AND_BASE64, 'node_modules/crypto-js/md5.js', '\0node_modules/crypto-js/md5.js?commonjs-module', 'node_modules/crypto-js/index.js']
    expect(cryptoJsExtraModules(ids)).toEqual(['index', 'md5'])
  })
})

describe('hasDingtalkJsapi', () => {
  it('finds any file of the package, and nothing in code that only talks about DingTalk', () => {
    expect(hasDingtalkJsapi(['node_modules/dingtalk-jsapi/api/biz/util/openLink.js'])).toBe(true)
    expect(hasDingtalkJsapi(['playground/dingtalk/jsapi.ts', 'playground/browser/dingtalk-jsapi.ts', 'docs/dingtalk-jsapi.md'])).toBe(false)
  })
})

describe('codeModules', () => {
  it('leaves out modules the bundler tree-shook to nothing', () => {
    const chunk = recordOf(vitepressLikeBuild()).chunks[0]!
    expect(codeModules({ ...chunk, modules: [{ id: 'a.ts', length: 10 }, { id: 'node_modules/crypto-js/md5.js', length: 0 }] })).toEqual(['a.ts'])
  })
})

describe('recordEdges', () => {
  it("gives each chunk's static and dynamic imports as recorded, and none for an unknown file", () => {
    const edges = recordEdges(recordOf(vitepressLikeBuild()))
    expect(edges('assets/chunks/theme.T1.js')).toEqual({ static: ['assets/chunks/framework.F1.js'], dynamic: ['assets/chunks/VPLocalSearchBox.S1.js'] })
    expect(edges('assets/robot_index.md.X1.lean.js').dynamic).toEqual(['assets/chunks/RobotSigner.W1.js'])
    expect(edges('assets/nothing.js')).toEqual({ static: [], dynamic: [] })
  })
})
