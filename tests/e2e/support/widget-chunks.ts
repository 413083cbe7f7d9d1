/** Which tools' code a page requests, told by the widget chunk's name (the registry's `widget`). */
import type { Page } from 'playwright-core'
import { TOOLS } from '../../../playground/logic/toolbox/tools'

const WIDGET_CHUNK = new RegExp(`/assets/(?:chunks/)?(${TOOLS.map((t) => t.widget).join('|')})\\.[\\w-]+\\.js$`)

/** From now on, the widget name of every tool chunk the page requests, in order. */
export function recordWidgetChunks(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (r) => {
    const m = r.url().match(WIDGET_CHUNK)
    if (m) seen.push(m[1]!)
  })
  return seen
}
