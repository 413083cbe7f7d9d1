/**
 * Every form field the site validates, with its Chinese label and its validator. Widgets and
 * the CLI call `validateField(name, raw)`; each validator also exists on its own.
 */
import type { ValidationResult } from './core/findings'
import { validateAppDescription } from './app-form/description'
import { validateAdminUrl, validateHomepageUrl, validatePcHomepageUrl } from './app-form/homepage-url'
import { validateAppName } from './app-form/name'
import { validateServerIps } from './app-form/server-ips'
import { validateAgentId } from './credentials/agent-id'
import { validateAppKey } from './credentials/app-key'
import { validateAppSecret } from './credentials/app-secret'
import { validateCorpId } from './credentials/corp-id'
import { validateRobotIps } from './robot/ips'
import { validateRobotKeywords } from './robot/keywords'
import { validateRobotSecret } from './robot/secret'
import { validateRobotWebhook } from './robot/webhook'

export {
  validateAppName,
  validateAppDescription,
  validateHomepageUrl,
  validatePcHomepageUrl,
  validateAdminUrl,
  validateServerIps,
  validateCorpId,
  validateAppKey,
  validateAppSecret,
  validateAgentId,
  validateRobotWebhook,
  validateRobotSecret,
  validateRobotKeywords,
  validateRobotIps,
}

export type FieldName =
  | 'appName'
  | 'appDescription'
  | 'homepageUrl'
  | 'pcHomepageUrl'
  | 'adminUrl'
  | 'serverIps'
  | 'corpId'
  | 'appKey'
  | 'appSecret'
  | 'agentId'
  | 'robotWebhook'
  | 'robotSecret'
  | 'robotKeywords'
  | 'robotIps'

/** Labels as the FAQ's console shows them; the new console's name follows in brackets where it differs. */
export const FIELD_LABELS: Record<FieldName, string> = {
  appName: '应用名称',
  appDescription: '应用简介',
  homepageUrl: '应用首页链接',
  pcHomepageUrl: 'PC端首页地址',
  adminUrl: '管理后台地址',
  serverIps: '服务器出口IP',
  corpId: 'CorpId',
  appKey: 'AppKey（Client ID）',
  appSecret: 'AppSecret（Client Secret）',
  agentId: 'AgentId',
  robotWebhook: 'Webhook 地址',
  robotSecret: '加签密钥',
  robotKeywords: '自定义关键词',
  robotIps: 'IP地址（段）',
}

export const FIELD_VALIDATORS: Record<FieldName, (raw: string) => ValidationResult> = {
  appName: validateAppName,
  appDescription: validateAppDescription,
  homepageUrl: validateHomepageUrl,
  pcHomepageUrl: validatePcHomepageUrl,
  adminUrl: validateAdminUrl,
  serverIps: validateServerIps,
  corpId: validateCorpId,
  appKey: validateAppKey,
  appSecret: validateAppSecret,
  agentId: validateAgentId,
  robotWebhook: validateRobotWebhook,
  robotSecret: validateRobotSecret,
  robotKeywords: validateRobotKeywords,
  robotIps: validateRobotIps,
}

export const FIELD_NAMES: readonly FieldName[] = Object.keys(FIELD_LABELS) as FieldName[]

/** Fields whose value is a secret: widgets must not echo, log or store them. */
export const SECRET_FIELDS: readonly FieldName[] = ['appSecret', 'robotSecret', 'robotWebhook']

export function validateField(name: FieldName, raw: string): ValidationResult {
  const validator = FIELD_VALIDATORS[name]
  if (!validator) {
    return { value: typeof raw === 'string' ? raw : '', findings: [{ level: 'error', code: 'field.unknown', message: `未知的字段：${String(name)}。` }] }
  }
  return validator(raw)
}
