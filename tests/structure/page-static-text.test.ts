/**
 * A page's Markdown is in its HTML; its JavaScript should not carry the text again. VitePress's
 * lean page chunk (what a first visit loads) keeps only what Vue compiled into one static string,
 * `createStaticVNode("…", n)`, with the string emptied; Markdown compiled into element vnodes stays
 * in the chunk, text and all. Vue makes that string from a run of static siblings of at least 5
 * elements with attributes or 20 nodes. The 工具箱 (docs/tools.md) has little text before its
 * <ToolBox />, near that threshold: when its text fell into the render function, /tools sat at the
 * ceiling of `npm run size` (2.5 KB above plain VitePress, 0.6 KB of it the page's own words).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createMarkdownRenderer } from 'vitepress'
import { compileTemplate } from 'vue/compiler-sfc'
import { deferredSectionsPlugin } from '../../.vitepress/config/deferred-sections'

/** The page's template as VitePress hands it to Vue: the Markdown rendered, without frontmatter and <script setup>. */
async function pageTemplate(file: string): Promise<string> {
  const source = readFileSync(file, 'utf8')
    .replace(/^---\n[^]*?\n---\n/, '')
    .replace(/<script setup>[^]*?<\/script>\n/, '')
  const md = await createMarkdownRenderer(process.cwd(), { config: deferredSectionsPlugin })
  return md.render(source)
}

/** The CJK text of the compiled render function outside static strings (what the lean chunk keeps). */
function textOutsideStaticStrings(template: string): string {
  const { code, errors } = compileTemplate({ source: template, filename: 'page.md', id: 'page', isProd: true })
  expect(errors).toEqual([])
  const kept = code.replace(/_createStaticVNode\("(?:[^"\\]|\\.)*", \d+\)/g, '_createStaticVNode("")')
  return (kept.match(/[\u4e00-\u9fff]+/g) ?? []).join('')
}

describe('page text out of the page chunk', () => {
  it('the 工具箱: its text before <ToolBox /> is compiled to a static string', async () => {
    const template = await pageTemplate('docs/tools.md')
    expect(template).toContain('本页汇集站内所有工具')
    expect(textOutsideStaticStrings(template)).toBe('')
  })

  it('sees text compiled into vnodes (the check can fail)', () => {
    expect(textOutsideStaticStrings('<h1 id="a">标题</h1><p>一段话</p><Widget />')).toBe('标题一段话')
  })
})
