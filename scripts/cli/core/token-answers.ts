/**
 * What DingTalk's two token endpoints answered, read into one verdict
 * (https://open.dingtalk.com/document/development/obtain-the-access-token-of-an-internal-app,
 * https://open.dingtalk.com/document/development/obtain-orgapp-token):
 *  - new API  POST /v1.0/oauth2/accessToken: 200 {accessToken, expireIn} or an HTTP error with
 *    {code, message}, e.g. 400 invalidClientIdOrSecret;
 *  - old API  GET /gettoken: always 200, {errcode:0, access_token, expires_in} or e.g. errcode 40089.
 * Matched on `code` / `errcode`, never on the wording of the message.
 */
import { asRecord, type HttpAnswer } from './http'

export type TokenApi = 'new' | 'old'

export type TokenVerdict =
  /** The pair works: DingTalk handed out a token (kept only to be redacted, never shown). */
  | { kind: 'valid'; api: TokenApi; token: string; expiresIn: number | null }
  /** DingTalk says this AppKey/AppSecret pair is wrong. */
  | { kind: 'invalid'; api: TokenApi; body: Record<string, unknown> }
  /** DingTalk refused for another reason (IP whitelist, rate limit…): validity unknown. */
  | { kind: 'refused'; api: TokenApi; status: number; body: Record<string, unknown> }
  /** No usable answer (down, not JSON, unexpected): try the other endpoint. */
  | { kind: 'unclear'; api: TokenApi; status: number; detail: string }

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

function unclear(api: TokenApi, answer: HttpAnswer): TokenVerdict {
  const detail = answer.json === undefined ? `HTTP ${answer.status}，回应不是 JSON` : `HTTP ${answer.status}，回应无法识别`
  return { kind: 'unclear', api, status: answer.status, detail }
}

export function readNewApiAnswer(answer: HttpAnswer): TokenVerdict {
  const body = asRecord(answer.json)
  if (!body) return unclear('new', answer)
  if (answer.status === 200 && typeof body.accessToken === 'string' && body.accessToken !== '')
    return { kind: 'valid', api: 'new', token: body.accessToken, expiresIn: num(body.expireIn) }
  if (body.code === 'invalidClientIdOrSecret') return { kind: 'invalid', api: 'new', body }
  if (typeof body.code === 'string' && answer.status >= 400 && answer.status < 500)
    return { kind: 'refused', api: 'new', status: answer.status, body }
  return unclear('new', answer)
}

export function readOldApiAnswer(answer: HttpAnswer): TokenVerdict {
  const body = asRecord(answer.json)
  if (!body || answer.status !== 200) return unclear('old', answer)
  if (body.errcode === 0 && typeof body.access_token === 'string' && body.access_token !== '')
    return { kind: 'valid', api: 'old', token: body.access_token, expiresIn: num(body.expires_in) }
  if (body.errcode === 40089) return { kind: 'invalid', api: 'old', body }
  if (typeof body.errcode === 'number' && body.errcode !== 0) return { kind: 'refused', api: 'old', status: answer.status, body }
  return unclear('old', answer)
}

/** A definitive answer about the pair (no need to ask the other endpoint). */
export const isDefinitive = (v: TokenVerdict): boolean => v.kind === 'valid' || v.kind === 'invalid'
