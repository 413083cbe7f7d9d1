/**
 * Everything under playground/logic/ is pure: no Vue, no DOM, no network, no storage, no logging,
 * so no secret can leave the page or land in a console through it, and the command line can run it
 * in Node. The folder is the boundary: this test reads every logic file, whatever its name.
 * Browser adapters live in playground/browser/, Vue in playground/widgets/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = __dirname
const PLAYGROUND = dirname(ROOT)

function sources(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path, keep)
    return keep(name) ? [path] : []
  })
}

const files = sources(ROOT, (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
/** Value imports (`import type` is erased, so it cannot carry behaviour across the boundary). */
const valueImports = (code: string) =>
  [...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"`]([^'"`]+)['"`]/gm)].map(
    (m) => m[1] ?? m[2] ?? '',
  )

describe('pure logic (playground/logic/)', () => {
  it('finds the logic files', () => expect(files.length).toBeGreaterThan(80))
  it.each(files.map((f) => relative(ROOT, f)))('%s: no Vue, DOM, network, storage or console', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8')
    expect(code).not.toMatch(/from ['"]vue['"]|\.vue['"]/)
    expect(code).not.toMatch(/\b(document|window|navigator|location|localStorage|sessionStorage|indexedDB)\s*[.[]/)
    expect(code).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|sendBeacon)\s*\(/)
    expect(code).not.toMatch(/\bconsole\s*\.\s*(log|info|warn|error|debug|trace|dir)\b/)
    expect(code).not.toMatch(/from ['"]node:/)
    // Node's globals too: the browser has none of them (use core/text.ts utf8Bytes, not Buffer).
    expect(code).not.toMatch(/\b(Buffer|process|require)\s*[.(]/)
  })
  it.each(files.map((f) => relative(ROOT, f)))('%s: imports only logic and the two crypto-js modules', (file) => {
    for (const spec of valueImports(readFileSync(join(ROOT, file), 'utf8'))) {
      if (!spec.startsWith('.')) {
        expect(['crypto-js/enc-base64', 'crypto-js/hmac-sha256']).toContain(spec)
        continue
      }
      const target = resolve(dirname(join(ROOT, file)), spec)
      expect(relative(ROOT, target).startsWith('..'), `${file} imports ${spec}`).toBe(false)
    }
  })
  it('imports only the two crypto-js modules it needs, never the whole package', () => {
    const imports = files.flatMap((f) => valueImports(readFileSync(f, 'utf8')).filter((s) => s.startsWith('crypto-js')))
    expect([...new Set(imports)].sort()).toEqual(['crypto-js/enc-base64', 'crypto-js/hmac-sha256'])
  })
  it('holds none of the customer identifiers from the old FAQ', () => {
    for (const f of files) {
      expect(readFileSync(f, 'utf8')).not.toMatch(/dings22vk0k4kzwwgdlit|310804070|47\.101\.69\.6|jyzygroup|dinge6c2a|蔡刚坤|上海金柜/)
    }
  })
})

describe('playground layout', () => {
  it('holds only logic/, browser/ and widgets/: pure code has one home', () => {
    expect(readdirSync(PLAYGROUND).filter((n) => !n.startsWith('.')).sort()).toEqual(['browser', 'logic', 'widgets'])
  })
  it('widgets/ holds Vue components, their composables and tests, but no pure logic module', () => {
    // A .ts file in widgets/ must use Vue (a composable or a component registry); pure code belongs in logic/.
    const ts = sources(join(PLAYGROUND, 'widgets'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
    for (const f of ts) {
      const code = readFileSync(f, 'utf8')
      expect(/from ['"]vue['"]|\.vue['"]|import\(/.test(code), `${relative(PLAYGROUND, f)} is pure: move it to logic/`).toBe(true)
    }
  })
  it('browser/ adapters do not import Vue components', () => {
    for (const f of sources(join(PLAYGROUND, 'browser'), (n) => n.endsWith('.ts'))) {
      expect(readFileSync(f, 'utf8')).not.toMatch(/\.vue['"]/)
    }
  })
})
