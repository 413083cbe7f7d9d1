import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { formatIp, type Octet } from '../../core/ipv4'
import { capFindings } from '../../core/cap'
import { type IpListRules, walkIpList } from '../../core/ip-list'
import { preview } from '../../core/text'

/** The create-app API: "服务器出口IP白名单列表，最大值50". */
export const MAX_SERVER_IPS = 50

/**
 * 服务器出口IP: "调用钉钉服务端API时的合法IP列表，多个IP请以","隔开，支持带一个*号通配符的IP格式。"
 * The value comes back as the cleaned list, joined with English commas, ready to paste.
 */
const RULES: IpListRules = {
  code: 'serverIps',
  ipv6: '服务器出口IP只支持 IPv4 地址（可带一个 * 通配符），请填写服务器的公网 IPv4 出口地址。',
  invalid: ' IPv4 地址',
  notPublic: '钉钉看到的是服务器访问外网时的公网出口 IP，这个地址不会出现，请向技术人员确认公网出口 IP。',
  shape(item: string, octets: readonly Octet[], prefix: number | null) {
    const stars = octets.filter((o) => o === '*').length
    if (stars > 1) {
      return { refuse: true, findings: [error('serverIps.tooManyWildcards', `${preview(item)} 有 ${stars} 个 *：钉钉只支持带一个 * 号通配符的 IP（如 198.51.100.*）。`)] }
    }
    if (octets[0] === '*') {
      // 16 777 216 addresses: no server has that many exits; it would open the whitelist to nearly anyone.
      return {
        refuse: true,
        findings: [error('serverIps.wildcardFirst', `${preview(item)} 的 * 在第一段，等于放行约 1678 万个地址，白名单就失去了作用。* 只用在最后几段（如 198.51.100.*）。`)],
      }
    }
    if (prefix === null) return { findings: [] }
    // CIDR is documented for robots, not for this list: say how to write it the documented way.
    const hint = prefix === 32 ? `写成 ${formatIp(octets, null)}` : prefix === 24 && stars === 0 ? `写成 ${formatIp([...octets.slice(0, 3), '*'], null)}` : '写成单个 IP 或带一个 * 的 IP'
    return { findings: [warning('serverIps.cidr', `${preview(item)} 是网段写法：服务器出口IP的文档只说明了单个 IP 和带一个 * 号的写法，建议${hint}。`)] }
  },
}

export const SERVER_IPS_TEXT: FieldText = { label: '服务器出口IP', hint: '多个 IP 用英文逗号 , 隔开，每个 IP 最多一个 * 号通配符' }

function checkServerIps(raw: string): ValidationResult {
  const { items, findings } = walkIpList(raw, RULES)
  const out: Finding[] = [...findings]
  if (items.length === 0) {
    out.push(
      warning(
        'serverIps.empty',
        '未填写服务器出口IP：旧版控制台必填；调用钉钉服务端接口时，来自列表外 IP 的请求会收到 60020“访问ip不在白名单之中”。请向系统的技术人员要服务器的公网出口 IP。',
      ),
    )
    return { value: '', findings: out }
  }
  if (items.length > MAX_SERVER_IPS) {
    out.push(error('serverIps.tooMany', `最多填写 ${MAX_SERVER_IPS} 个 IP，这里有 ${items.length} 个，请合并（如用 * 通配符）或删减。`))
  }
  return { value: items.join(','), findings: capFindings(out) }
}

export const validateServerIps = forField('serverIps', checkServerIps)
