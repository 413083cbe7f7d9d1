/**
 * The base path and public URL of the site. The base can come from the command line
 * (`vitepress build --base /gt-faq/`), so head tags and the sitemap read it here too:
 * VitePress does not prefix `head` links with the base (vuejs/vitepress#1815).
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim()
  if (!trimmed || trimmed === '/') return '/'
  return '/' + trimmed.replace(/^\/+|\/+$/g, '') + '/'
}

export function resolveBase(argv: readonly string[], env: Record<string, string | undefined>): string {
  const i = argv.indexOf('--base')
  if (i >= 0 && argv[i + 1]) return normaliseBase(argv[i + 1])
  const inline = argv.find((a) => a.startsWith('--base='))
  if (inline) return normaliseBase(inline.slice('--base='.length))
  return normaliseBase(env.SITE_BASE)
}

/** Absolute URL of the site root: SITE_ORIGIN (e.g. https://org.github.io) plus the base. */
export function resolveSiteUrl(base: string, env: Record<string, string | undefined>): string {
  const origin = (env.SITE_ORIGIN || 'http://localhost:4173').replace(/\/+$/, '')
  return origin + base
}
