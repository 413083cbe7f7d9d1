import { error, type Finding, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { splitList } from '../../core/split-list'
import { normalizeInput } from '../../core/normalize'

/** Official: "最多可以设置10个关键词，消息中至少包含其中1个关键词才可以发送成功。" */
export const MAX_ROBOT_KEYWORDS = 10

/** Split the keywords a person typed: one per line or separated by commas (English or Chinese) or 、. */
export function splitKeywords(raw: string): string[] {
  return splitList(normalizeInput(raw, { freeText: true }).value, { spaces: false })
}

export const ROBOT_KEYWORDS_TEXT: FieldText = { label: '自定义关键词' }

/** Security keywords (自定义关键词): optional, at most 10; full-width characters are kept as typed. */
function checkRobotKeywords(raw: string): ValidationResult {
  const normalized = normalizeInput(raw, { freeText: true })
  const findings: Finding[] = [...normalized.findings]
  const keywords = splitKeywords(normalized.value)
  const unique = [...new Set(keywords)]
  if (unique.length !== keywords.length) findings.push(warning('robotKeywords.duplicate', '有重复的关键词，已去掉重复项。'))
  if (unique.length > MAX_ROBOT_KEYWORDS) {
    findings.push(
      error('robotKeywords.tooMany', `钉钉最多允许 ${MAX_ROBOT_KEYWORDS} 个关键词，这里有 ${unique.length} 个，请删减。`),
    )
  }
  return { value: unique.join(','), findings }
}

export const validateRobotKeywords = forField('robotKeywords', checkRobotKeywords)
