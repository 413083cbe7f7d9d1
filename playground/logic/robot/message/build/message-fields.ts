import { error, type Finding } from '../../../core/findings'
import { preview } from '../../../core/text'

/** Any value as a string: widgets and the CLI may hand over undefined or numbers. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v))

/** A required text field: error when empty or blank. */
export function requireText(value: unknown, code: string, label: string): Finding[] {
  return str(value).trim() === '' ? [error(code, `请填写${label}。`)] : []
}

/**
 * A link in a message: http or https (the `dingtalk://dingtalkclient/page/link?url=…` form,
 * documented for choosing where a link opens, is allowed too).
 */
export function checkMessageUrl(value: unknown, code: string, label: string, required: boolean): Finding[] {
  const url = str(value).trim()
  if (url === '') return required ? [error(`${code}.empty`, `请填写${label}。`)] : []
  if (/\s/.test(url)) return [error(`${code}.space`, `${label}中间不应有空格或换行。`)]
  if (/^dingtalk:\/\/dingtalkclient\//i.test(url)) return []
  if (!/^https?:\/\//i.test(url)) return [error(`${code}.scheme`, `${label}必须以 http:// 或 https:// 开头，这里是 ${preview(url, 16)}。`)]
  try {
    if (new URL(url).hostname === '') throw new Error('no host')
  } catch {
    return [error(`${code}.invalid`, `${label} ${preview(url)} 不是有效的网址。`)]
  }
  return []
}
