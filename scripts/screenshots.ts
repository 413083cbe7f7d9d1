/**
 * Screenshots of built pages, phone and desktop, light and dark, for a person to look at.
 *
 *   npx tsx scripts/screenshots.ts [--dist .vitepress/dist] [--base /gt-faq/] [--out screenshots] [page …]
 *
 * Pages are site-relative paths ('' is the home page, e.g. app/dev-info). Without pages: all of them.
 * Full-page PNGs are written as <out>/<page>.<phone|desktop>.<light|dark>.png.
 */
import { mkdirSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium } from './lib/browser'
import { startStaticSite } from './lib/static-server'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: '.vitepress/dist' },
    base: { type: 'string', default: '/gt-faq/' },
    out: { type: 'string', default: 'screenshots' },
    full: { type: 'boolean', default: true },
  },
})

function allPages(dist: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name)
      if (e.isDirectory() && e.name !== 'assets') walk(full)
      else if (e.name.endsWith('.html') && e.name !== '404.html') {
        const rel = relative(dist, full)
        found.push(rel.endsWith('index.html') ? rel.slice(0, -10) : rel.slice(0, -5))
      }
    }
  }
  walk(dist)
  return found.sort()
}

const pages = positionals.length ? positionals : allPages(values.dist!)
const devices = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 860 } },
} as const

mkdirSync(values.out!, { recursive: true })
const site = await startStaticSite(values.dist!, values.base!)
const browser = await launchChromium()
try {
  for (const [device, options] of Object.entries(devices)) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...options, locale: 'zh-CN', colorScheme: scheme })
      await context.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
      const page = await context.newPage()
      for (const path of pages) {
        await page.goto(site.url + path, { waitUntil: 'networkidle' })
        const file = join(values.out!, `${(path || 'home').replace(/\/$/, '/index').replace(/\//g, '_')}.${device}.${scheme}.png`)
        await page.screenshot({ path: file, fullPage: values.full })
        console.log(file)
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
  await site.close()
}
