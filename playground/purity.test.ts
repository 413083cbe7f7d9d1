/**
 * The shared logic is pure: no Vue, no DOM, no network, no storage, no logging — so no secret
 * can leave the page or land in a console through it. Scans the source of every logic file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = __dirname
const LOGIC_DIRS = ['core', 'credentials', 'robot', 'errors', 'app-form', 'search']
const LOGIC_FILES = ['fields.ts', 'index.ts']

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

const files = [...LOGIC_DIRS.flatMap((d) => sources(join(ROOT, d))), ...LOGIC_FILES.map((f) => join(ROOT, f))]

describe('pure logic', () => {
  it('finds the logic files', () => expect(files.length).toBeGreaterThan(30))
  it.each(files.map((f) => relative(ROOT, f)))('%s: no Vue, DOM, network, storage or console', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8')
    expect(code).not.toMatch(/from ['"]vue['"]|\.vue['"]/)
    expect(code).not.toMatch(/\b(document|window|navigator|localStorage|sessionStorage|indexedDB)\s*[.[]/)
    expect(code).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|sendBeacon)\s*\(/)
    expect(code).not.toMatch(/\bconsole\s*\.\s*(log|info|warn|error|debug|trace|dir)\b/)
    expect(code).not.toMatch(/document\.cookie/)
  })
  it('imports only the two crypto-js modules it needs, never the whole package', () => {
    const imports = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/from ['"](crypto-js[^'"]*)['"]/g)].map((m) => m[1]))
    expect(imports.sort()).toEqual(['crypto-js/enc-base64', 'crypto-js/hmac-sha256'])
  })
  it('holds none of the customer identifiers from the old FAQ', () => {
    for (const f of files) {
      expect(readFileSync(f, 'utf8')).not.toMatch(/dings22vk0k4kzwwgdlit|310804070|47\.101\.69\.6|jyzygroup|dinge6c2a|蔡刚坤|上海金柜/)
    }
  })
})
