import { forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { type Octet } from '../../core/ipv4'
import { capFindings } from '../../core/cap'
import { type IpListRules, walkIpList } from '../../core/ip-list'
import { preview } from '../../core/text'

const RULES: IpListRules = {
  code: 'robotIps',
  ipv6: '机器人的 IP 白名单暂不支持 IPv6。请填写服务器的公网 IPv4 出口地址；若服务器同时有 IPv6，发送时可能走 IPv6 而被拒绝，请让它用 IPv4 访问 oapi.dingtalk.com。',
  invalid: ' IP 地址或网段',
  notPublic: '钉钉看到的是服务器的公网出口 IP（“非局域网地址”），请填写公网地址。',
  shape(item: string, octets: readonly Octet[], prefix: number | null) {
    const findings = []
    if (octets.includes('*')) {
      // Wildcards are documented for the app's server IPs, not for robots: suggest the CIDR form.
      const stars = octets.filter((o) => o === '*').length
      const known = octets.slice(0, 4 - stars)
      const suggestion = octets.slice(4 - stars).every((o) => o === '*') ? `（如 ${[...known, ...Array(stars).fill(0)].join('.')}/${8 * (4 - stars)}）` : ''
      findings.push(warning('robotIps.wildcard', `${preview(item)} 用了 * 通配符：机器人的文档只说明了 IP 地址和 CIDR 网段两种写法，建议改用网段${suggestion}。`))
    } else if (prefix !== null) {
      const hostBits = (octets as number[]).reduce((acc, o) => acc * 256 + o, 0) % 2 ** (32 - prefix)
      if (hostBits !== 0) findings.push(warning('robotIps.hostBits', `${preview(item)} 的网段起始地址不规整（主机位不全为 0），请确认网段是否写对。`))
    }
    return { findings }
  },
}

export const ROBOT_IPS_TEXT: FieldText = { label: 'IP地址（段）' }

/**
 * The robot's IP whitelist (安全设置 → IP地址（段）): IPv4 addresses or CIDR ranges, no IPv6
 * ("暂不支持IPv6地址白名单"). The maximum number of entries is UNCONFIRMED, so none is enforced.
 */
function checkRobotIps(raw: string): ValidationResult {
  const { items, findings } = walkIpList(raw, RULES)
  return { value: items.join(','), findings: capFindings(findings) }
}

export const validateRobotIps = forField('robotIps', checkRobotIps)
