/**
 * A static server that answers the way GitHub Pages does for a project site: everything lives
 * under the base path, `/x` serves `x.html` (clean URLs), a folder without a trailing slash is
 * redirected to it, and anything else gets the site's own 404.html with status 404.
 * Used by the browser tests, the size and Lighthouse scripts; binds to loopback only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticSite {
  /** Absolute URL of the site root, ending in the base path, e.g. http://127.0.0.1:4173/gt-faq/ */
  url: string
  origin: string
  close(): Promise<void>
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}

/** Which file answers a path below the base, or a redirect, or nothing (404). */
export function resolveRequest(root: string, rest: string): { file: string } | { redirect: string } | null {
  const safe = normalize('/' + rest).replace(/^(\.\.[/\\])+/, '')
  const target = resolve(join(root, safe))
  if (target !== resolve(root) && !target.startsWith(resolve(root) + sep)) return null
  if (rest === '' || rest.endsWith('/')) {
    const index = join(target, 'index.html')
    return isFile(index) ? { file: index } : null
  }
  if (isFile(target)) return { file: target }
  if (isFile(target + '.html')) return { file: target + '.html' }
  if (isFile(join(target, 'index.html'))) return { redirect: rest + '/' }
  return null
}

export async function startStaticSite(root: string, base = '/', port = 0): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      pathname = url.pathname
    }
    const found = pathname.startsWith(base) ? resolveRequest(root, pathname.slice(base.length)) : null
    if (found && 'redirect' in found) {
      res.writeHead(301, { Location: base + found.redirect + url.search })
      res.end()
      return
    }
    const file = found?.file ?? join(root, '404.html')
    const status = found ? 200 : 404
    if (!isFile(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('404')
      return
    }
    res.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('static server has no port')
  const origin = `http://127.0.0.1:${address.port}`
  return {
    url: origin + base,
    origin,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  }
}
