/**
 * A minimal HTTP CONNECT proxy on 127.0.0.1 for the CLI tests: it opens the requested tunnel and
 * records where each one went, so a test can prove that `send` went through HTTPS_PROXY /
 * HTTP_PROXY (undici's proxy agent tunnels plain http too) and around it for NO_PROXY.
 * Test code only.
 */
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ConnectProxy {
  /** e.g. http://127.0.0.1:40123 */
  url: string
  /** host:port of every tunnel asked for, in order. */
  tunnels: string[]
  close(): Promise<void>
}

/** `refuse`: answer every CONNECT with this status (407 wants credentials, 403 forbids the host). */
export async function startConnectProxy(refuse?: 407 | 403): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((_req, res) => {
    res.writeHead(405, { 'Content-Type': 'text/plain' })
    res.end('only CONNECT')
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    tunnels.push(target)
    if (refuse !== undefined) {
      const reason = refuse === 407 ? 'Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"' : 'Forbidden'
      return void client.end(`HTTP/1.1 ${refuse} ${reason}\r\nContent-Length: 0\r\n\r\n`)
    }
    const [host, port] = target.split(':')
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      s.on('error', () => (s === client ? upstream : client).destroy())
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy()
        server.close(() => done())
      }),
  }
}
