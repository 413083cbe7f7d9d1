/**
 * Vue's runtime is one chunk (VitePress's `framework`) that every page loads, so a Vue feature only a
 * widget uses is paid by every page, widgets or not. v-show's directive (vShow) was one: the 工具箱
 * alone used it, and every page carried it (182 bytes gzip, `npm run size`). Widgets hide with a
 * `display` style binding instead, which the runtime handles anyway.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'node_modules' ? [] : vueFiles(join(dir, e.name))) : e.name.endsWith('.vue') ? [join(dir, e.name)] : [],
  )
}

/** Files whose template uses v-show (the attribute, not a mention in a comment). */
function usingVShow(files: { path: string; source: string }[]): string[] {
  return files.filter((f) => /<[A-Za-z][^>]*\sv-show[\s=>]/.test(f.source.replace(/<!--[^]*?-->/g, ''))).map((f) => f.path)
}

describe('Vue features only widgets would put in every page', () => {
  it('no widget or theme component uses v-show', () => {
    const files = [...vueFiles('playground'), ...vueFiles('.vitepress/theme')].map((path) => ({ path, source: readFileSync(path, 'utf8') }))
    expect(files.length).toBeGreaterThan(10)
    expect(usingVShow(files)).toEqual([])
  })

  it('finds v-show in a template, not in a comment', () => {
    const files = [
      { path: 'a.vue', source: '<template><div v-show="open">x</div></template>' },
      { path: 'b.vue', source: '<template><!-- not v-show="x" --><div :style="{ display: s }"/></template>' },
    ]
    expect(usingVShow(files)).toEqual(['a.vue'])
  })
})
