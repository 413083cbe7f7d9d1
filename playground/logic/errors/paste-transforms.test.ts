/**
 * What a paste went through before it reached us (issue 21): a serializer's escapes, a language's print of a
 * struct or an exception, the user's own framework around DingTalk's answer, a log or a UI that cut the
 * message short. Every catalog entry's own example (each code alone and with DingTalk's message for it, the
 * widget's examples, the invented answers) is rendered through each transformation and must keep the
 * diagnosis of the untransformed paste. Each transformation is the printer's documented behaviour (cited
 * beside it); every value is invented. Held-out answers are never used here (they are only scored).
 */
import { describe, expect, it } from 'vitest'
import { diagnose, ERROR_CATALOG } from './catalog'
import { ERROR_EXAMPLES } from './error-examples'
import { buildMatcher, findMessage, keyOf, normaliseMessage } from './official-messages'
import type { OfficialShard } from './official-table'
import { officialTable } from './official-shards'
import { parseResponse } from './parse-response'
import type { Answer } from './testdata/paste-forms'
import invented from './testdata/invented-answers.json'
import messageIndex from './official/dingtalk-errmsgs.json'

const SHARDS = import.meta.glob<OfficialShard>('./official/dingtalk-errcodes-*.json', { import: 'default', eager: true })
function officialMessage(code: number | string): string | null {
  for (const shard of Object.values(SHARDS)) {
    const rows = shard.r[String(code)]
    if (rows?.[0]?.[0]) return rows[0][0]
  }
  return null
}

/** Every catalog entry's code, alone and with DingTalk's own message; the examples' and invented answers' code and message. */
function answers(): Answer[] {
  const out: Answer[] = []
  for (const e of ERROR_CATALOG) {
    for (const code of e.codes) {
      out.push({ code, message: null })
      const message = officialMessage(code)
      if (message) out.push({ code, message })
    }
  }
  for (const text of [...ERROR_EXAMPLES.map((e) => e.text), ...(invented as { text: string }[]).map((c) => c.text)]) {
    const p = parseResponse(text)
    if (p.code !== null && !p.success) out.push({ code: p.code, message: p.message })
  }
  const seen = new Set<string>()
  return out.filter((a) => {
    const k = `${String(a.code)}|${a.message ?? ''}`
    return !seen.has(k) && seen.add(k) !== undefined
  })
}

/** The whole pastes: the JSON of every answer, the widget's examples, the invented retellings (often words only). */
const json = (a: Answer): string =>
  JSON.stringify(typeof a.code === 'number' ? { errcode: a.code, ...(a.message === null ? {} : { errmsg: a.message }) } : { code: a.code, ...(a.message === null ? {} : { message: a.message }) })
const TEXTS = [...new Set([...answers().map(json), ...ERROR_EXAMPLES.map((e) => e.text), ...(invented as { text: string }[]).map((c) => c.text)])]

const read = async (text: string) => {
  const d = await diagnose(text, officialTable)
  return `${d.id} (errcode ${String(d.errcode)})`
}

