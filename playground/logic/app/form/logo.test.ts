import { describe, expect, it } from 'vitest'
import { describeLogo, LOGO_MAX_BYTES, roundedCornersFinding, validateLogo } from './logo'

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code)
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
const le16 = (n: number) => [n & 255, (n >> 8) & 255]
const le24 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255]
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)]
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

// Minimal headers, enough for the sniffer (real encoders write the same fields).
const png = (w: number, h: number, pad = 0) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii('IHDR'), ...be32(w), ...be32(h), 8, 6, 0, 0, 0, ...new Array(pad).fill(0)])
const jpeg = (w: number, h: number) =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xdb, 0, 4, 0, 0, 0xff, 0xc0, 0, 17, 8, h >> 8, h & 255, w >> 8, w & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9])
const gif = (w: number, h: number) => new Uint8Array([...ascii('GIF89a'), ...le16(w), ...le16(h), 0, 0, 0])
const webpX = (w: number, h: number) => new Uint8Array([...ascii('RIFF'), ...le32(30), ...ascii('WEBPVP8X'), ...le32(10), 0, 0, 0, 0, ...le24(w - 1), ...le24(h - 1)])
const webpLossless = (w: number, h: number) => {
  const bits = (w - 1) | ((h - 1) << 14)
  return new Uint8Array([...ascii('RIFF'), ...le32(30), ...ascii('WEBPVP8L'), ...le32(10), 0x2f, ...le32(bits)])
}
const bmp = (w: number, h: number) => new Uint8Array([...ascii('BM'), ...le32(70), 0, 0, 0, 0, ...le32(54), ...le32(40), ...le32(w), ...le32(-h >>> 0), 1, 0, 24, 0])
const svg = (attrs: string) => new TextEncoder().encode(`\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attrs}></svg>`)

describe('validateLogo', () => {
  it('accepts a 240×240 PNG and a 512×512 JPEG with no finding', () => {
    expect(validateLogo({ name: 'logo.png', bytes: png(240, 240) })).toMatchObject({ findings: [], info: { format: 'png', width: 240, height: 240 } })
    expect(validateLogo({ name: 'logo.jpg', bytes: jpeg(512, 512) })).toMatchObject({ findings: [], info: { format: 'jpeg', width: 512, height: 512 } })
  })
  it('only warns about the old console’s 200×200 and a non-square image', () => {
    expect(validateLogo({ name: 'logo.png', bytes: png(200, 200) }).findings).toMatchObject([{ level: 'warning', code: 'logo.small' }])
    expect(codes(validateLogo({ name: 'logo.png', bytes: png(480, 240) }))).toEqual(['logo.notSquare'])
  })
  it('reads the type from the bytes, not the name', () => {
    const r = validateLogo({ name: 'logo.png', bytes: webpX(256, 256) })
    expect(r.info).toMatchObject({ format: 'webp', width: 256, height: 256 })
    expect(r.findings).toMatchObject([{ level: 'error', code: 'logo.format' }])
    expect(r.findings[0]?.message).toContain('WebP')
    expect(r.findings[0]?.message).toContain('.png')
    expect(codes(validateLogo({ name: 'logo.png', bytes: jpeg(240, 240) }))).toEqual(['logo.extension'])
  })
  it.each([
    ['gif', gif(300, 300), 300, 300],
    ['webp', webpLossless(320, 320), 320, 320],
    ['bmp', bmp(241, 241), 241, 241],
    ['svg', svg('width="240" height="240"'), 240, 240],
    ['svg', svg('viewBox="0 0 64 48"'), 64, 48],
  ] as const)('rejects %s with its pixel size', (format, bytes, width, height) => {
    const r = validateLogo({ name: `logo.${format}`, bytes })
    expect(r.info).toMatchObject({ format, width, height, size: bytes.length })
    expect(codes(r)).toEqual(['logo.format'])
  })
  it('names HEIC and unknown files', () => {
    const heic = new Uint8Array([0, 0, 0, 24, ...ascii('ftypheic'), 0, 0, 0, 0])
    expect(validateLogo({ name: 'IMG_0001.HEIC', bytes: heic }).findings[0]?.message).toContain('HEIC')
    expect(validateLogo({ name: 'a.txt', bytes: new TextEncoder().encode('hello') })).toMatchObject({ info: { format: 'unknown' }, findings: [{ code: 'logo.format' }] })
  })
  it('words the format error without nested or doubled parentheses and with spaces around Latin words (issue 13)', () => {
    const renamed = validateLogo({ name: 'logo.png', bytes: gif(300, 300) }).findings[0]!.message
    expect(renamed).toContain('文件名是 .png，但内容其实是 GIF 图片')
    const plain = validateLogo({ name: 'logo.gif', bytes: gif(300, 300) }).findings[0]!.message
    expect(plain.startsWith('这是 GIF 图片：')).toBe(true)
    const unknown = validateLogo({ name: 'logo.png', bytes: new TextEncoder().encode('hello') }).findings[0]!.message
    for (const m of [renamed, plain, unknown]) {
      expect(m).not.toMatch(/（[^）]*（/) // no parenthesis inside another
      expect(m).not.toMatch(/） *（/) // no two in a row
      expect(m).not.toMatch(/[\p{Script=Han}][A-Za-z]|[A-Za-z][\p{Script=Han}]/u)
    }
  })
  it('describes the chosen file without a space before full-width punctuation', () => {
    const r = validateLogo({ name: 'icon.gif', bytes: gif(240, 240) })
    expect(describeLogo(r.value, r.info)).toMatch(/^icon\.gif：GIF，240×240 像素，\d+ KB$/)
  })
  it('finds rounded corners by their transparency (issue 13)', () => {
    const size = 64
    const radius = 12
    // A filled square with corners cut to a circle of `radius`: transparent outside, opaque inside.
    const rounded = (x: number, y: number) => {
      const cx = Math.min(Math.max(x, radius), size - 1 - radius)
      const cy = Math.min(Math.max(y, radius), size - 1 - radius)
      return Math.hypot(x - cx, y - cy) > radius ? 0 : 255
    }
    expect(roundedCornersFinding(rounded, size)?.code).toBe('logo.rounded')
    expect(roundedCornersFinding(() => 255, size)).toBeNull() // square, filled
    expect(roundedCornersFinding(() => 0, size)).toBeNull() // empty: nothing to say about corners
  })
  it('gives guidance for very large pixel sizes', () => {
    expect(codes(validateLogo({ name: 'logo.png', bytes: png(4000, 4000) }))).toEqual(['logo.large'])
    expect(codes(validateLogo({ name: 'logo.png', bytes: png(1024, 1024) }))).toEqual([])
  })
  it('errors over 2 MB and on an empty file', () => {
    expect(codes(validateLogo({ name: 'big.png', bytes: png(240, 240, LOGO_MAX_BYTES) }))).toEqual(['logo.tooLarge'])
    expect(codes(validateLogo({ name: 'empty.png', bytes: new Uint8Array(0) }))).toEqual(['logo.empty'])
  })
  it('warns when a PNG header is cut short', () => {
    expect(codes(validateLogo({ name: 'cut.png', bytes: png(240, 240).subarray(0, 14) }))).toEqual(['logo.noSize'])
  })
  it('never throws on odd input', () => {
    expect(() => validateLogo({ name: undefined as unknown as string, bytes: undefined as unknown as Uint8Array })).not.toThrow()
    expect(() => validateLogo({ name: '\uD800', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xff, 0xff]) })).not.toThrow()
  })
})
