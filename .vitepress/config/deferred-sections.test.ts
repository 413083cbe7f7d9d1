import { beforeAll, describe, expect, it } from 'vitest'
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress'
import { deferredSectionsPlugin, estimateHeight } from './deferred-sections'

let md: MarkdownRenderer
beforeAll(async () => {
  md = await createMarkdownRenderer(process.cwd(), { config: deferredSectionsPlugin })
})
const sections = (html: string) => html.match(/<section class="deferred-section"[^>]*>/g) ?? []

describe('deferred sections', () => {
  it('wraps every ## section after the first, each closed before the next heading', () => {
    const html = md.render('intro\n\n## one\n\ntext\n\n## two\n\ntext\n\n### sub\n\nmore\n\n## three\n\nend\n')
    expect(sections(html)).toHaveLength(2)
    expect(html).toMatch(/<h2 id="one"[^]*?<\/h2>\n<p>text<\/p>\n<section/)
    expect(html).toMatch(/<section[^>]*>\n<h2 id="two"[^]*?<h3 id="sub"[^]*?<\/section>\n<section[^>]*>\n<h2 id="three"[^]*?<\/h2>\n<p>end<\/p>\n<\/section>\n$/)
  })

  it('leaves alone a page with one section, and a section holding a component (a widget)', () => {
    expect(sections(md.render('## only\n\ntext\n'))).toEqual([])
    const html = md.render('## one\n\na\n\n## two\n\n<DevInfoForm />\n\n## three\n\nb\n')
    expect(sections(html)).toHaveLength(1)
    expect(html).toMatch(/<\/p>\n<h2 id="two"[^]*?<\/h2>\n<DevInfoForm \/>/)
  })

  it('does not count ## inside a code block or a quote as a section', () => {
    expect(sections(md.render('## one\n\n```\n## not\n```\n\n> ## quoted\n'))).toEqual([])
  })

  it('estimates a longer section taller, and never below 100 px', () => {
    const short = estimateHeight(md.parse('## a\n\nshort\n', {}))
    const long = estimateHeight(md.parse('## a\n\n' + '长'.repeat(500) + '\n\n```\n1\n2\n3\n```\n', {}))
    expect(short).toBe(100)
    expect(long).toBeGreaterThan(short + 500)
  })
})
