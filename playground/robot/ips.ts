import { error, type Finding, type ValidationResult, warning } from '../core/findings'
import { formatIp, nonPublicRange, parseIp } from '../core/ipv4'
import { capFindings } from '../core/cap'
import { splitCommaList } from '../core/list'
import { preview } from '../core/text'

/**
 * The robot's IP whitelist (安全设置 → IP地址（段）): IPv4 addresses or CIDR ranges, no IPv6
 * ("暂不支持IPv6地址白名单"). The maximum number of entries is UNCONFIRMED, so none is enforced.
 */
export function validateRobotIps(raw: string): ValidationResult {
  const { items, findings } = splitCommaList(raw)
  const out: Finding[] = [...findings]
  const kept: string[] = []
  const seen = new Set<string>() // a Set, so 10 000 pasted entries stay fast
  for (const item of items) {
    const parsed = parseIp(item)
    if (parsed.kind === 'ipv6') {
      out.push(
        error(
          'robotIps.ipv6',
          `${preview(item)} 是 IPv6 地址：机器人的 IP 白名单暂不支持 IPv6。请填写服务器的公网 IPv4 出口地址；若服务器同时有 IPv6，发送时可能走 IPv6 而被拒绝，请让它用 IPv4 访问 oapi.dingtalk.com。`,
        ),
      )
      kept.push(item) // kept as typed, so the user sees what to fix
      continue
    }
    if (parsed.kind === 'invalid') {
      out.push(error('robotIps.invalid', `${preview(item)} 不是有效的 IP 地址或网段：${parsed.reason}。`))
      kept.push(item)
      continue
    }
    const { octets, prefix } = parsed
    const text = formatIp(octets, prefix)
    if (octets.includes('*')) {
      // Wildcards are documented for the app's server IPs, not for robots: suggest the CIDR form.
      const stars = octets.filter((o) => o === '*').length
      const known = octets.slice(0, 4 - stars)
      const suggestion = octets.slice(4 - stars).every((o) => o === '*') ? `（如 ${[...known, ...Array(stars).fill(0)].join('.')}/${8 * (4 - stars)}）` : ''
      out.push(warning('robotIps.wildcard', `${preview(item)} 用了 * 通配符：机器人的文档只说明了 IP 地址和 CIDR 网段两种写法，建议改用网段${suggestion}。`))
    }
    if (parsed.leadingZero) out.push(warning('robotIps.leadingZero', `${preview(item)} 的某一段以 0 开头，已改写为 ${text}。`))
    const range = nonPublicRange(octets)
    if (range) {
      out.push(
        warning('robotIps.private', `${preview(item)} 是${range}：钉钉看到的是服务器的公网出口 IP（“非局域网地址”），请填写公网地址。`),
      )
    }
    if (prefix !== null && !octets.includes('*')) {
      const hostBits = (octets as number[]).reduce((acc, o) => acc * 256 + o, 0) % 2 ** (32 - prefix)
      if (hostBits !== 0) out.push(warning('robotIps.hostBits', `${preview(item)} 的网段起始地址不规整（主机位不全为 0），请确认网段是否写对。`))
    }
    if (seen.has(text)) {
      out.push(warning('robotIps.duplicate', `${preview(item)} 重复了，已去掉重复项。`))
      continue
    }
    kept.push(text)
    seen.add(text)
  }
  return { value: kept.join(','), findings: capFindings(out) }
}
