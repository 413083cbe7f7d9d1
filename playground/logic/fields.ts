/**
 * Every form field the site validates, in one list: its name, its text (label, hint, placeholder)
 * and its validator. Each field's text and validator live together in the field's own module
 * (e.g. ./app-form/name.ts), where widgets import them: this module loads every validator, which a
 * page with one form must not. The CLI and the tests read the whole list here; widgets and the
 * CLI call `validateField(name, raw)`.
 */
import type { ValidationResult } from './core/findings'
import type { FieldText } from './core/field-text'
import { APP_DESCRIPTION_TEXT, validateAppDescription } from './app/form/description'
import {
  ADMIN_URL_TEXT,
  HOMEPAGE_URL_TEXT,
  PC_HOMEPAGE_URL_TEXT,
  validateAdminUrl,
  validateHomepageUrl,
  validatePcHomepageUrl,
} from './app/form/homepage-url'
import { APP_NAME_TEXT, validateAppName } from './app/form/name'
import { SERVER_IPS_TEXT, validateServerIps } from './app/form/server-ips'
import { AGENT_ID_TEXT, validateAgentId } from './app/credentials/agent-id'
import { APP_KEY_TEXT, validateAppKey } from './app/credentials/app-key'
import { APP_SECRET_TEXT, validateAppSecret } from './app/credentials/app-secret'
import { CORP_ID_TEXT, validateCorpId } from './app/credentials/corp-id'
import { SSO_SECRET_TEXT, validateSsoSecret } from './app/credentials/sso-secret'
import { ROBOT_IPS_TEXT, validateRobotIps } from './robot/security/ips'
import { ROBOT_KEYWORDS_TEXT, validateRobotKeywords } from './robot/security/keywords'
import { ROBOT_SECRET_TEXT, validateRobotSecret } from './robot/security/secret'
import { ROBOT_WEBHOOK_TEXT, validateRobotWebhook } from './robot/webhook/webhook'

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
  validateSsoSecret,
  validateRobotWebhook,
  validateRobotSecret,
  validateRobotKeywords,
  validateRobotIps,
}
export type { FieldText }

/** A field, whole: its text and its validator. */
export interface Field extends FieldText {
  validate: (raw: string) => ValidationResult
}

const field = (text: FieldText, validate: Field['validate']): Field => ({ ...text, validate })

export const FIELDS = {
  appName: field(APP_NAME_TEXT, validateAppName),
  appDescription: field(APP_DESCRIPTION_TEXT, validateAppDescription),
  homepageUrl: field(HOMEPAGE_URL_TEXT, validateHomepageUrl),
  pcHomepageUrl: field(PC_HOMEPAGE_URL_TEXT, validatePcHomepageUrl),
  adminUrl: field(ADMIN_URL_TEXT, validateAdminUrl),
  serverIps: field(SERVER_IPS_TEXT, validateServerIps),
  corpId: field(CORP_ID_TEXT, validateCorpId),
  appKey: field(APP_KEY_TEXT, validateAppKey),
  appSecret: field(APP_SECRET_TEXT, validateAppSecret),
  agentId: field(AGENT_ID_TEXT, validateAgentId),
  ssoSecret: field(SSO_SECRET_TEXT, validateSsoSecret),
  robotWebhook: field(ROBOT_WEBHOOK_TEXT, validateRobotWebhook),
  robotSecret: field(ROBOT_SECRET_TEXT, validateRobotSecret),
  robotKeywords: field(ROBOT_KEYWORDS_TEXT, validateRobotKeywords),
  robotIps: field(ROBOT_IPS_TEXT, validateRobotIps),
} as const satisfies Record<string, Field>

export type FieldName = keyof typeof FIELDS

export const FIELD_NAMES: readonly FieldName[] = Object.keys(FIELDS) as FieldName[]

const byName = <T>(pick: (f: Field) => T) => Object.fromEntries(FIELD_NAMES.map((name) => [name, pick(FIELDS[name])])) as Record<FieldName, T>

/** Labels as the FAQ's console shows them; the new console's name follows in brackets where it differs. */
export const FIELD_LABELS: Record<FieldName, string> = byName((f) => f.label)

export const FIELD_VALIDATORS: Record<FieldName, (raw: string) => ValidationResult> = byName((f) => f.validate)

/** Fields whose value is a secret: widgets must not echo, log or store them. */
export const SECRET_FIELDS: readonly FieldName[] = ['appSecret', 'ssoSecret', 'robotSecret', 'robotWebhook']

export function validateField(name: FieldName, raw: string): ValidationResult {
  const validator = FIELD_VALIDATORS[name]
  if (!validator) {
    return { value: typeof raw === 'string' ? raw : '', findings: [{ level: 'error', code: 'field.unknown', message: `未知的字段：${String(name)}。` }] }
  }
  return validator(raw)
}
