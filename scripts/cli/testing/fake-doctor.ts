/**
 * The routes `doctor` needs from the fake DingTalk, kept apart from fake-dingtalk.ts and plugged
 * in through its `extraRoutes` option. Behaviour from DingTalk's pages (the addresses in
 * playground/logic/doctor/probes.ts) and its error table
 * (https://open.dingtalk.com/document/development/server-api-error-codes-1: 60011, 40056, 40035):
 *  - `GET /` answers anything (404) with a `Date` header, shifted by `clockOffsetMs`;
 *  - `POST /v1.0/oauth2/{corpId}/token` {client_id, client_secret, grant_type}: 200
 *    {access_token, expires_in} for the fake's own CorpId; 400 invalid.client for a wrong pair;
 *    for another CorpId the real answer is not documented (UNCONFIRMED): here 400
 *    {code:"invalidParameter.corpId"};
 *  - the read-only probes (/auth/scopes, /topapi/user/count, /topapi/v2/department/listsubid,
 *    /topapi/user/listsimple): errcode 0 when the permission code is granted, else 60011 wrapped in
 *    errcode 88 (sub_code), as public reports show it;
 *  - getsendprogress: 40056 for an AgentId that is not the app's, else 40035 (no such task);
 *  - `hang`: never answers anything (for the deadline test).
 * Test code only.
 */
import type { ServerResponse } from 'node:http'
import { PERMISSION_PROBES } from '../../../playground/logic/doctor/probes'

export interface FakeDoctorOptions {
  /** The organisation the fake's apps belong to. */
  corpId: string
  /** The AgentIds of the app. */
  agentIds: string[]
  /** Permission codes granted and published. */
  granted: string[]
  /** Added to the time in the `Date` header of `GET /`. */
  clockOffsetMs?: number
  /** Hold every request without answering. */
  hang?: boolean
}

export interface RouteContext {
  method: string
  path: string
  query: Record<string, string>
  raw: Buffer
  res: ServerResponse
  /** Whether the token came from one of the fake's token endpoints. */
  tokenIssued(token: string): boolean
  issueToken(): string
  apps: { appKey: string; appSecret: string }[]
}

/** Handles a request when it is one of doctor's; false to let the fake go on. */
export type ExtraRoute = (ctx: RouteContext) => boolean

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
  return true
}

function parse(raw: Buffer): Record<string, unknown> {
  try {
    return JSON.parse(raw.toString('utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

export function doctorRoutes(options: FakeDoctorOptions): ExtraRoute {
  return (ctx) => {
    if (options.hang) return true // the response is never written
    const { method, path, query, raw, res } = ctx
    if (method === 'GET' && path === '/') {
      const date = new Date(Date.now() + (options.clockOffsetMs ?? 0)).toUTCString()
      return json(res, 404, { code: 'NotFound', message: 'not found' }, { Date: date })
    }
    const corpToken = /^\/v1\.0\/oauth2\/([^/]+)\/token$/.exec(path)
    if (method === 'POST' && corpToken) {
      const body = parse(raw)
      const ok = ctx.apps.some((a) => a.appKey === body.client_id && a.appSecret === body.client_secret)
      if (!ok) return json(res, 400, { code: 'invalid.client', message: 'invalid.client' })
      if (decodeURIComponent(corpToken[1] ?? '') !== options.corpId)
        return json(res, 400, { code: 'invalidParameter.corpId', message: 'corpId不合法' })
      return json(res, 200, { access_token: ctx.issueToken(), expires_in: 7200 })
    }
    const probe = PERMISSION_PROBES.find((p) => p.path === path && p.method === method)
    const isProgress = method === 'POST' && path === '/topapi/message/corpconversation/getsendprogress'
    if (!probe && !isProgress) return false
    if (!ctx.tokenIssued(query.access_token ?? '')) return json(res, 200, { errcode: 40014, errmsg: '不合法的access_token' })
    if (isProgress) {
      const agent = String(parse(raw).agent_id ?? '')
      if (!options.agentIds.includes(agent)) return json(res, 200, { errcode: 40056, errmsg: '不合法的agentid' })
      return json(res, 200, { errcode: 40035, errmsg: '不合法的参数' })
    }
    if (!options.granted.includes(probe!.code))
      // The wrapped form public reports show for topapi (https://mabiji.com/dingtalk/errcode.html).
      return json(res, 200, {
        errcode: 88,
        sub_code: '60011',
        sub_msg: '没有调用该接口的权限',
        errmsg: 'ding talk error[subcode=60011,submsg=没有调用该接口的权限]',
        request_id: 'fake',
      })
    return json(res, 200, { errcode: 0, errmsg: 'ok', request_id: 'fake' })
  }
}
