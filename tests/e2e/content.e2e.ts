/**
 * The FAQ, complete: everything the seed says (step headings, field labels and options, rule
 * sentences, both permission tables, credential names, related links) is on the BUILT site;
 * the seed's GitBook leftovers and real identifiers are not; every credential-shaped string is
 * one of the made-up examples; the console mock-ups fit a 390 px phone.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { docContent, htmlToText, tableRows } from '../content/html-text'
import { realIdentifiers, unexpectedCredentials } from '../content/identifiers'
import { containsNormalized, extractSeed, normalizeForMatch } from '../content/seed'
import { builtPages, openWatched, PHONE, site, waitForHydration } from './support/site'

const seed = extractSeed(readFileSync(new URL('../fixtures/faq-source.txt', import.meta.url), 'utf8'))

function htmlOf(page: string): string {
  const file = page === '' || page.endsWith('/') ? `${page}index.html` : `${page}.html`
  return readFileSync(join(site.dist, file), 'utf8')
}

/** page path → text of its document content */
function docTexts(): Map<string, string> {
  return new Map(builtPages().map((p) => [p, htmlToText(docContent(htmlOf(p)))]))
}

function missingFrom(texts: Map<string, string>, needles: string[]): string[] {
  const all = [...texts.values()].join('\n')
  return needles.filter((n) => !containsNormalized(all, n))
}

describe('the seed on the built site', () => {
  it('extracted something to look for (guards against an empty extraction)', () => {
    expect(seed.headings.length).toBeGreaterThanOrEqual(15)
    expect(seed.rules.length).toBeGreaterThanOrEqual(20)
    expect(seed.permissionRows).toHaveLength(18)
  })

  it('shows every step heading', () => {
    expect(missingFrom(docTexts(), seed.headings)).toEqual([])
  })

  it('shows every field label and every option', () => {
    expect(missingFrom(docTexts(), [...seed.fieldLabels, ...seed.options])).toEqual([])
  })

  it('shows every rule sentence', () => {
    expect(missingFrom(docTexts(), seed.rules)).toEqual([])
  })

  it('shows every credential name on the credentials page', () => {
    const page = htmlToText(docContent(htmlOf('app/credentials')))
    expect(seed.credentialNames.filter((name) => !page.includes(name))).toEqual([])
  })

  it('has both permission tables complete on app/permissions: name, 描述 and 状态 in one row', () => {
    const html = docContent(htmlOf('app/permissions'))
    const rows = tableRows(html).map((cells) => cells.map(normalizeForMatch))
    const missing = seed.permissionRows.filter(
      (r) =>
        !rows.some(
          (cells) =>
            cells[0] === normalizeForMatch(r.name) &&
            cells[1] === normalizeForMatch(r.description) &&
            cells[2] === normalizeForMatch(r.status),
        ),
    )
    expect(missing).toEqual([])
    const text = htmlToText(html)
    for (const table of seed.permissionTables) {
      expect(containsNormalized(text, table.group), table.group).toBe(true)
      expect(containsNormalized(text, table.description), table.description).toBe(true)
    }
  })

  it('writes the related links out as real links', () => {
    const html = docContent(htmlOf('app/'))
    const links = [...html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: m[1]!, text: htmlToText(m[2]!) }))
    expect(links.some((l) => l.href === 'https://open-dev.dingtalk.com/')).toBe(true)
    const doc = links.find((l) => l.text.includes(seed.relatedLinks[1]!.label))
    expect(doc?.href).toMatch(/^https:\/\/open\.dingtalk\.com\/document\/.+access-token/)
    for (const l of seed.relatedLinks) expect(containsNormalized(htmlToText(html), l.text), l.text).toBe(true)
  })
})

describe('nothing that must not be there', () => {
  it('has no GitBook leftovers, dead links or placeholder text', () => {
    for (const [page, text] of docTexts()) {
      const lines = text.split('\n').map((l) => l.trim())
      expect(lines.filter((l) => l === '稍等' || l === '测试'), page).toEqual([])
      expect(text, page).not.toMatch(/\]\(#\)|TODO|TBD|FIXME|待补充/)
      expect(htmlOf(page), page).not.toMatch(/href="#"/)
    }
  })

  it('shows only made-up credential-shaped strings', () => {
    // The 命令行工具 page prints the SHA-256 of the published dingtalk.mjs: 64 hex digits, like a token.
    const cliHash = createHash('sha256').update(readFileSync(join(site.dist, 'dingtalk.mjs'))).digest('hex')
    const found: string[] = []
    for (const page of builtPages()) {
      for (const hit of unexpectedCredentials(htmlToText(htmlOf(page))))
        if (hit.value !== cliHash) found.push(`${page}: ${hit.kind} ${hit.value}`)
    }
    expect(found).toEqual([])
  })

  it('does not contain the seed\'s real identifiers in any built file', () => {
    const ids = realIdentifiers()
    const found: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name)
        if (statSync(full).isDirectory()) walk(full)
        else if (/\.(html|js|css|json|xml|txt|py|ts|java|sh|svg)$/.test(name)) {
          const content = readFileSync(full, 'utf8')
          for (const id of ids) if (content.includes(id)) found.push(`${full.slice(site.dist.length)}: ${id.slice(0, 4)}…`)
        }
      }
    }
    walk(site.dist)
    expect(found).toEqual([])
  })
})

describe('console mock-ups on a phone', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('fit a 390 px screen on every page that has them, light and dark', async () => {
    const pages = builtPages().filter((p) => htmlOf(p).includes('class="mock'))
    expect(pages.length).toBeGreaterThanOrEqual(8)
    for (const scheme of ['light', 'dark'] as const) {
      const { page, errors, close } = await openWatched(browser, { ...PHONE, colorScheme: scheme })
      for (const path of pages) {
        await page.goto(site.url + path)
        await waitForHydration(page)
        const overflow = await page.evaluate(() => {
          const wide: string[] = []
          if (document.documentElement.scrollWidth > window.innerWidth) wide.push(`page ${document.documentElement.scrollWidth}px`)
          document.querySelectorAll<HTMLElement>('.mock, .mock-window, .flow').forEach((el, i) => {
            if (el.scrollWidth > el.clientWidth + 1) wide.push(`${el.className}#${i} ${el.scrollWidth}>${el.clientWidth}`)
            if (el.getBoundingClientRect().right > window.innerWidth + 1) wide.push(`${el.className}#${i} right edge`)
          })
          return wide
        })
        expect(overflow, `${scheme} ${path}`).toEqual([])
      }
      expect(errors).toEqual([])
      await close()
    }
  })
})
