/**
 * Every form field the site validates, in one list: its name, its text (label, hint, placeholder),
 * its validator, a made-up example value and whether it is a secret. Each field's text and
 * validator live together in the field's own module (e.g. ./app-form/name.ts), where widgets import them: this module loads every validator, which a
 * page with one form must not. The CLI and the tests read the whole list here; widgets and the
 * CLI call `validateField(name, raw)`.
 */
import { forField, type ValidationResult } from './core/findings'
import type { FieldText } from './core/field-text'
import { EXAMPLE } from './examples'
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

/** A field, whole: its text, its validator, a made-up value it accepts, and whether the value is a secret. */
export interface Field extends FieldText {
  validate: (raw: string) => ValidationResult
  /** A made-up value (./examples.ts) the validator accepts without an error: the tests of the registry and of `dingtalk validate` use it. */
  example: string
  /** A secret (AppSecret, SSOSecret, robot secret, the webhook's access_token): never echoed, logged or stored. */
  secret: boolean
}

const field = (text: FieldText, validate: Field['validate'], example: string, secrecy: { secret: true } | null = null): Field => ({
  ...text,
  validate,
  example,
  secret: secrecy !== null,
})
const SECRET = { secret: true } as const

/** The fields as declared; FIELDS below is this list with each validator's findings carrying the field's name. */
const DECLARED = {
  appName: field(APP_NAME_TEXT, validateAppName, EXAMPLE.appName),
  appDescription: field(APP_DESCRIPTION_TEXT, validateAppDescription, EXAMPLE.appDescription),
  homepageUrl: field(HOMEPAGE_URL_TEXT, validateHomepageUrl, EXAMPLE.homepageUrl),
  pcHomepageUrl: field(PC_HOMEPAGE_URL_TEXT, validatePcHomepageUrl, EXAMPLE.pcHomepageUrl),
  adminUrl: field(ADMIN_URL_TEXT, validateAdminUrl, EXAMPLE.adminUrl),
  serverIps: field(SERVER_IPS_TEXT, validateServerIps, EXAMPLE.serverIps),
  corpId: field(CORP_ID_TEXT, validateCorpId, EXAMPLE.corpId),
  appKey: field(APP_KEY_TEXT, validateAppKey, EXAMPLE.appKey),
  appSecret: field(APP_SECRET_TEXT, validateAppSecret, EXAMPLE.appSecret, SECRET),
  agentId: field(AGENT_ID_TEXT, validateAgentId, EXAMPLE.agentId),
  ssoSecret: field(SSO_SECRET_TEXT, validateSsoSecret, EXAMPLE.ssoSecret, SECRET),
  robotWebhook: field(ROBOT_WEBHOOK_TEXT, validateRobotWebhook, EXAMPLE.robotWebhook, SECRET),
  robotSecret: field(ROBOT_SECRET_TEXT, validateRobotSecret, EXAMPLE.robotSecret, SECRET),
  robotKeywords: field(ROBOT_KEYWORDS_TEXT, validateRobotKeywords, EXAMPLE.robotKeywords),
  robotIps: field(ROBOT_IPS_TEXT, validateRobotIps, EXAMPLE.robotIps),
} as const satisfies Record<string, Field>

/**
 * Every field, its validator's findings naming it (`Finding.field`), set here once, so a new field's
 * module needs nothing for it (the modules' own exports mark theirs too, for the widgets that import them).
 */
export const FIELDS = Object.fromEntries(
  Object.entries(DECLARED).map(([name, f]) => [name, { ...f, validate: forField(name, f.validate) }]),
) as unknown as typeof DECLARED

export type FieldName = keyof typeof FIELDS

export const FIELD_NAMES: readonly FieldName[] = Object.keys(FIELDS) as FieldName[]

const byName = <T>(pick: (f: Field) => T) => Object.fromEntries(FIELD_NAMES.map((name) => [name, pick(FIELDS[name])])) as Record<FieldName, T>

/** Labels as the FAQ's console shows them; the new console's name follows in brackets where it differs. */
export const FIELD_LABELS: Record<FieldName, string> = byName((f) => f.label)

export const FIELD_VALIDATORS: Record<FieldName, (raw: string) => ValidationResult> = byName((f) => f.validate)

/** Fields whose value is a secret: widgets must not echo, log or store them. */
export const SECRET_FIELDS: readonly FieldName[] = FIELD_NAMES.filter((name) => FIELDS[name].secret)

export function validateField(name: FieldName, raw: string): ValidationResult {
  const validator = FIELD_VALIDATORS[name]
  if (!validator) {
    return { value: typeof raw === 'string' ? raw : '', findings: [{ level: 'error', code: 'field.unknown', message: `未知的字段：${String(name)}。` }] }
  }
  return validator(raw)
}
