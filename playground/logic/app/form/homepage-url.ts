import { error, forField, type ValidationResult, warning } from '../../core/findings'
import type { FieldText } from '../../core/field-text'
import { validateConsoleUrl } from './url'

export const HOMEPAGE_URL_TEXT: FieldText = { label: '应用首页链接', hint: '移动端首页地址，以 http:// 或 https:// 开头，旧版提示以斜杠结尾' }

/** 应用首页链接 / 移动端首页地址: required in the old console, one of mobile or PC in the new one. */
function checkHomepageUrl(raw: string): ValidationResult {
  return validateConsoleUrl(raw, {
    field: 'homepageUrl',
    label: '应用首页链接',
    whenEmpty: warning(
      'homepageUrl.empty',
      '未填写应用首页链接：旧版控制台必填；新版控制台要求移动端与 PC 端首页至少填一个，不填移动端则手机工作台不显示该应用。',
    ),
    trailingSlashAdvice: true,
  })
}

export const PC_HOMEPAGE_URL_TEXT: FieldText = { label: 'PC端首页地址', hint: '选填：系统提供电脑版页面时才填' }

/** PC端首页地址: optional; shown on the PC 工作台. */
function checkPcHomepageUrl(raw: string): ValidationResult {
  return validateConsoleUrl(raw, { field: 'pcHomepageUrl', label: 'PC端首页地址', whenEmpty: null, trailingSlashAdvice: true })
}

export const ADMIN_URL_TEXT: FieldText = { label: '管理后台地址', hint: '选填：系统提供管理后台时才填' }

/** 管理后台地址: optional; opened by organisation admins from oa.dingtalk.com. */
function checkAdminUrl(raw: string): ValidationResult {
  return validateConsoleUrl(raw, { field: 'adminUrl', label: '管理后台地址', whenEmpty: null, trailingSlashAdvice: false })
}

/** The new console needs at least one of the two homepages ("必须与PC端首页地址二选其一"). */
export function checkHomepagePair(mobile: string, pc: string): ValidationResult {
  const empty = (s: string) => (typeof s === 'string' ? s : '').replace(/[\s\u200B-\u200D\uFEFF\u00A0]/g, '') === ''
  if (empty(mobile) && empty(pc)) {
    return { value: '', findings: [error('homepages.bothEmpty', '应用首页链接（移动端）和 PC 端首页地址至少要填一个。')] }
  }
  return { value: '', findings: [] }
}

export const validateHomepageUrl = forField('homepageUrl', checkHomepageUrl)
export const validatePcHomepageUrl = forField('pcHomepageUrl', checkPcHomepageUrl)
export const validateAdminUrl = forField('adminUrl', checkAdminUrl)
