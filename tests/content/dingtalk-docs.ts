/**
 * The addresses of DingTalk's developer documentation that the site may cite: the pages of the
 * offline snapshot of 2026-08-22 (tests/fixtures/dingtalk-documents.tsv, path and update date).
 * A link to any other open.dingtalk.com/document/… address is an invented or dead link. Pure.
 */
import { readFileSync } from 'node:fs'

export const DOC_PREFIX = 'https://open.dingtalk.com/document/'

/** path (after /document/) → the page's update date (YYYY-MM-DD). */
export function parseKnownDocs(tsv: string): Map<string, string> {
  const known = new Map<string, string>()
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue
    const [path, date] = line.split('\t')
    if (path && date) known.set(path, date)
  }
  return known
}

export function knownDocs(): Map<string, string> {
  return parseKnownDocs(readFileSync(new URL('../fixtures/dingtalk-documents.tsv', import.meta.url), 'utf8'))
}

/** Every open.dingtalk.com/document/<path> address in a text, as its path (no query, no fragment). */
export function docAddresses(text: string): string[] {
  const found: string[] = []
  for (const m of text.matchAll(/(?:https?:)?\/\/open\.dingtalk\.com\/document\/([A-Za-z0-9_\-./]+)/g)) {
    const path = m[1]!.replace(/[./]+$/, '')
    if (path) found.push(path)
  }
  return found
}

/** The addresses in a text that the snapshot does not know. */
export function unknownDocAddresses(text: string, known: Map<string, string>): string[] {
  return [...new Set(docAddresses(text).filter((p) => !known.has(p)))]
}

/**
 * Links written as `[title](https://open.dingtalk.com/document/…)（…YYYY-MM-DD…）` in Markdown whose
 * date is not the page's update date in the snapshot: "path: written ≠ known".
 */
export function wrongDates(markdown: string, known: Map<string, string>): string[] {
  const wrong: string[] = []
  for (const m of markdown.matchAll(/\]\(https:\/\/open\.dingtalk\.com\/document\/([^)#?\s]+)[^)]*\)（[^）]*?(\d{4}-\d{2}-\d{2})[^）]*）/g)) {
    const [, path, date] = m
    const actual = known.get(path!)
    if (actual && actual !== date) wrong.push(`${path}: ${date} ≠ ${actual}`)
  }
  return wrong
}
