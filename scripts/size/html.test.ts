import { describe, expect, it } from 'vitest'
import { countElements, parseAttributes, parsePageScripts, urlToDistPath } from './html'

const VITEPRESS_HEAD = `<head>
  <link rel="preload stylesheet" href="/gt-faq/assets/style.D7mMNqDl.css" as="style">
  <script type="module" src="/gt-faq/assets/app.Dh22EVxX.js"></script>
  <link rel="modulepreload" href="/gt-faq/assets/chunks/theme.BJefa7oO.js">
  <link rel="modulepreload" href="/gt-faq/assets/chunks/framework.UE6q-Kyd.js">
  <link rel="modulepreload" href="/gt-faq/assets/index.md.WcE7aycU.lean.js">
  <link rel="icon" type="image/svg+xml" href="/gt-faq/favicon.svg">
  <script id="check-dark-mode">(()=>{document.documentElement.classList.add("dark")})()</script>
</head><body><script>window.__VP_HASH_MAP__=JSON.parse("{}");</script></body>`

describe('parsePageScripts', () => {
  it('finds the entry, the modulepreloads and the inline scripts of a VitePress page', () => {
    const found = parsePageScripts(VITEPRESS_HEAD)
    expect(found.entries).toEqual(['/gt-faq/assets/app.Dh22EVxX.js'])
    expect(found.modulepreloads).toEqual([
      '/gt-faq/assets/chunks/theme.BJefa7oO.js',
      '/gt-faq/assets/chunks/framework.UE6q-Kyd.js',
      '/gt-faq/assets/index.md.WcE7aycU.lean.js',
    ])
    expect(found.inline).toHaveLength(2)
    expect(found.prefetches).toEqual([])
    expect(found.stylesheets).toEqual(['/gt-faq/assets/style.D7mMNqDl.css'])
  })

  it('reads single quotes, bare values, upper case, several rel tokens and self-closing links', () => {
    const found = parsePageScripts(
      `<SCRIPT TYPE='module' SRC=/a.js></SCRIPT><link rel="preload modulepreload" href='/b.js' /><LINK REL=prefetch HREF=/c.js>`,
    )
    expect(found).toEqual({ entries: ['/a.js'], modulepreloads: ['/b.js'], prefetches: ['/c.js'], inline: [], stylesheets: [] })
  })

  it('ignores commented-out tags, data scripts, icons and image prefetches', () => {
    const found = parsePageScripts(
      `<!-- <script src="/old.js"></script> --><script type="application/ld+json">{"a":1}</script>
       <link rel="icon" href="/f.svg"><link rel="prefetch" href="/img.png" as="image">`,
    )
    expect(found).toEqual({ entries: [], modulepreloads: [], prefetches: [], inline: [], stylesheets: [] })
  })

  it('decodes entities in attribute values', () => {
    expect(parseAttributes(`href="/a.js?x=1&amp;y=2" async`)).toEqual({ href: '/a.js?x=1&y=2', async: '' })
  })
})

describe('urlToDistPath', () => {
  it('maps URLs under the base to files of the build', () => {
    expect(urlToDistPath('/gt-faq/assets/app.x.js', '/gt-faq/')).toBe('assets/app.x.js')
    expect(urlToDistPath('assets/app.x.js', '/gt-faq/', 'http://site/gt-faq/app/dev-info')).toBe('app/assets/app.x.js')
    expect(urlToDistPath('/assets/a%20b.js?v=1#x', '/')).toBe('assets/a b.js')
  })

  it('leaves out other origins and paths outside the base', () => {
    expect(urlToDistPath('https://cdn.example.com/gt-faq/x.js', '/gt-faq/')).toBeNull()
    expect(urlToDistPath('/other/x.js', '/gt-faq/')).toBeNull()
  })
})

describe('countElements', () => {
  it('counts start tags, not end tags, comments, or tags written inside scripts', () =>
    expect(countElements('<!doctype html><html><head><script>if (a<b) document.write("<p>")</script></head><body><!-- <div> --><p>x<br></p><figure class="mock"><img src=x></figure></body></html>')).toBe(8))
})
