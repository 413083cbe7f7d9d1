/**
 * Which read-only DingTalk call proves what, for `dingtalk doctor` (接入体检). Each row names the
 * call, the permission code its page requires, and the page (a public open.dingtalk.com address).
 * Every call only reads: none sends a message or changes anything in DingTalk. Pure data and
 * pure functions: the command line does the requests.
 */
import { parseResponse } from '../errors/parse-response'
import { PERMISSIONS, type PermissionId } from '../app/permissions/permission-catalog'

const DOC = 'https://open.dingtalk.com/document/development/'

export interface PermissionProbe {
  /** The permission code the call requires (its page's 权限要求). */
  code: string
  /** The permissions of ../permissions/catalog.ts that a success proves. */
  proves: readonly PermissionId[]
  method: 'GET' | 'POST'
  /** Path on oapi.dingtalk.com; the access_token goes into the query, as the page says. */
  path: string
  /** The JSON body for POST: fixed values that read, never change (department 1 is the root). */
  body?: Record<string, unknown>
  /** The page that states the call and its permission. */
  doc: string
}

/**
 * The probes. What each answer means is the same for all (readProbeAnswer below):
 * errcode 0 → granted; 60011 (旧版接口) or 403 Forbidden.AccessDenied.AccessTokenPermissionDenied
 * (新版接口, the code in requiredScopes) → not granted; 60020 / IpNotInWhiteList → the server's IP
 * was refused, so nothing is known about the permission; anything else → unclear, shown as is.
 * Error codes: https://open.dingtalk.com/document/development/server-api-error-codes-1
 */
export const PERMISSION_PROBES: readonly PermissionProbe[] = [
  {
    code: 'qyapi_base',
    proves: ['identity', 'message'],
    method: 'GET',
    path: '/auth/scopes',
    doc: `${DOC}obtain-corpsecret-authorization-scope`,
  },
  {
    code: 'qyapi_get_member',
    proves: ['contactRead'],
    method: 'POST',
    path: '/topapi/user/count',
    body: { only_active: false },
    doc: `${DOC}user-management-acquires-number-employees`,
  },
  {
    code: 'qyapi_get_department_list',
    proves: ['departmentRead'],
    method: 'POST',
    path: '/topapi/v2/department/listsubid',
    body: { dept_id: 1 },
    doc: `${DOC}obtain-the-list-of-sub-department-ids`,
  },
  {
    code: 'qyapi_get_department_member',
    proves: ['departmentMembers'],
    method: 'POST',
    path: '/topapi/user/listsimple',
    body: { dept_id: 1, cursor: 0, size: 1 },
    doc: `${DOC}queries-the-simple-information-of-a-department-user`,
  },
]

/** Why a permission has no probe: the output says so instead of guessing. */
export const NOT_PROBED: Readonly<Partial<Record<PermissionId, string>>> = {
  contactEdit: '只有新增、修改、删除成员的接口需要它，体检不做任何修改，无法验证',
  mobile: '它是“查询用户详情”里手机号字段的权限，没有单独的权限码，要用一个真实员工的 userid 才能看出，体检不做',
  personalInfo: '它是用户详情里邮箱等字段的权限，没有单独的权限码，要用一个真实员工的 userid 才能看出，体检不做',
  userIdByMobile: '验证它要用一个真实的手机号去查人，体检不做',
  openAppApiBase: '它用于员工扫码登录后以个人身份调用的接口，需要员工本人登录，服务器上无法验证',
  contactUserRead: '它用于员工扫码登录后读取本人信息，需要员工本人登录，服务器上无法验证',
}

/** The probe that proves a permission, or null (then NOT_PROBED says why). */
export function probeFor(id: PermissionId): PermissionProbe | null {
  return PERMISSION_PROBES.find((p) => p.proves.includes(id)) ?? null
}

/**
 * The calls that tell whether the CorpId and the AgentId belong to this app.
 * - CorpId: 获取应用的 Access Token, POST https://api.dingtalk.com/v1.0/oauth2/{corpId}/token with
 *   client_id/client_secret: for an internal app the page says to give the app's own organisation's
 *   corpId, so a token proves the pair belongs to that organisation. What DingTalk answers for a
 *   CorpId of another organisation is not on the page (未确认): a refusal, when the same pair got a
 *   token elsewhere, is shown with DingTalk's own answer.
 * - AgentId: no read-only call is documented that confirms an AgentId. 获取工作通知消息的发送进度
 *   (getsendprogress, permission qyapi_base) takes agent_id; DingTalk's error table gives
 *   40056 “不合法的agentid”, which is certain; its page's 40035 “确认task_id或者agent_id是否正确”
 *   does not say which of the two is wrong, so it confirms nothing.
 */
export const IDENTITY_PROBES = {
  corpId: {
    method: 'POST',
    path: '/v1.0/oauth2/{corpId}/token',
    doc: `${DOC}api-gettoken`,
  },
  agentId: {
    method: 'POST',
    path: '/topapi/message/corpconversation/getsendprogress',
    /** A task id no app has: the call reads a progress, it sends nothing. */
    body: (agentId: string) => ({ agent_id: Number(agentId), task_id: 1 }),
    doc: `${DOC}obtain-the-sending-progress-of-asynchronous-sending-of-enterprise-session`,
    errorsDoc: `${DOC}server-api-error-codes-1`,
  },
} as const

export type ProbeVerdict =
  | { kind: 'granted' }
  /** The permission is missing; `scopes` are the codes DingTalk named (new API), else []. */
  | { kind: 'missing'; scopes: string[]; body: Record<string, unknown> }
  /** The server's IP was refused (60020 / IpNotInWhiteList); `ip` is what DingTalk saw, when it says. */
  | { kind: 'ipRefused'; ip: string | null; body: Record<string, unknown> }
  | { kind: 'other'; body: Record<string, unknown> | null }

const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null

/**
 * What an answer to a probe (or any call with the app's token) says about the permission. Read by
 * the error catalog's parser (../errors/parse-response.ts), so that errcode 88 wrapping the real
 * code in sub_code (`{"errcode":88,"sub_code":"60011",…}`, as public reports show it:
 * https://mabiji.com/dingtalk/errcode.html), the new API's requiredScopes and the IP in 60020's
 * message are read the same way as in 错误诊断.
 */
export function readProbeAnswer(status: number, json: unknown): ProbeVerdict {
  const body = record(json)
  if (!body) return { kind: 'other', body: null }
  const p = parseResponse(body)
  if (status === 200 && p.success) return { kind: 'granted' }
  if (p.code === 60020 || p.code === 'Forbidden.AccessDenied.IpNotInWhiteList') return { kind: 'ipRefused', ip: p.requestIp, body }
  if (p.code === 60011 || p.code === 'Forbidden.AccessDenied.AccessTokenPermissionDenied') return { kind: 'missing', scopes: p.requiredScopes, body }
  return { kind: 'other', body }
}

/** The console name of a permission code, from the permission catalog. */
export function permissionName(code: string): string {
  const p = Object.values(PERMISSIONS).find((x) => x.code === code)
  return p ? p.currentName : code
}
