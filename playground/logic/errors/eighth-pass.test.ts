/**
 * Issue 21, eighth pass: the forms its three build misses taught, checked over INVENTED pastes (made-up
 * accounts, times and numbers around the real wordings), never over the real answers themselves.
 * - A client's Stream connection attempt answered by a bare status (a channel's connection manager logs
 *   “Connection attempt N failed: <reason>” around the SDK's connect:
 *   https://github.com/soimy/openclaw-channel-dingtalk/blob/0a55d287fb2dbd3ffc4ccd32d1037322d34c8065/src/connection-manager.ts).
 * - A client that timed out connecting to DingTalk Stream (https://github.com/QwenLM/qwen-code/pull/6715).
 * - The robot's older “message param X is null” naming two fields with `or` (https://github.com/grafana/grafana/pull/13755).
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { statusRuleId } from './http-status'
import { officialTable } from './official-shards'

const read = (text: string) => diagnose(text, officialTable)

describe('a Stream connection attempt answered by a bare status', () => {
  it.each([
    ['[dingtalk] [acct-a] Connection attempt 3 failed: Request failed with status code 400', 'stream.connectionLost'],
    ['09:12:01 [dingtalk] [default] Connection attempt 2/10...\n09:12:02 [dingtalk] [default] Connection attempt 2 failed: Request failed with status code 503', 'stream.connectionLost'],
    ['钉钉通道启动失败 [dingtalk] Connection attempt 1 failed: Request failed with status code 403', 'stream.connectionLost'],
    ['[dingtalk] [team-b] Connection attempt 5 failed: Request failed with status code 401', 'stream.authFailed'],
  ])('%s → %s', async (text, id) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe(id)
  })

  it('leaves a more specific reason to its own entry', async () => {
    expect((await read('[dingtalk] [default] Connection attempt 1 failed: getaddrinfo ENOTFOUND api.dingtalk.com')).id).toBe('net.dns')
    expect((await read('[dingtalk] Connection attempt 4 failed: {"code":"authFailed","message":"鉴权失败"}')).id).toBe('stream.authFailed')
  })

  it('is a Stream reading only when the paste names DingTalk and no address', () => {
    expect(statusRuleId(400, null, false, true, true)).toBe('stream.connectionLost')
    expect(statusRuleId(502, null, false, true, true)).toBe('stream.connectionLost')
    expect(statusRuleId(400, null, false, false, true)).toBeNull()
    expect(statusRuleId(400, null, false, true, false)).toBe('http.400.api')
    expect(statusRuleId(400, 'https://api.dingtalk.com/v1.0/robot/oToMessages/batchSend', false, false, true)).toBe('http.400.robotSend')
  })

  it('says nothing of another service’s connection attempts', async () => {
    expect((await read('redis: Connection attempt 3 failed: Request failed with status code 400')).id).not.toBe('stream.connectionLost')
  })
})

describe('a client that timed out connecting to DingTalk Stream', () => {
  it.each([
    'Timed out connecting to DingTalk Stream.',
    '[channel:ding-ops] error: timeout connecting to DingTalk Stream after 10000 ms',
    'Error: failed while connecting to DingTalk Stream (attempt 2)',
  ])('%s', async (text) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe('stream.connectionLost')
  })
})

describe('the robot’s “message param … is null” naming two fields', () => {
  it.each([
    ["{'errmsg': 'message param title or text is null ', 'errcode': 300001}", 300001],
    ['{"errcode":300001,"errmsg":"message param markdown or text is empty"}', 300001],
  ])('%s', async (text, code) => {
    const d = await read(text)
    expect(d.id).toBe('robot.4004xx')
    expect(d.errcode).toBe(code)
  })

  it('keeps 300001’s other meanings', async () => {
    expect((await read('{"errcode":300001,"errmsg":"session 不存在"}')).id).toBe('robot.session')
    expect((await read('{"errcode":300001,"errmsg":"token is not exist"}')).id).toBe('robot.300001')
  })
})
