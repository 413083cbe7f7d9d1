import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { hasInnerSpace, identifyShape, SHAPE_NAMES } from './shapes'

/**
 * SSOSecret: the key that goes with the CorpId to get the access_token of 应用管理后台免登 (an admin
 * signing in from DingTalk's admin console to the 事业合伙系统's own back office); shown under 开发者后台 →
 * 基本信息 → 开发信息（旧版） → 企业自用账号信息 (https://open.dingtalk.com/document/dingstart/basic-concepts-beta,
 * https://open.dingtalk.com/document/development/log-on-site-application-management-backend). Optional in
 * the hand-over: only that log-on needs it. A secret like the AppSecret: never echoed, stored or put
 * into a URL. Its length and alphabet are not documented (DingTalk's example is "shYgsk7xxx"): no
 * shape check beyond what is certainly wrong.
 */
export const SSO_SECRET_TEXT: FieldText = {
  label: 'SSOSecret（可选）',
  hint: '只有“应用管理后台免登”（从钉钉管理后台直接进入事业合伙系统的管理后台）需要它：开发者后台 → 基本信息 → 开发信息（旧版）→ 企业自用账号信息 → 查看。',
}

const WHERE_SSO = 'SSOSecret 在开发者后台“基本信息 → 开发信息（旧版）”的“企业自用账号信息”里，点击“查看”后复制。'

function checkSsoSecret(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  const out: Finding[] = [...findings]
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...out, ...more] })
  // Optional: empty is fine.
  if (value === '') return done()
  if (hasInnerSpace(value)) return done(error('ssoSecret.space', `SSOSecret 中间不应有空格或换行，请重新复制。${WHERE_SSO}`))
  if (/[*•●…]/.test(value)) {
    return done(error('ssoSecret.masked', `这像是打码后的显示值（含 * 或 …）。请点击“查看”后复制完整的 SSOSecret。${WHERE_SSO}`))
  }
  if (/[^\x21-\x7e]/.test(value)) {
    return done(error('ssoSecret.chars', `SSOSecret 是英文字母、数字等字符，这里有中文或其他字符，请重新复制。${WHERE_SSO}`))
  }
  // Shapes an SSOSecret certainly does not have (ding… identifiers, an address) are errors; those it
  // might share (its shape is undocumented) only a warning.
  const shape = identifyShape(value)
  if (shape === 'corpId' || shape === 'appKey' || shape === 'shareSdkAppId' || shape === 'suiteKey' || shape === 'url') {
    return done(error(`ssoSecret.looksLike.${shape}`, `这看起来是${SHAPE_NAMES[shape]}，不是 SSOSecret。${WHERE_SSO}`))
  }
  if (shape !== null) {
    return done(warning(`ssoSecret.looksLike.${shape}`, `这像是${SHAPE_NAMES[shape]}，请确认是 SSOSecret。${WHERE_SSO}`))
  }
  return done()
}

export const validateSsoSecret = forField('ssoSecret', checkSsoSecret)
