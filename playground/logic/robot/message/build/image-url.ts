import { type Finding, warning } from '../../../core/findings'
import { preview } from '../../../core/text'

/**
 * An image URL DingTalk cannot fetch: the picture is loaded by DingTalk and by each member's phone
 * from the public internet, so a loopback, private or single-word host never answers, and plain
 * http may be blocked by the clients. Warnings: the message is still sent, only without the image.
 */
export function imageUrlFindings(url: string, code: string, label: string): Finding[] {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return []
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return []
  // A small check of its own (not core/ipv4): this runs in the message editor's first load.
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const ipv6 = host.includes(':')
  const local =
    /^127\.|^0\.|^localhost$|\.localhost$/.test(host) || host === '::1'
      ? '本机地址'
      : /^10\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|^169\.254\.|^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./.test(host) || (ipv6 && /^f[cd]|^fe80/.test(host))
        ? '内网地址'
        : !ipv6 && (!host.includes('.') || /\.(local|lan|internal|intranet)$/.test(host))
          ? '内网主机名'
          : null
  if (local) {
    return [warning(`${code}.notPublic`, `${label} ${preview(url)} 是${local}，钉钉从公网取不到，图片不会显示。请用公网 https 地址。`)]
  }
  if (parsed.protocol === 'http:') {
    return [warning(`${code}.http`, `${label} ${preview(url)} 是 http 地址，钉钉可能不加载。请改用 https。`)]
  }
  return []
}
