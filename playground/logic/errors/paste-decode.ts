/**
 * A paste as a printer escaped it, read again decoded (issue 21); its own chunk, loaded by diagnose() only
 * for a paste with such escapes (PRINTER_ESCAPE in catalog.ts).
 */
import { parseResponse, type ParsedResponse } from './parse-response'

/**
 * What a printer made of DingTalk's words, undone once for reading (issue 21), each rule its printer's documented
 * output: \uXXXX of a non-ASCII character (Python's json.dumps, https://docs.python.org/3/library/json.html#json.dumps
 * ensure_ascii; PHP's json_encode, https://www.php.net/manual/en/function.json-encode.php; Go's %+q,
 * https://pkg.go.dev/fmt#hdr-Other_flags), more backslashes when escaped twice; \xNN UTF-8 bytes of Python's
 * repr of bytes (b'…', https://docs.python.org/3/library/stdtypes.html#bytes-objects); %XX bytes, and `+` for a
 * space in a query's value (https://url.spec.whatwg.org/#application/x-www-form-urlencoded); HTML character
 * references (&quot; &#31614; &#x7b7e;, https://html.spec.whatwg.org/multipage/syntax.html#character-references).
 * A \u of an ASCII character is left (it may be a quote inside JSON); bytes that are not UTF-8 stay as written.
 * Each is one regex pass without backtracking (bounded or disjoint runs): linear.
 */
const utf8Bytes = (hex: string): string => {
  try {
    return decodeURIComponent(hex)
  } catch {
    return ''
  }
}
const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' ' }
export function decodeForReading(text: string): string {
  return text
    .replace(/&(?:(quot|amp|lt|gt|apos|nbsp)|#([0-9]{1,7})|#x([0-9a-f]{1,6}));/gi, (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      const point = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1
      return name ? ENTITIES[name.toLowerCase()]! : point > 0 && point < 0x110000 ? String.fromCodePoint(point) : all
    })
    .replace(/\\{1,7}u(?!00[0-7])([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/(?:\\{1,7}x[89a-fA-F][0-9a-fA-F]){2,1000}/g, (run) => utf8Bytes(run.replace(/\\+x/g, '%')) || run)
    .replace(/[?&][\w.-]{1,40}=[^\s&#"'<>]{1,4000}|(?:%[0-9a-fA-F]{2}){1,1000}/g, (run) =>
      run.startsWith('%') ? utf8Bytes(run) || run : run.replace(/\+/g, ' ').replace(/(?:%[0-9a-fA-F]{2}){1,1000}/g, (r) => utf8Bytes(r) || r),
    )
}

/** The paste read decoded; the errmsg shown stays the one pasted, where the paste's own reading found it. */
export function readDecoded(read: ParsedResponse): ParsedResponse {
  const decoded = decodeForReading(read.text)
  if (decoded === read.text) return read
  const again = parseResponse(decoded)
  return { ...again, message: read.message ?? again.message }
}
