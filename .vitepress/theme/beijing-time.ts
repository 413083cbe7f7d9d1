/**
 * A page's last-updated time as "2026/11/24 14:58", Beijing time (UTC+8, no daylight saving),
 * computed without Intl. The default theme formats it in the browser with Intl.DateTimeFormat
 * after hydration; a phone's first Intl.DateTimeFormat loads locale data, about 100–200 ms of
 * blocking time under Lighthouse's 4× slowdown (issue 24, ARCHITECTURE.md → Measuring). Plain
 * arithmetic gives the same text on the server and in the browser, so it is in the static HTML.
 * It runs at build time only: the text goes into each page's data (`withLastUpdatedText`, called from
 * the config's transformPageData), so no page's JavaScript carries this function (npm run size).
 */
import type { PageData } from 'vitepress'

/** A page's data with its last-updated time written out (LastUpdatedStatic.vue shows it). */
export type PageDataWithTime = PageData & { lastUpdatedText?: string }

/** The page's data with `lastUpdatedText` added when it has a last-updated time. */
export function withLastUpdatedText(pageData: PageData): void {
  if (pageData.lastUpdated !== undefined) (pageData as PageDataWithTime).lastUpdatedText = beijingTime(pageData.lastUpdated)
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

export function beijingTime(timestamp: number): string {
  const d = new Date(timestamp + BEIJING_OFFSET_MS)
  if (Number.isNaN(d.getTime())) return ''
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}
