import { error, type Finding, type ValidationResult, warning } from '../../core/findings'
import { nonPublicRange, parseIp } from '../../core/ipv4'
import { normalizeInput } from '../../core/normalize'
import { preview } from '../../core/text'

/** DingTalk replaces this placeholder by the visiting organisation's CorpId
 * (https://open.dingtalk.com/document/development/overview-of-application-licensing). */
export const CORPID_PLACEHOLDER = '$CORPID$'

export interface UrlRules {
  /** Finding codes start with this, e.g. 'homepageUrl'. */
  field: string
  /** Chinese label used in messages, e.g. '应用首页链接'. */
  label: string
  /** What to say when it is empty; null when an empty value is fine. */
  whenEmpty: Finding | null
  /** The FAQ's "注意以斜杠结尾" advice (UNCONFIRMED today): only for the homepage addresses. */
  trailingSlashAdvice: boolean
}

/** A console URL field: http or https, a host, `$CORPID$` allowed ("请输入http或https开头的网址链接"). */
export function validateConsoleUrl(raw: string, rules: UrlRules): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const out: Finding[] = [...findings]
  const { field, label } = rules
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...out, ...more] })
  if (value === '') return done(...(rules.whenEmpty ? [rules.whenEmpty] : []))
  if (/\s/.test(value)) return done(error(`${field}.space`, `${label}中间不应有空格或换行，请检查。`))
  if (!/^https?:\/\//i.test(value)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[^/]+\.[^/]+:[0-9]/.test(value)) {
      return done(error(`${field}.scheme`, `${label}必须以 http:// 或 https:// 开头，这里是 ${preview(value, 16)}。`))
    }
    return done(error(`${field}.noScheme`, `${label}必须以 http:// 或 https:// 开头，请在前面加上 https://（如 https://${value.replace(/^\/+/, '').slice(0, 40)}）。`))
  }
  // The placeholder is not valid URL syntax everywhere; swap it for a harmless word before parsing.
  const misspelled = value.match(/\$corp_?id\$/gi)?.filter((m) => m !== CORPID_PLACEHOLDER) ?? []
  if (misspelled.length > 0) {
    out.push(warning(`${field}.placeholderCase`, `占位符请按文档写成 ${CORPID_PLACEHOLDER}（全大写），这里是 ${preview(misspelled[0] ?? '')}。`))
  }
  let url: URL
  try {
    url = new URL(value.split(CORPID_PLACEHOLDER).join('corpid'))
  } catch {
    return done(error(`${field}.invalid`, `${label}不是有效的网址，请检查域名和符号。`))
  }
  if (url.hostname === '') return done(error(`${field}.noHost`, `${label}缺少域名，应形如 https://gt.example.com/m/。`))
  if (url.username !== '' || url.password !== '') {
    out.push(warning(`${field}.credentials`, `${label}里带了用户名或密码（@ 前面的部分），钉钉打开时不会用到，请去掉。`))
  }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const ip = parseIp(host)
  const range = ip.kind === 'ipv4' ? nonPublicRange(ip.octets) : null
  if (host === 'localhost' || range !== null) {
    out.push(
      warning(`${field}.localHost`, `${label}指向${range ?? '本机'}，只有这台电脑或局域网能打开；正式使用时，请填写员工手机和电脑都能访问的地址。`),
    )
  } else if (ip.kind !== 'ipv4' && ip.kind !== 'ipv6' && !host.includes('.')) {
    out.push(warning(`${field}.bareHost`, `${label}的域名 ${preview(host)} 没有点号，钉钉客户端可能无法访问，请填写完整域名。`))
  }
  if (rules.trailingSlashAdvice) {
    const last = url.pathname.split('/').pop() ?? ''
    if (!url.pathname.endsWith('/') && !last.includes('.')) {
      out.push(
        warning(
          `${field}.trailingSlash`,
          `旧版控制台提示“注意以斜杠结尾”（如 https://gt.example.com/m/），这里的路径没有以 / 结尾。新版文档没有这条要求（未经确认），按系统要求的地址填写即可。`,
        ),
      )
    }
  }
  return done()
}

/**
 * The address with the old console's trailing slash added at the end of the path (before any
 * `?` or `#`), for the "注意以斜杠结尾" advice; null when it already ends with one or has no path.
 */
export function withTrailingSlash(value: string): string | null {
  const v = typeof value === 'string' ? value.trim() : ''
  const m = /^(https?:\/\/[^/?#]+)(\/[^?#]*)?([?#].*)?$/i.exec(v)
  if (!m) return null
  const path = m[2] ?? ''
  if (path.endsWith('/') || (path.split('/').pop() ?? '').includes('.')) return null
  return `${m[1]}${path}/${m[3] ?? ''}`
}
