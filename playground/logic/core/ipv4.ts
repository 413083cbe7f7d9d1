/**
 * IPv4 parsing shared by the app's 服务器出口IP list (one `*` wildcard per address) and the
 * robot's IP whitelist (addresses and CIDR ranges). No regex backtracking: any input is safe.
 */
export type Octet = number | '*'

export type IpParse =
  | { kind: 'ipv4'; octets: Octet[]; prefix: number | null; leadingZero: boolean }
  | { kind: 'ipv6' }
  | { kind: 'invalid'; reason: string }

/** Something with two colons and only hex digits, dots and colons is an IPv6 address. */
export function looksLikeIpv6(s: string): boolean {
  return /^[0-9a-f:.]+(\/[0-9]{1,3})?$/i.test(s) && s.split(':').length > 2
}

export function parseIp(s: string): IpParse {
  if (looksLikeIpv6(s) || /^\[.*\]$/.test(s)) return { kind: 'ipv6' }
  const [address = '', prefixText, ...extra] = s.split('/')
  if (extra.length > 0) return { kind: 'invalid', reason: '斜杠 / 只能出现一次（如 203.0.113.0/24）' }
  let prefix: number | null = null
  if (prefixText !== undefined) {
    if (!/^[0-9]{1,2}$/.test(prefixText) || Number(prefixText) > 32) {
      return { kind: 'invalid', reason: '斜杠后的网段位数应是 0 到 32 的整数' }
    }
    prefix = Number(prefixText)
  }
  if (/:[0-9]+$/.test(address)) return { kind: 'invalid', reason: '这里只填 IP，不要带端口号' }
  const parts = address.split('.')
  if (parts.length !== 4) return { kind: 'invalid', reason: 'IPv4 地址由 4 段数字组成，用英文句点 . 分隔（如 203.0.113.10）' }
  const octets: Octet[] = []
  let leadingZero = false
  for (const part of parts) {
    if (part === '*') {
      octets.push('*')
      continue
    }
    if (part.includes('*')) return { kind: 'invalid', reason: '* 只能代替一整段（如 198.51.100.*），不能和数字写在同一段' }
    if (!/^[0-9]{1,3}$/.test(part)) return { kind: 'invalid', reason: '每一段只能是 0 到 255 的数字' }
    const n = Number(part)
    if (n > 255) return { kind: 'invalid', reason: `“${part}”超出了范围，每一段只能是 0 到 255` }
    if (part.length > 1 && part.startsWith('0')) leadingZero = true
    octets.push(n)
  }
  return { kind: 'ipv4', octets, prefix, leadingZero }
}

/**
 * Why DingTalk would never see this address as a caller: private, loopback and similar ranges
 * are not public egress addresses. Null for public ones. With `*`, the known leading octets decide.
 */
export function nonPublicRange(octets: readonly Octet[]): string | null {
  const [a, b] = octets
  if (typeof a !== 'number') return null
  if (a === 127) return '本机回环地址'
  if (a === 10) return '局域网（私有）地址'
  if (a === 0) return '保留地址'
  if (a >= 224) return '组播或保留地址'
  if (typeof b !== 'number') return null
  if (a === 172 && b >= 16 && b <= 31) return '局域网（私有）地址'
  if (a === 192 && b === 168) return '局域网（私有）地址'
  if (a === 169 && b === 254) return '链路本地地址'
  if (a === 100 && b >= 64 && b <= 127) return '运营商内网（CGNAT）地址'
  return null
}

/** The address written back in canonical form (leading zeros dropped). */
export function formatIp(octets: readonly Octet[], prefix: number | null): string {
  return octets.join('.') + (prefix === null ? '' : `/${prefix}`)
}
