import { describe, expect, it } from 'vitest'
import { readRobotAnswer } from './robot-answer'
import { isDefinitive, readNewApiAnswer, readOldApiAnswer } from './token-answers'

const answer = (status: number, body: unknown) => ({
  status,
  text: typeof body === 'string' ? body : JSON.stringify(body),
  json: typeof body === 'string' ? undefined : body,
})

describe('readRobotAnswer', () => {
  it('success is errcode 0 with HTTP 200; a non-zero errcode with HTTP 200 is a refusal', () => {
    expect(readRobotAnswer(answer(200, { errcode: 0, errmsg: 'ok' }))).toEqual({ kind: 'sent' })
    expect(readRobotAnswer(answer(200, { errcode: 310000, errmsg: 'sign not match' }))).toMatchObject({ kind: 'refused' })
  })
  it('a non-JSON or errcode-less answer is unclear, whatever the status', () => {
    expect(readRobotAnswer(answer(200, '<html>'))).toMatchObject({ kind: 'unclear' })
    expect(readRobotAnswer(answer(200, { ok: true }))).toMatchObject({ kind: 'unclear' })
    expect(readRobotAnswer(answer(502, 'Bad Gateway')).kind).toBe('unclear')
  })
})

describe('token answers', () => {
  it('new API: token, invalidClientIdOrSecret, other refusals, and garbage', () => {
    expect(readNewApiAnswer(answer(200, { accessToken: 'abc', expireIn: 7200 }))).toEqual({
      kind: 'valid',
      api: 'new',
      token: 'abc',
      expiresIn: 7200,
    })
    const invalid = readNewApiAnswer(answer(400, { code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' }))
    expect(invalid.kind).toBe('invalid')
    expect(isDefinitive(invalid)).toBe(true)
    const ip = readNewApiAnswer(answer(403, { code: 'Forbidden.AccessDenied.IpNotInWhiteList', message: 'x' }))
    expect(ip.kind).toBe('refused')
    expect(isDefinitive(ip)).toBe(false)
    expect(readNewApiAnswer(answer(503, '<html>')).kind).toBe('unclear')
    expect(readNewApiAnswer(answer(200, { accessToken: '' })).kind).toBe('unclear')
  })

  it('old API: errcode 0, 40089 (by code, not wording), others', () => {
    expect(readOldApiAnswer(answer(200, { errcode: 0, access_token: 't', expires_in: 7200, errmsg: 'ok' }))).toMatchObject({
      kind: 'valid',
      api: 'old',
      expiresIn: 7200,
    })
    expect(readOldApiAnswer(answer(200, { errcode: 40089, errmsg: 'whatever wording' })).kind).toBe('invalid')
    expect(readOldApiAnswer(answer(200, { errcode: 60020, errmsg: '访问ip不在白名单之中' })).kind).toBe('refused')
    expect(readOldApiAnswer(answer(502, '<html>')).kind).toBe('unclear')
  })
})
