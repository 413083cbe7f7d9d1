import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { normalizeInput } from '../../core/normalize'
import { mixUpFinding } from './mix-up'
import { hasInnerSpace } from './shapes'
import { WHERE } from './where'

// Java's Long.MAX_VALUE: the AgentId is sent as a Long, so anything longer is certainly wrong.
const LONG_MAX = '9223372036854775807'

export const AGENT_ID_TEXT: FieldText = { label: 'AgentId', placeholder: '一串数字' }

/**
 * AgentId: a positive integer. Real ones have 8–10 digits, docs placeholders fewer (123, 8345000),
 * so the length is only a warning (values seen in public code; `123L` in
 * https://open.dingtalk.com/document/development/asynchronous-sending-of-enterprise-session-messages).
 */
function checkAgentId(raw: string): ValidationResult {
  const normalized = normalizeInput(raw)
  const out: Finding[] = [...normalized.findings]
  let value = normalized.value
  const done = (...more: Finding[]): ValidationResult => ({ value, findings: [...out, ...more] })
  if (value === '') return done(error('agentId.empty', `请填写 AgentId。${WHERE.agentId}`))

  // Copied from Java code (`213066815L`) or a spreadsheet (`1,987,654,321`): fix and say so.
  if (/^[0-9]+L$/.test(value)) {
    value = value.slice(0, -1)
    out.push(warning('agentId.longSuffix', '已去掉末尾的 L（Java 代码里的长整型后缀）。'))
  }
  if (/^[0-9]{1,3}(,[0-9]{3})+$/.test(value)) {
    value = value.replace(/,/g, '')
    out.push(warning('agentId.thousands', '已去掉数字中的千位分隔逗号。'))
  }
  if (hasInnerSpace(value)) return done(error('agentId.space', `AgentId 是一串连续的数字，中间不应有空格。${WHERE.agentId}`))
  if (/^[0-9]*x+[0-9x]*$/i.test(value) && /[0-9]/.test(value)) {
    return done(warning('agentId.masked', '这像是文档里打码的示例（含 x），请填写你自己应用的 AgentId。'))
  }
  if (!/^[0-9]+$/.test(value)) {
    const mixUp = mixUpFinding('agentId', 'AgentId', value, ['agentId'])
    if (mixUp) return done(mixUp)
    return done(error('agentId.notNumber', `AgentId 只含数字，这个值有其他字符。${WHERE.agentId}`))
  }
  if (/^0+$/.test(value)) return done(error('agentId.zero', `AgentId 是正整数，不会是 0。${WHERE.agentId}`))
  if (value.startsWith('0')) out.push(warning('agentId.leadingZero', 'AgentId 通常不以 0 开头，请确认复制无误。'))
  const digits = value.replace(/^0+/, '')
  if (digits.length > LONG_MAX.length || (digits.length === LONG_MAX.length && digits > LONG_MAX)) {
    return done(error('agentId.tooLong', `这个数字太大，不可能是 AgentId（钉钉按长整型处理）。${WHERE.agentId}`))
  }
  if (digits.length < 8 || digits.length > 10) {
    out.push(warning('agentId.length', `AgentId 通常是 8 到 10 位数字，这里是 ${digits.length} 位。请确认是“凭证与基础信息”里的 AgentId。`))
  }
  return done()
}

export const validateAgentId = forField('agentId', checkAgentId)
