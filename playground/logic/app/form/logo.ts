import { error, type Finding, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { type ImageFormat, sniffImage } from './image-sniff'

/**
 * 应用Logo / 应用图标. Old console (the FAQ): "图片格式必须为：png、jpeg、jpg，建议大小为200PX*200PX".
 * New console: "JPG/PNG 格式、240 px * 240 px 以上、1:1 、2 MB 以内的无圆角图标". The format and the
 * 2 MB limit are errors; the pixel rules are warnings, since 200×200 was fine in the old console.
 */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024
export const LOGO_MIN_PIXELS = 240
export const LOGO_OLD_PIXELS = 200
/** Above this, the icon is only scaled down: guidance, not a rule (the size error message says the same). */
export const LOGO_LARGE_PIXELS = 1024

/** 应用Logo: a file, checked by its bytes, so not one of the text fields of ../fields.ts. */
export const LOGO_TEXT: FieldText = {
  label: '应用Logo',
  hint: `PNG 或 JPG，正方形，${LOGO_MIN_PIXELS}×${LOGO_MIN_PIXELS} 像素以上，${LOGO_MAX_BYTES / 1024 / 1024} MB 以内，无圆角`,
}

export interface LogoInput {
  name: string
  bytes: Uint8Array
}

export interface LogoInfo {
  format: ImageFormat
  width?: number
  height?: number
  size: number
}

export const FORMAT_NAMES: Record<ImageFormat, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  svg: 'SVG',
  bmp: 'BMP',
  unknown: '未知格式',
}

const EXTENSIONS: Record<string, ImageFormat> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jfif: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  svg: 'svg',
  bmp: 'bmp',
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${Math.ceil(n / 1024)} KB`
}

export function validateLogo(file: LogoInput): ValidationResult & { info: LogoInfo } {
  const name = normalizeInput(typeof file?.name === 'string' ? file.name : '', { freeText: true }).value
  const bytes = file?.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(0)
  const sniffed = sniffImage(bytes)
  const info: LogoInfo = {
    format: sniffed.format,
    ...(sniffed.width !== undefined ? { width: sniffed.width, height: sniffed.height } : {}),
    size: bytes.length,
  }
  const findings: Finding[] = []
  const done = () => ({ value: name, findings, info })
  if (bytes.length === 0) {
    findings.push(error('logo.empty', '文件是空的（0 字节），请重新选择图标文件。'))
    return done()
  }
  const extension = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  const claimed = EXTENSIONS[extension]
  if (sniffed.format !== 'png' && sniffed.format !== 'jpeg') {
    // One parenthetical at most, and a space between Chinese and Latin words (“是 GIF 图片”).
    const what = sniffed.other ?? (sniffed.format === 'unknown' ? '无法识别的文件，不是 PNG 或 JPG 图片' : `${FORMAT_NAMES[sniffed.format]} 图片`)
    const lead = claimed === 'png' || claimed === 'jpeg' ? `文件名是 .${extension}，但内容其实是` : '这是'
    findings.push(
      error('logo.format', `${lead}${/^[A-Za-z]/.test(what) ? ' ' : ''}${what}：钉钉的应用图标只接受 PNG 或 JPG（JPEG）。请用图片工具另存为 PNG 后再上传。`),
    )
  } else if (claimed !== undefined && claimed !== sniffed.format) {
    findings.push(
      warning('logo.extension', `文件名是 .${extension}，但内容是 ${FORMAT_NAMES[sniffed.format]}：格式本身可以接受，建议把扩展名改成与内容一致，以免上传时被拒。`),
    )
  }
  if (bytes.length > LOGO_MAX_BYTES) {
    findings.push(error('logo.tooLarge', `文件有 ${formatBytes(bytes.length)}，超过了 2 MB 的上限。请压缩或缩小图片（图标 240×240 到 1024×1024 像素通常足够）。`))
  } else if (bytes.length > 2_000_000) {
    findings.push(warning('logo.nearLimit', `文件有 ${formatBytes(bytes.length)}，已接近 2 MB 的上限；如果上传被拒，请再压缩一些。`))
  }
  const { width, height } = info
  if (sniffed.format === 'png' || sniffed.format === 'jpeg') {
    if (width === undefined || height === undefined) {
      findings.push(warning('logo.noSize', '没能从文件头读出图片尺寸，文件可能已损坏；请在图片工具里打开确认后另存一次。'))
    } else {
      if (width !== height) {
        findings.push(warning('logo.notSquare', `图片是 ${width}×${height} 像素，不是正方形：新版控制台要求 1:1。请裁剪成正方形。`))
      }
      if (Math.min(width, height) > LOGO_LARGE_PIXELS) {
        findings.push(
          warning(
            'logo.large',
            `图片是 ${width}×${height} 像素，远大于图标需要的尺寸：钉钉会把它缩小显示。建议缩到 ${LOGO_MIN_PIXELS}×${LOGO_MIN_PIXELS} 到 ${LOGO_LARGE_PIXELS}×${LOGO_LARGE_PIXELS} 像素，文件更小，上传更快。`,
          ),
        )
      }
      if (Math.min(width, height) < LOGO_MIN_PIXELS) {
        findings.push(
          warning(
            'logo.small',
            `图片是 ${width}×${height} 像素：新版控制台要求 ${LOGO_MIN_PIXELS}×${LOGO_MIN_PIXELS} 像素以上（旧版建议 ${LOGO_OLD_PIXELS}×${LOGO_OLD_PIXELS}）。请换一张更大的图。`,
          ),
        )
      }
    }
  }
  return done()
}

/** One line about the chosen file: “icon.png：PNG，240×240 像素，12 KB”. */
export function describeLogo(name: string, info: LogoInfo): string {
  const size = info.width !== undefined ? `，${info.width}×${info.height} 像素` : ''
  return `${name || '（无文件名）'}：${FORMAT_NAMES[info.format]}${size}，${formatBytes(info.size)}`
}

/**
 * The new console wants an icon without rounded corners (it rounds them itself). A PNG whose four
 * corners are transparent while its centre is not has rounded (or cut) corners: a warning. Only
 * transparency can be measured; rounded corners drawn on white (as in any JPG) must be checked by eye.
 * `alphaAt(x, y)` reads the alpha (0–255) of the image drawn at `size`×`size`.
 */
export function roundedCornersFinding(alphaAt: (x: number, y: number) => number, size: number): Finding | null {
  const last = size - 1
  const corners = [alphaAt(0, 0), alphaAt(last, 0), alphaAt(0, last), alphaAt(last, last)]
  const centre = alphaAt(Math.floor(size / 2), Math.floor(size / 2))
  if (centre < 200 || corners.some((a) => a > 32)) return null
  return warning('logo.rounded', '图标的四个角是透明的，像是圆角图标：新版控制台要求上传无圆角的方形图标（钉钉会自己加圆角）。请换成四角填满的版本。')
}

/** What cannot be measured, said once under the check. */
export const ROUNDED_BY_EYE = '是否无圆角：只能检查透明的角；白底上画的圆角（如 JPG）请目测确认。'
