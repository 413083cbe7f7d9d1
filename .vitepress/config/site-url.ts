import type { Plugin } from 'vite'

/**
 * The base path and public URL of the site. The base has one source: VitePress's own, from
 * `base` in the config, `vitepress build --base /gt-faq/` or build()'s `base` option, which
 * VitePress writes to siteConfig.site.base before it bundles. Hooks that receive siteConfig read
 * it there (head tags: VitePress does not prefix `head` links with the base, vuejs/vitepress#1815).
 * The two options VitePress calls without siteConfig (the sitemap's items, local search's
 * extractField) read it through siteBase(): VitePress hands siteConfig.site.base to Vite as
 * `base`, and the plugin below records Vite's resolved config.
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim()
  if (!trimmed || trimmed === '/') return '/'
  return '/' + trimmed.replace(/^\/+|\/+$/g, '') + '/'
}

let resolvedBase: string | undefined

/** Records the base of this run (Vite's `configResolved`, before any page is indexed or rendered). */
export const recordSiteBase: Plugin = {
  name: 'gt-faq:site-base',
  configResolved(config) {
    resolvedBase = normaliseBase(config.base)
  },
}

/** The base VitePress resolved for this build; an error if read before VitePress set it up. */
export function siteBase(): string {
  if (resolvedBase === undefined) throw new Error('site base read before VitePress resolved its config')
  return resolvedBase
}

/** The site's origin: SITE_ORIGIN (e.g. https://org.github.io), not a path. */
export function siteOrigin(env: Record<string, string | undefined>): string {
  return (env.SITE_ORIGIN || 'http://localhost:4173').replace(/\/+$/, '')
}

/** Absolute URL of the site root: SITE_ORIGIN plus the base. */
export function resolveSiteUrl(base: string, env: Record<string, string | undefined>): string {
  return siteOrigin(env) + base
}

/**
 * Sitemap items under the base. VitePress writes each page's URL relative to the site root
 * (`app/permissions`) and the sitemap resolves it against `hostname`, which is set before any
 * `--base` is known; prefixing the base here puts every URL under the base.
 */
export function sitemapItemsUnder<T extends { url: string }>(base: string, items: T[]): T[] {
  return items.map((item) => ({ ...item, url: base.slice(1) + item.url.replace(/^\//, '') }))
}
