/**
 * Widgets read a field's label, hint and placeholder from the field's module (listed in
 * playground/logic/fields.ts) rather than repeating them: a repeated copy would not follow a
 * change of limit or wording there. What is checked is an input that contradicts its field, not a
 * shared word: a table heading or a sentence may well say "AgentId" or "标题".
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

const fieldTexts = [...Object.values(FIELDS), LOGO_TEXT]
const texts = fieldTexts.flatMap((t) => [t.hint, t.placeholder]).filter((t): t is string => !!t)
const labels = new Set(fieldTexts.map((t) => t.label))
const templates = vueFiles(__dirname).map((file) => ({ file: relative(__dirname, file), source: readFileSync(file, 'utf8') }))

/** Each `<FieldInput …>` / `<SecretInput …>` tag: its attributes (values in double quotes, as Vue templates write them). */
function inputTags(source: string): Map<string, string>[] {
  const tags = source.matchAll(/<(?:FieldInput|SecretInput)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)
  return [...tags].map((m) => new Map([...m[1]!.matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''])))
}

/** What is wrong with one input's label, or '' when nothing is. */
function labelProblem(attrs: Map<string, string>): string {
  const bound = /^[A-Z][A-Z0-9_]*_TEXT$/.test(attrs.get('v-bind') ?? '') ? attrs.get('v-bind')! : null
  const fixed = attrs.get('label')
  const computed = attrs.get(':label')
  if (bound && fixed !== undefined) return `binds ${bound} but overrides its label with "${fixed}"`
  if (bound && computed !== undefined && !computed.includes(`${bound}.label`)) return `binds ${bound} but computes a label without ${bound}.label`
  if (!bound && fixed !== undefined && labels.has(fixed)) return `repeats the field label "${fixed}" instead of binding the field's text`
  return ''
}

describe('widgets take field text from the registry', () => {
  it('finds the widgets and their inputs', () => {
    expect(templates.length).toBeGreaterThan(10)
    expect(templates.flatMap((t) => inputTags(t.source)).length).toBeGreaterThan(20)
  })

  it('catches an input that contradicts its field, and leaves a shared word alone', () => {
    const problems = (tag: string) => inputTags(tag).map(labelProblem)
    expect(problems('<FieldInput v-model="x" v-bind="AGENT_ID_TEXT" label="应用 ID" mono />')[0]).toContain('overrides')
    expect(problems('<FieldInput\n  v-bind="ROBOT_SECRET_TEXT"\n  :label="optional ? \'密钥（可选）\' : \'密钥\'"\n/>')[0]).toContain('without')
    expect(problems(`<SecretInput v-model="s" label="${FIELDS.appSecret.label}" />`)[0]).toContain('repeats')
    expect(problems(`<FieldInput v-bind="ROBOT_SECRET_TEXT" :label="\`\${ROBOT_SECRET_TEXT.label}（可选）\`" />`)).toEqual([''])
    expect(problems('<FieldInput v-model="t" label="标题" />')).toEqual([''])
    expect(inputTags(`<th>${FIELDS.agentId.label}</th><p>${FIELDS.corpId.label}</p>`)).toEqual([])
  })

  it.each(templates.map((t) => [t.file, t] as const))('%s: no input contradicts its field; no hint or placeholder repeated', (_, { source }) => {
    const code = source.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '')
    for (const text of texts) expect(code).not.toContain(text)
    expect(inputTags(code).map(labelProblem).filter(Boolean)).toEqual([])
  })
})
