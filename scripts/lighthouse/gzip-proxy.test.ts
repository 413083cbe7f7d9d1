import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticSite, type StaticSite } from '../lib/static-server'
import { acceptsGzip, isCompressible, startGzipProxy, type GzipProxy } from './gzip-proxy'

describe('acceptsGzip / isCompressible', () => {
  it('reads Accept-Encoding, q=0 meaning no', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1, GZIP;q=0.5')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })

  it('compresses text, scripts and SVG, not images', () => {
    expect(isCompressible('text/javascript; charset=utf-8')).toBe(true)
    expect(isCompressible('image/svg+xml')).toBe(true)
    expect(isCompressible('image/png')).toBe(false)
  })
})

describe('startGzipProxy', () => {
  let dir: string
  let site: StaticSite
  let proxy: GzipProxy
  const script = 'console.log("你好");'.repeat(200)

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gzip-proxy-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>')
    writeFileSync(join(dir, 'app.js'), script)
    writeFileSync(join(dir, 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', 'index.html'), '<!doctype html><title>sub</title>')
    site = await startStaticSite(dir, '/gt-faq/')
    proxy = await startGzipProxy(site.origin)
  })
  afterAll(async () => {
    await proxy.close()
    await site.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves scripts gzipped to a browser that asks, with the same bytes inside', async () => {
    const res = await fetch(`${proxy.origin}/gt-faq/app.js`, { headers: { 'accept-encoding': 'gzip' }, decompress: false } as RequestInit)
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const body = Buffer.from(await res.arrayBuffer())
    // fetch may already have decoded it; either way the text is the file.
    const text = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body).toString() : body.toString()
    expect(text).toBe(script)
  })

  it('keeps status codes, redirects and binary files as the static server gives them', async () => {
    expect((await fetch(`${proxy.origin}/gt-faq/missing`)).status).toBe(404)
    const redirect = await fetch(`${proxy.origin}/gt-faq/sub`, { redirect: 'manual' })
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/gt-faq/sub/')
    const png = await fetch(`${proxy.origin}/gt-faq/a.png`, { headers: { 'accept-encoding': 'gzip' } })
    expect(png.headers.get('content-encoding')).toBeNull()
    expect(Buffer.from(await png.arrayBuffer())).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  })
})
