import { measureOffset, type ClockOffset } from '../logic/robot/clock/measure-offset'

export interface ClockCheckDeps {
  /** The page's own address (origin + path, no query or hash): nothing secret is ever sent. */
  pageUrl: string
  fetch: typeof globalThis.fetch
  now: () => number
}

export type ClockCheckResult = { ok: true; offset: ClockOffset } | { ok: false; reason: string }

/**
 * One HEAD request to the site's own page, uncached (`no-store`, plus a throw-away query so a CDN
 * answers fresh too), and the `Date` header compared with the device clock.
 */
export async function checkClock({ pageUrl, fetch, now }: ClockCheckDeps): Promise<ClockCheckResult> {
  const url = new URL(pageUrl)
  url.hash = ''
  url.search = `?clock-check=${Math.random().toString(36).slice(2, 10)}`
  const sentAt = now()
  let dateHeader: string | null
  try {
    const response = await fetch(url.href, { method: 'HEAD', cache: 'no-store', credentials: 'omit' })
    dateHeader = response.headers.get('date')
  } catch {
    return { ok: false, reason: '无法连接本站服务器（可能已离线），暂时无法检查时钟。' }
  }
  const receivedAt = now()
  const offset = measureOffset({ sentAt, receivedAt, dateHeader })
  if (!offset) return { ok: false, reason: '服务器的应答里没有可用的 Date 时间，无法检查时钟。' }
  return { ok: true, offset }
}
