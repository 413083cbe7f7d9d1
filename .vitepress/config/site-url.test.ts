import { describe, expect, it } from 'vitest'
import type { ResolvedConfig } from 'vite'
import { normaliseBase, recordSiteBase, resolveSiteUrl, siteBase, sitemapItemsUnder } from './site-url'

describe('site base', () => {
  it('normalises slashes', () => {
    expect(normaliseBase(undefined)).toBe('/')
    expect(normaliseBase('/')).toBe('/')
    expect(normaliseBase('gt-faq')).toBe('/gt-faq/')
    expect(normaliseBase('/gt-faq')).toBe('/gt-faq/')
    expect(normaliseBase('//gt-faq//')).toBe('/gt-faq/')
  })

  it('is the base Vite resolved for VitePress, and refuses to guess before that', () => {
    expect(() => siteBase()).toThrow(/before VitePress resolved/)
    const record = recordSiteBase.configResolved as (config: Pick<ResolvedConfig, 'base'>) => void
    record({ base: '/repo/' })
    expect(siteBase()).toBe('/repo/')
    record({ base: '/' })
    expect(siteBase()).toBe('/')
  })

  it('builds the absolute site URL', () => {
    expect(resolveSiteUrl('/gt-faq/', { SITE_ORIGIN: 'https://org.github.io/' })).toBe('https://org.github.io/gt-faq/')
    expect(resolveSiteUrl('/', {})).toBe('http://localhost:4173/')
  })

  it('puts sitemap URLs under the base, as the sitemap resolves them against the origin', () => {
    const items = [{ url: '' }, { url: 'app/permissions', lastmod: 1 }]
    const under = sitemapItemsUnder('/gt-faq/', items)
    expect(under).toEqual([{ url: 'gt-faq/' }, { url: 'gt-faq/app/permissions', lastmod: 1 }])
    expect(under.map((i) => new URL(i.url, 'https://org.github.io/').href)).toEqual([
      'https://org.github.io/gt-faq/',
      'https://org.github.io/gt-faq/app/permissions',
    ])
    expect(sitemapItemsUnder('/', items).map((i) => new URL(i.url, 'https://org.github.io/').href)).toEqual([
      'https://org.github.io/',
      'https://org.github.io/app/permissions',
    ])
  })
})