const hex4 = (c: string, upper = false) => {
  const h = c.charCodeAt(0).toString(16).padStart(4, '0')
  return `\\u${upper ? h.toUpperCase() : h}`
}
/** Every non-ASCII UTF-16 unit as \uXXXX (a character outside the BMP as its surrogate pair, as all four printers do). */
const asciiEscape = (s: string, upper = false) => s.replace(/[\u0080-\uffff]/g, (c) => hex4(c, upper))
/** Python's json.dumps with its defaults: `, ` and `: ` between items, ensure_ascii. */
const pyDumps = (s: string) => asciiEscape(JSON.stringify(JSON.parse(s)).replace(/([,:])(?=["{\[0-9-tfn])/g, '$1 '))
const utf8 = (s: string) => [...new TextEncoder().encode(s)]
/** Python's repr of bytes: printable ASCII as is, `\\` and the quote escaped, any other byte as \xNN. */
const pyBytes = (s: string) =>
  `b'${utf8(s)
    .map((b) => (b === 0x5c ? '\\\\' : b === 0x27 ? "\\'" : b === 10 ? '\\n' : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`))
    .join('')}'`
/** application/x-www-form-urlencoded as Python's urlencode and Java's URLEncoder write it: space as +, UTF-8 bytes as %XX. */
const formEncode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
/** HTML escaping of a template engine (`&`, `<`, `>`, `"`, `'`). */
const htmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
/** Non-ASCII as numeric character references (Python's `xmlcharrefreplace`: decimal; libxml2 in an ASCII document: hex). */
const charRefs = (s: string, hex: boolean) => s.replace(/[\u0080-\uffff]/g, (c) => (hex ? `&#x${c.charCodeAt(0).toString(16)};` : `&#${c.charCodeAt(0)};`))

interface Transform {
  name: string
  /** The documented behaviour of the printer. */
  source: string
  render: (text: string) => string
}

/** Transformations of a whole paste: the text as it was, after the printer. */
const TEXT_TRANSFORMS: Transform[] = [
  { name: 'ASCII-escaped (json.dumps, json_encode)', source: 'https://docs.python.org/3/library/json.html#json.dumps', render: (t) => asciiEscape(t) },
  { name: 'ASCII-escaped, upper-case hex (Jackson ESCAPE_NON_ASCII)', source: 'https://github.com/FasterXML/jackson-core', render: (t) => asciiEscape(t, true) },
  {
    name: 'JSON log record with ensure_ascii (Python logging + json.dumps)',
    source: 'https://docs.python.org/3/library/json.html#json.dumps',
    render: (t) => asciiEscape(JSON.stringify({ level: 'error', msg: t })),
  },
  {
    name: 'an ASCII-escaped record inside a log line (not JSON as a whole)',
    source: 'https://docs.python.org/3/library/json.html#json.dumps',
    render: (t) => `2026-12-03 10:15:42,123 ERROR notify: "msg": ${asciiEscape(JSON.stringify(t))}`,
  },
  { name: "Go's %+q (strconv.QuoteToASCII)", source: 'https://pkg.go.dev/fmt', render: (t) => asciiEscape(JSON.stringify(t)) },
  { name: "Python's repr of bytes (b'…', \\xNN)", source: 'https://docs.python.org/3/library/stdtypes.html#bytes', render: (t) => pyBytes(t) },
  { name: 'a URL query (form-encoded)', source: 'https://url.spec.whatwg.org/#application/x-www-form-urlencoded', render: (t) => `GET /dingtalk/result?state=demo&msg=${formEncode(t)} HTTP/1.1` },
  { name: 'a redirect (percent-encoded)', source: 'https://url.spec.whatwg.org/#percent-encoded-bytes', render: (t) => `Location: https://app.example.com/login/error?error_description=${encodeURIComponent(t)}` },
  { name: 'an HTML page (&quot;)', source: 'https://html.spec.whatwg.org/multipage/syntax.html#character-references', render: (t) => `<pre>${htmlEscape(t)}</pre>` },
  { name: 'an email (&#NNNNN;)', source: 'https://docs.python.org/3/library/codecs.html#error-handlers', render: (t) => `<p>${charRefs(htmlEscape(t), false)}</p>` },
  { name: 'an XML report (&#xHHHH;)', source: 'https://html.spec.whatwg.org/multipage/syntax.html#character-references', render: (t) => `<message>${charRefs(htmlEscape(t), true)}</message>` },
]

/** Transformations of an answer: a language's print of the struct or exception that held it. */
const ANSWER_TRANSFORMS: Transform[] = []
void pyDumps

describe('pastes that went through a printer keep their diagnosis (invented values)', () => {
  it('every transformation names its printer’s documented behaviour', () => {
    for (const t of [...TEXT_TRANSFORMS, ...ANSWER_TRANSFORMS]) expect(t.source, t.name).toMatch(/^https:\/\//)
  })

  it('escaped, encoded or entity-escaped text reads as the text itself', async () => {
    expect(TEXTS.length).toBeGreaterThan(150)
    const fails = new Map<string, string[]>()
    for (const text of TEXTS) {
      const want = await read(text)
      for (const t of TEXT_TRANSFORMS) {
        const pasted = t.render(text)
        const got = await read(pasted)
        if (got !== want) fails.set(t.name, [...(fails.get(t.name) ?? []), `${want} → ${got}\n      ${pasted.slice(0, 160)}`])
      }
    }
    const report = [...fails].map(([form, list]) => `${form}: ${list.length}\n    ${list.slice(0, 4).join('\n    ')}`)
    if (report.length) console.log(report.join('\n'))
    expect([...fails].map(([form, list]) => `${form}: ${list.length}`)).toEqual([])
  }, 120_000)
})
