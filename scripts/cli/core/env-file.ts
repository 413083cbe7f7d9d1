/**
 * The `.env` names the CLI reads: the hand-over's four (ENV_NAMES, from the site's hand-over
 * code) plus the group robot's webhook and secret.
 */
import { ENV_NAMES, parseEnv, SSO_SECRET_ENV } from '../../../playground/logic/app/credentials/handover'
import { NEEDS_ENV } from '../../../playground/logic/doctor/needs-line'
import type { FieldName } from '../../../playground/logic/fields'
import { readTextFile } from './files'

export interface EnvField {
  env: string
  field: FieldName
  /** The hand-over is incomplete without it; the robot's two are optional. */
  required: boolean
  /** Handed over apart from the file (凭证交接's default for the AppSecret): missing is only a reminder. */
  separately?: boolean
}

export const ENV_FIELDS: readonly EnvField[] = [
  { env: ENV_NAMES.corpId, field: 'corpId', required: true },
  { env: ENV_NAMES.appKey, field: 'appKey', required: true },
  { env: ENV_NAMES.appSecret, field: 'appSecret', required: false, separately: true },
  { env: ENV_NAMES.agentId, field: 'agentId', required: true },
  { env: SSO_SECRET_ENV, field: 'ssoSecret', required: false },
  { env: 'DINGTALK_ROBOT_WEBHOOK', field: 'robotWebhook', required: false },
  { env: 'DINGTALK_ROBOT_SECRET', field: 'robotSecret', required: false },
]

export function readEnvFile(path: string): Record<string, string> {
  return parseEnv(readTextFile(path, '.env 文件'))
}

/** DINGTALK_* names in the file that the CLI does not know (typos such as DINGTALK_CORPID). */
export function unknownDingTalkNames(env: Record<string, string>): string[] {
  // DINGTALK_NEEDS is no credential: the permission planner's line that `doctor` reads.
  const known = new Set([...ENV_FIELDS.map((f) => f.env), NEEDS_ENV])
  return Object.keys(env).filter((k) => k.startsWith('DINGTALK_') && !known.has(k))
}
