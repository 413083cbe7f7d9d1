/**
 * Sources a reader can follow: every open.dingtalk.com/document/… address on the BUILT site, in a
 * link or in the text, is a page of DingTalk's documentation that the snapshot knows (no invented
 * or dead links). DingTalk's own answers quoted in code (an errmsg naming a page) are data, not ours.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { htmlToText } from '../content/html-text'
import { docAddresses, knownDocs, unknownDocAddresses } from '../content/dingtalk-docs'
import { builtPages, site } from './support/site'

const known = knownDocs()

function htmlOf(page: string): string {
  const file = page === '' || page.endsWith('/') ? `${page}index.html` : `${page}.html`
  return readFileSync(join(site.dist, file), 'utf8')
}

describe('links to DingTalk documentation on the built site', () => {
  const pages = builtPages()

  it('are all known to the snapshot, in hrefs and in prose', () => {
    const unknown: string[] = []
    for (const page of pages) {
      const html = htmlOf(page)
      const hrefs = [...html.matchAll(/href="([^"]*open\.dingtalk\.com\/document\/[^"]*)"/g)].map((m) => m[1]!).join(' ')
      const text = htmlToText(html.replace(/<(pre|code)\b[\s\S]*?<\/\1>/gi, ' '))
      for (const path of unknownDocAddresses(`${hrefs} ${text}`, known)) unknown.push(`/${page}: ${path}`)
    }
    expect(unknown).toEqual([])
  })

  it('are there: the guide cites DingTalk on its step pages', () => {
    const cited = pages.filter((p) => docAddresses(htmlOf(p)).length > 0)
    expect(cited).toEqual(expect.arrayContaining(['intro', 'app/', 'app/create', 'app/permissions', 'app/publish', 'robot/', 'robot/messages']))
  })
})
