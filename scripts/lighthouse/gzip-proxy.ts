/**
 * A gzip layer in front of the static server, because GitHub Pages compresses text and the
 * test server does not: Lighthouse's simulated slow 4G times the bytes on the wire, so
 * without it every page would look three times heavier than it is when deployed.
 */
import { request, createServer, type Server } from 'node:http'
import { createGzip } from 'node:zlib'

/** Content types GitHub Pages serves compressed. */
export function isCompressible(contentType: string | undefined): boolean {
  return /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/.test(contentType ?? '')
}

export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '')
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return coding!.trim().toLowerCase() === 'gzip' && (q === undefined || Number(q.slice(2)) > 0)
  })
}

export interface GzipProxy {
  origin: string
  close(): Promise<void>
}

/** Forwards every request to `target` (an http://127.0.0.1:port origin), gzipping text bodies. */
export async function startGzipProxy(target: string): Promise<GzipProxy> {
  const upstream = new URL(target)
  const server: Server = createServer((req, res) => {
    const forward = request(
      // agent: false — one connection per request, so the static server can close at once.
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, 'accept-encoding': 'identity' }, agent: false },
      (answer) => {
        const headers = { ...answer.headers }
        const gzip = req.method !== 'HEAD' && acceptsGzip(req.headers['accept-encoding']) && isCompressible(headers['content-type'])
        if (gzip) {
          delete headers['content-length']
          headers['content-encoding'] = 'gzip'
          headers.vary = 'Accept-Encoding'
        }
        res.writeHead(answer.statusCode ?? 502, headers)
        if (gzip) answer.pipe(createGzip()).pipe(res)
        else answer.pipe(res)
      },
    )
    forward.on('error', () => {
      res.writeHead(502)
      res.end()
    })
    req.pipe(forward)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('gzip proxy has no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok())
        // Chromium keeps idle keep-alive sockets open for minutes; do not wait for them.
        server.closeAllConnections()
      }),
  }
}
