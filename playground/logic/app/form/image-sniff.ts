/**
 * The image format and pixel size read from the file's bytes, never from its name: a renamed
 * `.png` that is really a WebP is the usual upload surprise. Reads only headers; never throws.
 */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg' | 'bmp' | 'unknown'

export interface ImageInfo {
  format: ImageFormat
  width?: number
  height?: number
  /** A format we recognise but do not handle (HEIC, AVIF, TIFF, ICO, PDF), for the message. */
  other?: string
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8)
const u24le = (b: Uint8Array, i: number) => u16le(b, i) + ((b[i + 2] ?? 0) << 16)
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65536 + u16be(b, i + 2)
const u32le = (b: Uint8Array, i: number) => u16le(b, i) + u16le(b, i + 2) * 65536
const i32le = (b: Uint8Array, i: number) => u32le(b, i) | 0
const ascii = (b: Uint8Array, start: number, length: number) => String.fromCharCode(...b.subarray(start, start + length))
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v)

/** Keep only plausible sizes; a corrupt header yields undefined rather than nonsense. */
function size(width: number, height: number): { width?: number; height?: number } {
  return width > 0 && height > 0 && width < 1_000_000 && height < 1_000_000 ? { width, height } : {}
}

function jpegSize(b: Uint8Array): { width?: number; height?: number } {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return {}
    const marker = b[i + 1] ?? 0
    if (marker === 0xff) {
      i++ // fill byte
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return size(u16be(b, i + 7), u16be(b, i + 5))
    }
    if (marker === 0xd9 || marker === 0xda) return {}
    i += 2 + u16be(b, i + 2)
  }
  return {}
}

function webpSize(b: Uint8Array): { width?: number; height?: number } {
  const chunk = ascii(b, 12, 4)
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) return size(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff)
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = b.subarray(21, 25)
    return size(1 + (((b1 & 0x3f) << 8) | b0), 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)))
  }
  if (chunk === 'VP8X') return size(1 + u24le(b, 24), 1 + u24le(b, 27))
  return {}
}

function svgSize(text: string): { width?: number; height?: number } {
  const tag = /<svg\b[^>]{0,4000}>/i.exec(text)?.[0] ?? ''
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)\\s*(px)?\\s*["']`, 'i').exec(tag)?.[1]
  const width = Number(attr('width'))
  const height = Number(attr('height'))
  if (width > 0 && height > 0) return size(Math.round(width), Math.round(height))
  const viewBox = /\sviewBox\s*=\s*["']([^"']{0,200})["']/i.exec(tag)?.[1]?.trim().split(/[\s,]+/).map(Number)
  if (viewBox && viewBox.length === 4 && (viewBox[2] ?? 0) > 0 && (viewBox[3] ?? 0) > 0) {
    return size(Math.round(viewBox[2] ?? 0), Math.round(viewBox[3] ?? 0))
  }
  return {}
}

export function sniffImage(bytes: Uint8Array): ImageInfo {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(0)
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { format: 'png', ...(ascii(b, 12, 4) === 'IHDR' ? size(u32be(b, 16), u32be(b, 20)) : {}) }
  }
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { format: 'jpeg', ...jpegSize(b) }
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return { format: 'gif', ...size(u16le(b, 6), u16le(b, 8)) }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { format: 'webp', ...webpSize(b) }
  if (ascii(b, 0, 2) === 'BM' && b.length >= 26) {
    const header = u32le(b, 14)
    if (header === 12) return { format: 'bmp', ...size(u16le(b, 18), u16le(b, 20)) }
    if (header >= 40) return { format: 'bmp', ...size(i32le(b, 18), Math.abs(i32le(b, 22))) }
  }
  if (ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4)
    if (/^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return { format: 'unknown', other: 'HEIC（苹果手机照片格式）' }
    if (/^avi[fs]$/.test(brand)) return { format: 'unknown', other: 'AVIF' }
  }
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return { format: 'unknown', other: 'TIFF' }
  if (startsWith(b, [0x00, 0x00, 0x01, 0x00])) return { format: 'unknown', other: 'ICO 图标' }
  if (ascii(b, 0, 5) === '%PDF-') return { format: 'unknown', other: 'PDF' }
  // SVG is text: look at the start for an XML prolog, comment, doctype or the <svg> tag itself.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart()
  if (/^(<\?xml|<svg|<!--|<!doctype svg)/i.test(head) && /<svg\b/i.test(head)) return { format: 'svg', ...svgSize(head) }
  return { format: 'unknown' }
}
