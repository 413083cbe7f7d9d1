/**
 * The observed shapes of DingTalk identifiers, from values seen in public code (collected for the tests
 * in credentials.test.ts); what each one is: https://open.dingtalk.com/document/dingstart/basic-concepts-beta.
 * They are observations, not documentation, so only a clear mismatch is an error; see each validator.
 */
/** `ding` + 16 hex (older organisations) or `ding` + 32 hex (newer ones). */
export const CORP_ID = /^ding[0-9a-f]{16}(?:[0-9a-f]{16})?$/
/** `ding` + 16 of [a-z0-9]: AppKey = Client ID = robotCode. */
export const APP_KEY = /^ding[a-z0-9]{16}$/
/** `dingoa` + 16: the old mobile share/login SDK appId, not an internal-app AppKey. */
export const SHARE_SDK_APP_ID = /^dingoa[a-z0-9]{16}$/
/** `suite` + 16: a third-party (ISV) app's SuiteKey. */
export const SUITE_KEY = /^suite[a-z0-9]{16}$/
/** 64 characters of the base64url alphabet. */
export const APP_SECRET = /^[A-Za-z0-9_-]{64}$/
/** `SEC` + 64 hex: every real robot signing secret seen. */
export const ROBOT_SECRET = /^SEC[0-9a-f]{64}$/
/** 64 lowercase hex: every real robot access_token seen. */
export const ROBOT_TOKEN = /^[0-9a-f]{64}$/
/** The UnifiedAppId is a UUID. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** DingTalk's docs mask example values with runs of x (e.g. `ding…xxxx…` or an AgentId with xxx in the middle). */
export const MASKED = /x{3,}/i

export type KnownShape =
  | 'corpId'
  | 'appKey'
  | 'shareSdkAppId'
  | 'suiteKey'
  | 'appSecret'
  | 'agentId'
  | 'robotSecret'
  | 'robotToken'
  | 'url'
  | 'uuid'

/** Chinese names of the shapes, for "this looks like …" hints. */
export const SHAPE_NAMES: Record<KnownShape, string> = {
  corpId: 'CorpId',
  appKey: 'AppKey（Client ID）',
  shareSdkAppId: '钉钉分享/登录 SDK 的 appId（不是企业内部应用的 AppKey）',
  suiteKey: '第三方应用的 SuiteKey',
  appSecret: 'AppSecret（Client Secret）',
  agentId: 'AgentId',
  robotSecret: '群机器人的加签密钥（SEC 开头）',
  robotToken: '群机器人 Webhook 里的 access_token',
  url: '网址',
  uuid: 'UnifiedAppId（统一应用 ID）',
}

/** Which known identifier a value looks like; most specific first. */
export function identifyShape(value: string): KnownShape | null {
  if (/^https?:\/\//i.test(value)) return 'url'
  if (CORP_ID.test(value)) return 'corpId'
  if (SHARE_SDK_APP_ID.test(value)) return 'shareSdkAppId'
  if (APP_KEY.test(value)) return 'appKey'
  if (SUITE_KEY.test(value)) return 'suiteKey'
  if (ROBOT_SECRET.test(value)) return 'robotSecret'
  if (ROBOT_TOKEN.test(value)) return 'robotToken'
  if (APP_SECRET.test(value)) return 'appSecret'
  if (UUID.test(value)) return 'uuid'
  if (/^[1-9][0-9]{5,18}$/.test(value)) return 'agentId'
  return null
}

/** True when the value contains whitespace inside it (after trimming): never part of an identifier. */
export const hasInnerSpace = (value: string): boolean => /\s/.test(value)
