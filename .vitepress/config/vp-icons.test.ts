import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { removeEmptyIconsCss, usesIcons, withoutIconsLink } from './vp-icons'

// The head exactly as VitePress 1.6.4 writes it (node_modules/vitepress/dist/node, renderPage).
const HEAD = `  <head>
    <link rel="preload stylesheet" href="/gt-faq/assets/style.Bm0.css" as="style">
    <link rel="preload stylesheet" href="/gt-faq/vp-icons.css" as="style">
    <script type="module" src="/gt-faq/assets/app.js"></script>
  </head>`

describe('vp-icons.css', () => {
  it('removes only the icons link', () => {
    const out = withoutIconsLink(HEAD)
    expect(out).not.toContain('vp-icons.css')
    expect(out).toContain('style.Bm0.css')
    expect(out).toContain('app.js')
    expect(out.split('\n')).toHaveLength(HEAD.split('\n').length - 1)
  })

  it('keeps the link when the theme shows social links', () => {
    expect(usesIcons({})).toBe(false)
    expect(usesIcons({ socialLinks: [] })).toBe(false)
    expect(usesIcons({ socialLinks: [{ icon: 'github', link: 'https://github.com/' }] })).toBe(true)
  })

  it('deletes the empty file and refuses one with content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-icons-'))
    writeFileSync(join(dir, 'vp-icons.css'), '')
    removeEmptyIconsCss(dir)
    expect(readdirSync(dir)).toEqual([])
    removeEmptyIconsCss(dir) // nothing there: fine
    writeFileSync(join(dir, 'vp-icons.css'), '.vpi-social-github{--icon:url(x)}')
    expect(() => removeEmptyIconsCss(dir)).toThrow(/not empty/)
  })
})
