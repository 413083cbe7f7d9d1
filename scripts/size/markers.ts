/**
 * Fingerprints of two heavy libraries in built chunks. Minifiers rename variables but keep
 * property names and strings, so these survive `vite build`; markers.test.ts checks that
 * against the real packages, minified.
 */

/**
 * crypto-js modules beyond the ones the robot signer may use (core, sha256, hmac, enc-base64):
 * each registers itself as a property, e.g. `C.algo.AES = BlockCipher.extend(…)`.
 */
const CRYPTO_JS_EXTRA_MODULES: Record<string, RegExp> = {
  aes: /\.AES\s*=/,
  tripledes: /\.TripleDES\s*=/,
  rc4: /\.RC4\s*=/,
  rabbit: /\.Rabbit\s*=/,
  blowfish: /\.Blowfish\s*=/,
  sha3: /\.SHA3\s*=/,
  sha512: /\.SHA512\s*=/,
  sha1: /\.SHA1\s*=/,
  md5: /\.MD5\s*=/,
  ripemd160: /\.RIPEMD160\s*=/,
  pbkdf2: /\.PBKDF2\s*=/,
  evpkdf: /\.EvpKDF\s*=/,
  'cipher-core': /_doCryptBlock|\.BlockCipher\s*=/,
}

/** Names of the crypto-js modules outside core/sha256/hmac/enc-base64 whose code is in `code`. */
export function cryptoJsExtraModules(code: string): string[] {
  return Object.entries(CRYPTO_JS_EXTRA_MODULES)
    .filter(([, marker]) => marker.test(code))
    .map(([name]) => name)
}

/**
 * dingtalk-jsapi: strings from its environment detection (lib/env.js, lib/sdk), which every
 * entry point of the package pulls in, the full `dingtalk-jsapi` as well as single API files.
 */
const DINGTALK_JSAPI_MARKERS = ['ENV_ENUM_SUB', 'Weex.Unknown', 'middleware must be a function']

export function hasDingtalkJsapi(code: string): boolean {
  return DINGTALK_JSAPI_MARKERS.filter((marker) => code.includes(marker)).length >= 2
}
