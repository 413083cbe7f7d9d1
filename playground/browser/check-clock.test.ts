import { describe, expect, it, vi } from 'vitest'
import { checkClock } from './check-clock'

const page = 'https://example.github.io/gt-faq/tools?x=1#msg=abc'

describe('checkClock', () => {
  it('sends one uncached HEAD to the page itself, without query or hash, and measures the offset', async () => {
    const fetch = vi.fn(async () => new Response(null, { headers: { date: 'Tue, 24 Nov 2026 14:00:10 GMT' } }))
    const times = [Date.parse('2026-11-24T14:00:00.000Z'), Date.parse('2026-11-24T14:00:00.200Z')]
    const result = await checkClock({ pageUrl: page, fetch, now: () => times.shift()! })
    expect(result).toEqual({ ok: true, offset: { offsetMs: 10_400, uncertaintyMs: 600 } })
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    const sent = new URL(url)
    expect(sent.origin + sent.pathname).toBe('https://example.github.io/gt-faq/tools')
    expect([...sent.searchParams.keys()]).toEqual(['clock-check'])
    expect(sent.hash).toBe('')
    expect(init).toMatchObject({ method: 'HEAD', cache: 'no-store', credentials: 'omit' })
  })

  it('explains a network failure', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const result = await checkClock({ pageUrl: page, fetch, now: () => 0 })
    expect(result).toMatchObject({ ok: false })
    expect(!result.ok && result.reason).toContain('无法连接')
  })

  it('explains a missing Date header', async () => {
    const fetch = vi.fn(async () => new Response(null))
    const result = await checkClock({ pageUrl: page, fetch, now: () => 0 })
    expect(!result.ok && result.reason).toContain('Date')
  })
})
