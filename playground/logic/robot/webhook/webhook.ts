import { error, type Finding, inField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { preview } from '../../core/text'
import { ROBOT_TOKEN } from '../../app/credentials/shapes'

/** The one documented webhook endpoint of a custom group robot
 * (https://open.dingtalk.com/document/development/custom-robots-send-group-messages). */
export const ROBOT_HOST = 'oapi.dingtalk.com'
export const ROBOT_PATH = '/robot/send'
export const ROBOT_SEND_URL = `https://${ROBOT_HOST}${ROBOT_PATH}`

export interface ParsedWebhook {
  accessToken: string | null
  /** The full webhook URL (a bare token is turned into one); null when it cannot be used. */
  url: string | null
  /** Whether the URL as given already carries a `timestamp` or `sign` (the one place this is decided). */
  carriesSignature: boolean
  findings: Finding[]
}

const WHERE = 'Webhook 地址在群设置 → 机器人 → 该机器人的设置页，形如 https://oapi.dingtalk.com/robot/send?access_token=…'

/** Check the shape of an access_token; only a warning, since the 64-hex shape is observed, not documented. */
function tokenFindings(token: string): Finding[] {
  // The 加签 secret is SEC + hex; a token is hex only, so this is certainly the wrong field,
  // and a signed URL with access_token=SEC… would put the secret into the URL and curl.
  if (/^SEC[0-9a-f]{16,}$/i.test(token)) {
    return [error('robotWebhook.isSecret', '这是加签密钥（SEC 开头），不是 Webhook 的 access_token。请把它填到「加签密钥」里，这里填 Webhook 地址。')]
  }
  if (token === '') return [error('robotWebhook.emptyToken', `access_token 是空的，请复制完整的 Webhook 地址。${WHERE}`)]
  if (/[^\x21-\x7e]/.test(token)) return [error('robotWebhook.tokenChars', 'access_token 里有空格、中文或其他字符，请重新复制。')]
  if (ROBOT_TOKEN.test(token)) return []
  return [
    warning(
      'robotWebhook.tokenShape',
      `access_token 通常是 64 位小写十六进制（0–9、a–f），这里是 ${token.length} 个字符。请检查是否少复制或多复制了字符。`,
    ),
  ]
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

/** The values of one query parameter, read from the raw query so nothing else is re-encoded. */
export function queryValues(query: string, name: string): string[] {
  return query
    .split('&')
    .map((pair) => pair.split('='))
    .filter(([key]) => safeDecode(key ?? '') === name)
    .map(([, ...rest]) => safeDecode(rest.join('=')))
}

/** A webhook as pasted: the full URL or only the access_token (→ the full URL). */
export function parseWebhook(raw: string): ParsedWebhook {
  const normalized = normalizeInput(raw)
  const findings: Finding[] = [...normalized.findings]
  let value = normalized.value
  const fail = (f: Finding): ParsedWebhook => ({ accessToken: null, url: null, carriesSignature: false, findings: [...findings, f] })
  if (value === '') return fail(error('robotWebhook.empty', `请填写 Webhook 地址或其中的 access_token。${WHERE}`))
  if (/\s/.test(value)) return fail(error('robotWebhook.space', `Webhook 地址中间不应有空格或换行，请重新复制。${WHERE}`))

  // Only the token: with or without `access_token=` in front.
  const bare = value.startsWith('access_token=') ? value.slice('access_token='.length) : value
  // A token is letters, digits, - and _; anything else (a dot, Chinese text) is not one.
  if (/^[A-Za-z0-9_-]*$/.test(bare)) {
    const tokenIssues = tokenFindings(bare)
    findings.push(...tokenIssues)
    const usable = !tokenIssues.some((f) => f.level === 'error')
    return {
      accessToken: usable ? bare : null,
      url: usable ? `${ROBOT_SEND_URL}?access_token=${bare}` : null,
      carriesSignature: false,
      findings,
    }
  }

  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    if (value.toLowerCase().startsWith(ROBOT_HOST)) {
      value = `https://${value}`
      findings.push(warning('robotWebhook.addedScheme', '已在地址前补上 https://。'))
    } else {
      return fail(error('robotWebhook.notUrl', `这不是完整的 Webhook 地址，也不像单独的 access_token。${WHERE}`))
    }
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return fail(error('robotWebhook.badUrl', `无法解析这个地址 ${preview(value)}，请重新复制。${WHERE}`))
  }
  if (url.protocol === 'http:') {
    findings.push(warning('robotWebhook.http', 'Webhook 地址应以 https:// 开头，请改为 https。'))
  } else if (url.protocol !== 'https:') {
    return fail(error('robotWebhook.scheme', `Webhook 地址以 https:// 开头，这里是 ${preview(url.protocol)}。`))
  }
  if (url.hostname !== ROBOT_HOST) {
    return fail(
      error('robotWebhook.host', `自定义机器人的 Webhook 域名是 ${ROBOT_HOST}，这里是 ${preview(url.hostname)}。${WHERE}`),
    )
  }
  if (url.port !== '' && url.port !== '443') findings.push(warning('robotWebhook.port', `地址里有端口 ${url.port}，钉钉的 Webhook 不需要端口，请去掉。`))
  if (url.pathname === `${ROBOT_PATH}/`) {
    findings.push(warning('robotWebhook.trailingSlash', 'Webhook 路径应为 /robot/send，末尾不需要斜杠。'))
  } else if (url.pathname !== ROBOT_PATH) {
    return fail(error('robotWebhook.path', `自定义机器人的 Webhook 路径是 ${ROBOT_PATH}，这里是 ${preview(url.pathname)}。${WHERE}`))
  }

  const query = value.includes('?') ? (value.split('?')[1] ?? '').split('#')[0] ?? '' : ''
  const tokens = queryValues(query, 'access_token')
  if (tokens.length === 0) return fail(error('robotWebhook.noToken', `地址里缺少 access_token 参数，请复制完整的 Webhook 地址。${WHERE}`))
  if (tokens.length > 1) findings.push(warning('robotWebhook.manyTokens', '地址里有多个 access_token 参数，钉钉只会用其中一个，请只保留一个。'))
  const token = tokens[0] ?? ''
  const tokenIssues = tokenFindings(token)
  findings.push(...tokenIssues)
  if (tokenIssues.some((f) => f.level === 'error')) return { accessToken: null, url: null, carriesSignature: false, findings }
  const carriesSignature = queryValues(query, 'sign').length > 0 || queryValues(query, 'timestamp').length > 0
  return { accessToken: token, url: value, carriesSignature, findings }
}

export const ROBOT_WEBHOOK_TEXT: FieldText = {
  label: 'Webhook 地址',
  hint: '完整地址或只填 access_token 均可。',
  placeholder: `${ROBOT_SEND_URL}?access_token=…`,
}

/** The field's answer from a webhook already parsed, so a widget that also signs parses it once. */
export function validateRobotWebhookOf(parsed: ParsedWebhook, raw: string): ValidationResult {
  // A saved address should be the bare one: a signature in it expires within the hour.
  const stale = parsed.carriesSignature
    ? [warning('robotWebhook.hasSignature', '地址里已带 timestamp / sign：签名只在 1 小时内有效，每次发送前都要重新生成，请保存不带签名的地址。')]
    : []
  return { value: parsed.url ?? normalizeInput(raw).value, findings: inField('robotWebhook', [...parsed.findings, ...stale]) }
}

/** Field validator: the value is the full webhook URL when it can be built. */
export const validateRobotWebhook = (raw: string): ValidationResult => validateRobotWebhookOf(parseWebhook(raw), raw)
