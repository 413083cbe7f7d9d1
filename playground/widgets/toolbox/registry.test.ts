/**
 * The tool registry (playground/logic/toolbox/tools.ts) against what it names: a misspelt or
 * missing entry fails here instead of leaving a tab that cannot load or a page with a tool the
 * 工具箱 does not know.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guideLinks } from '../../../.vitepress/config/sidebar'
import { toolsDescription } from '../../../.vitepress/config/tools-description'
import { TOOLS } from '../../logic/toolbox/tools'
import { loadWidget, WIDGET_NAMES } from './widget-loaders'

const ROOT = join(__dirname, '../../..')
const DOCS = join(ROOT, 'docs')

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return markdownFiles(path)
    return name.endsWith('.md') ? [path] : []
  })
}

/** Site path of a page file: docs/app/basic-info.md → /app/basic-info, docs/robot/index.md → /robot/. */
const linkOf = (file: string) => '/' + relative(DOCS, file).replace(/\\/g, '/').replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')

/** The tool widgets a page imports (playground/widgets/<Name>.vue; the 工具箱's own ToolBox sits deeper). */
const embedded = (source: string) => [...source.matchAll(/playground\/widgets\/(\w+)\.vue/g)].map((m) => m[1]!)

const pages = markdownFiles(DOCS).map((file) => ({ link: linkOf(file), source: readFileSync(file, 'utf8') }))

describe('tool registry', () => {
  it('has unique ids, widgets and pages, ids fit for an address', () => {
    for (const key of ['id', 'widget'] as const) expect(new Set(TOOLS.map((t) => t[key])).size).toBe(TOOLS.length)
    expect(new Set(TOOLS.map((t) => t.page)).size).toBe(TOOLS.length)
    for (const { id } of TOOLS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it.each(TOOLS.map((t) => [t.id, t] as const))('%s: its widget is a file the 工具箱 can load', async (_, tool) => {
    expect(existsSync(join(ROOT, 'playground/widgets', `${tool.widget}.vue`)), `playground/widgets/${tool.widget}.vue`).toBe(true)
    expect(WIDGET_NAMES).toContain(tool.widget)
    await expect(loadWidget(tool.widget)).resolves.toBeTruthy()
  })

  it('every widget component is a registered tool', () => {
    expect([...WIDGET_NAMES].sort()).toEqual(TOOLS.map((t) => t.widget).sort())
  })

  it('refuses a widget name without a file', async () => {
    await expect(loadWidget('NoSuchWidget' as never)).rejects.toThrow(/NoSuchWidget\.vue not found/)
  })

  it.each(TOOLS.map((t) => [t.id, t] as const))('%s: its page exists, is in the sidebar, and embeds the widget', (_, tool) => {
    const page = pages.find((p) => p.link === tool.page)
    expect(page, `docs page for ${tool.page}`).toBeDefined()
    expect(guideLinks()).toContain(tool.page)
    expect(embedded(page!.source)).toEqual([tool.widget])
    expect(page!.source).toContain(`<${tool.widget} />`)
  })

  it('the 工具箱 page’s description names every tool (written from the registry, not by hand)', () => {
    const description = toolsDescription()
    for (const { title } of TOOLS) expect(description).toContain(title)
    expect(pages.find((p) => p.link === '/tools')!.source).not.toMatch(/^description:/m)
  })

  it('a page that embeds a widget is that tool’s page', () => {
    const embedding = pages.filter((p) => embedded(p.source).length > 0)
    expect(embedding.length).toBeGreaterThan(0)
    for (const page of embedding)
      for (const widget of embedded(page.source))
        expect(TOOLS.find((t) => t.widget === widget)?.page, `${page.link} embeds ${widget}`).toBe(page.link)
  })
})
