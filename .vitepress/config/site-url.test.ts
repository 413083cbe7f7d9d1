import { describe, expect, it } from 'vitest'
import { normaliseBase, resolveBase, resolveSiteUrl } from './site-url'

describe('site base', () => {
  it('normalises slashes', () => {
    expect(normaliseBase(undefined)).toBe('/')
    expect(normaliseBase('/')).toBe('/')
    expect(normaliseBase('gt-faq')).toBe('/gt-faq/')
    expect(normaliseBase('/gt-faq')).toBe('/gt-faq/')
    expect(normaliseBase('//gt-faq//')).toBe('/gt-faq/')
  })

  it('reads --base from the command line before the environment', () => {
    expect(resolveBase(['build', '--base', '/repo/'], { SITE_BASE: '/other/' })).toBe('/repo/')
    expect(resolveBase(['build', '--base=/repo'], {})).toBe('/repo/')
    expect(resolveBase(['build'], { SITE_BASE: '/other/' })).toBe('/other/')
    expect(resolveBase(['build'], {})).toBe('/')
  })

  it('builds the absolute site URL', () => {
    expect(resolveSiteUrl('/gt-faq/', { SITE_ORIGIN: 'https://org.github.io/' })).toBe('https://org.github.io/gt-faq/')
    expect(resolveSiteUrl('/', {})).toBe('http://localhost:4173/')
  })
})
