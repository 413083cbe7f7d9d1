import { type Finding, warning } from '../../core/findings'
import { nonPublicRange, parseIp } from '../../core/ipv4'
import { preview } from '../../core/text'

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
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const ip = parseIp(host)
  const range = ip.kind === 'ipv4' ? nonPublicRange(ip.octets) : null
  const local =
    range ??
    (host === 'localhost' || host.endsWith('.localhost') ? '本机地址' : null) ??
    (ip.kind === 'ipv6' && (host === '::1' || /^f[cd]|^fe80/.test(host)) ? '本机或内网 IPv6 地址' : null) ??
    (host.endsWith('.local') || host.endsWith('.lan') || host.endsWith('.internal') || (ip.kind !== 'ipv4' && ip.kind !== 'ipv6' && !host.includes('.'))
      ? '内网主机名'
      : null)
  if (local) {
    return [warning(`${code}.notPublic`, `${label} ${preview(url)} 的主机是${local}：钉钉和群成员的手机从公网取图，取不到，图片会显示不出来。请用公网可访问的 https 地址。`)]
  }
  if (parsed.protocol === 'http:') {
    return [warning(`${code}.http`, `${label} ${preview(url)} 用的是 http：钉钉客户端可能不加载非 https 的图片。建议改用 https 地址。`)]
  }
  return []
}
