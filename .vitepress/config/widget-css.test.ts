import { describe, expect, it } from 'vitest'
import type { BundleRecord, RecordedChunk } from './bundle-record'
import { linkStylesheets, plainStylesheetLinks, rendersWidget, widgetStylesheets } from './widget-css'

const chunk = (file: string, more: Partial<RecordedChunk> = {}): RecordedChunk => ({
  file,
  name: file,
  entry: false,
  page: null,
  imports: [],
  dynamicImports: [],
  css: [],
  modules: [],
  ...more,
})

const record: BundleRecord = {
  version: 1,
  css: [],
  chunks: [
    chunk('app.js', { entry: true, imports: ['theme.js'], css: [] }),
    chunk('theme.js', { css: ['theme.css'] }),
    chunk('tools.md.js', { entry: true, page: '/tools', dynamicImports: ['ToolBox.js'] }),
    chunk('ToolBox.js', { imports: ['ui.js'], dynamicImports: ['Editor.js'], css: ['ToolBox.css'] }),
    chunk('ui.js', { css: ['widget.css'] }),
    chunk('Editor.js', { imports: ['ui.js'], css: ['Editor.css'] }),
    chunk('intro.md.js', { entry: true, page: '/intro' }),
  ],
}

describe('widgetStylesheets', () => {
  it("links a page's own widgets and what they import statically", () =>
    expect(widgetStylesheets(record, '/tools').sort()).toEqual(['ToolBox.css', 'widget.css']))
  it('leaves parts opened later to the preload helper', () => expect(widgetStylesheets(record, '/tools')).not.toContain('Editor.css'))
  it('adds nothing to a page without widgets', () => expect(widgetStylesheets(record, '/intro')).toEqual([]))
})

describe('linkStylesheets', () => {
  const html = '<head><link rel="preload stylesheet" href="/b/assets/theme.css" as="style"><title>x</title></head>'
  it('puts the links right after the theme stylesheet, with the base', () =>
    expect(linkStylesheets(html, ['assets/w.css'], '/b/')).toBe(
      '<head><link rel="preload stylesheet" href="/b/assets/theme.css" as="style"><link rel="preload stylesheet" href="/b/assets/w.css" as="style"><title>x</title></head>',
    ))
  it('does not link a stylesheet twice', () => expect(linkStylesheets(html, ['assets/theme.css'], '/b/')).toBe(html))
})

describe('plainStylesheetLinks', () => {
  it('writes every two-word stylesheet link as the one Vite\'s preload helper looks for', () =>
    expect(
      plainStylesheetLinks('<link rel="preload stylesheet" href="/b/assets/theme.css" as="style"><link rel="preload stylesheet" href="/b/assets/w.css" as="style"><link rel="modulepreload" href="/b/x.js">'),
    ).toBe('<link rel="stylesheet" href="/b/assets/theme.css"><link rel="stylesheet" href="/b/assets/w.css"><link rel="modulepreload" href="/b/x.js">'))
})

describe('rendersWidget', () => {
  it('sees a widget the server rendered (the 工具箱, a WidgetCard)', () => {
    expect(rendersWidget('<div class="vp-doc"><div class="tb wui vp-raw" data-v-1>')).toBe(true)
    expect(rendersWidget('<section class="wui wui-card">')).toBe(true)
  })
  it('does not take a lazy placeholder or a widget part class for a widget', () => {
    expect(rendersWidget('<div class="vp-doc"><div class="lazy-widget"></div>')).toBe(false)
    expect(rendersWidget('<p class="wui-note">')).toBe(false)
    expect(rendersWidget('<p>class="wui"</p>')).toBe(false)
  })
})
