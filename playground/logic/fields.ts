/**
 * Every form field the site validates: its name, its text (label, hint, placeholder: ./field-text.ts,
 * where widgets read it without loading the validators) and its validator. Widgets and the CLI
 * call `validateField(name, raw)`; each validator also exists on its own.
 */
import type { ValidationResult } from './core/findings'
import { FIELD_TEXT, type FieldText } from './field-text'
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

export const FIELD_NAMES: readonly FieldName[] = Object.keys(FIELD_TEXT) as FieldName[]

/** Labels as the FAQ's console shows them; the new console's name follows in brackets where it differs. */
export const FIELD_LABELS = Object.fromEntries(FIELD_NAMES.map((name) => [name, FIELD_TEXT[name].label])) as Record<FieldName, string>

/** A field, whole: its name, text and validator. */
export interface Field extends FieldText {
  name: FieldName
  validate: (raw: string) => ValidationResult
}

export const FIELDS: Record<FieldName, Field> = Object.fromEntries(
  FIELD_NAMES.map((name) => [name, { name, ...FIELD_TEXT[name], validate: FIELD_VALIDATORS[name] }]),
) as Record<FieldName, Field>

/** Fields whose value is a secret: widgets must not echo, log or store them. */
export const SECRET_FIELDS: readonly FieldName[] = ['appSecret', 'robotSecret', 'robotWebhook']

export function validateField(name: FieldName, raw: string): ValidationResult {
  const validator = FIELD_VALIDATORS[name]
  if (!validator) {
    return { value: typeof raw === 'string' ? raw : '', findings: [{ level: 'error', code: 'field.unknown', message: `未知的字段：${String(name)}。` }] }
  }
  return validator(raw)
}
