import { error, type Finding, warning } from './findings'
import { formatIp, nonPublicRange, parseIp, type Octet } from './ipv4'
import { splitCommaList } from './list'
import { preview } from './text'

/** What differs between two IP whitelists (服务器出口IP, the robot's IP地址（段）): their codes, wording and shape rules. */
export interface IpListRules {
  /** Finding code prefix, e.g. 'serverIps'. */
  code: string
  /** After "<item> 是 IPv6 地址：". */
  ipv6: string
  /** After "<item> 不是有效的…". */
  invalid: string
  /** After "<item> 是<range>：". */
  notPublic: string
  /** This list's own rules for a parsed IPv4 item: findings, and `refuse` to keep the item as typed without further checks. */
  shape(item: string, octets: readonly Octet[], prefix: number | null): { findings: Finding[]; refuse?: boolean }
}

/**
 * The one walk over a typed IP list: split (commas of either width, spaces…), parse each item, apply
 * the list's rules, rewrite leading zeros, flag private ranges, drop duplicates. Items with an error
 * are kept as typed so the person sees what to fix. Linear: a Set for duplicates.
 */
export function walkIpList(raw: string, rules: IpListRules): { items: string[]; findings: Finding[] } {
  const { items, findings } = splitCommaList(raw)
  const out: Finding[] = [...findings]
  const kept: string[] = []
  const seen = new Set<string>()
  for (const item of items) {
    const parsed = parseIp(item)
    if (parsed.kind === 'ipv6') {
      out.push(error(`${rules.code}.ipv6`, `${preview(item)} 是 IPv6 地址：${rules.ipv6}`))
      kept.push(item)
      continue
    }
    if (parsed.kind === 'invalid') {
      out.push(error(`${rules.code}.invalid`, `${preview(item)} 不是有效的${rules.invalid}：${parsed.reason}。`))
      kept.push(item)
      continue
    }
    const { octets, prefix } = parsed
    const own = rules.shape(item, octets, prefix)
    out.push(...own.findings)
    if (own.refuse) {
      kept.push(item)
      continue
    }
    const text = formatIp(octets, prefix)
    if (parsed.leadingZero) out.push(warning(`${rules.code}.leadingZero`, `${preview(item)} 的某一段以 0 开头，已改写为 ${text}。`))
    const range = nonPublicRange(octets)
    if (range) out.push(warning(`${rules.code}.private`, `${preview(item)} 是${range}：${rules.notPublic}`))
    if (seen.has(text)) {
      out.push(warning(`${rules.code}.duplicate`, `${preview(item)} 重复了，已去掉重复项。`))
      continue
    }
    kept.push(text)
    seen.add(text)
  }
  return { items: kept, findings: out }
}
