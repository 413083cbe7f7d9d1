/**
 * Widgets read a field's label, hint and placeholder from the field's module (listed in
 * playground/logic/fields.ts) rather than repeating them: a repeated copy would not follow a
 * change of limit or wording there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOGO_TEXT } from '../logic/app/form/logo'
import { FIELDS } from '../logic/fields'

function vueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return vueFiles(path)
    return name.endsWith('.vue') ? [path] : []
  })
}

const texts = [...Object.values(FIELDS), LOGO_TEXT].flatMap((t) => [t.hint, t.placeholder]).filter((t): t is string => !!t)
const labels = [...Object.values(FIELDS), LOGO_TEXT].map((t) => t.label)
const templates = vueFiles(__dirname).map((file) => ({ file: relative(__dirname, file), source: readFileSync(file, 'utf8') }))

describe('widgets take field text from the registry', () => {
  it('finds the widgets', () => expect(templates.length).toBeGreaterThan(10))

  it.each(templates.map((t) => [t.file, t] as const))('%s repeats no hint, placeholder or label', (_, { source }) => {
    const code = source.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '')
    for (const text of texts) expect(code).not.toContain(text)
    for (const label of labels) {
      expect(code).not.toMatch(new RegExp(`label="${label.replace(/[()（）]/g, '\\$&')}"`))
      expect(code).not.toMatch(new RegExp(`['"\`>]${label.replace(/[()（）]/g, '\\$&')}['"\`<]`))
    }
  })
})
