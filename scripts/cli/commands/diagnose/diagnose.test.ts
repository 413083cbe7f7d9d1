import { describe, expect, it, vi } from 'vitest'
import { runCli } from '../../testing/run-cli'
import { runInProcess } from '../../testing/run-in-process'

// Process cases start the real CLI (about a second each).
vi.setConfig({ testTimeout: 60_000 })

const KEYS = ['matched', 'errcode', 'source', 'title', 'cause', 'fix', 'officialDescription', 'docUrl', 'id', 'anchor', 'related']

describe('dingtalk diagnose', () => {
  it('reads --text and prints the cause and fix on stdout, exit 0', async () => {
    const r = await runCli(['diagnose', '--text', '{"errcode":310000,"errmsg":"sign not match, more: [x]"}'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('签名不匹配（errcode 310000）')
    expect(r.stdout).toContain('原因：')
    expect(r.stdout).toContain('怎么办：')
    expect(r.stdout).toContain('#err-310000-sign')
  })

  it('reads a pasted log from stdin, and --json prints one line with the documented keys', async () => {
    const log = '2019-02-13 ERROR 同步失败: "https://oapi.dingtalk.com/user/list got error: {\\"errmsg\\":\\"您的服务器调用钉钉开放平台当前接口的所有请求都被暂时禁用了\\",\\"errcode\\":90002}"\n'
    const r = await runCli(['diagnose', '--json'], { input: log })
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const d = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(Object.keys(d)).toEqual(KEYS)
    expect(d).toMatchObject({ matched: true, errcode: 90002, source: 'app', id: 'app.90002' })
  })

  it('answers a code only DingTalk’s table lists with DingTalk’s explanation and page', async () => {
    const r = await runInProcess(['diagnose', '--json', '--text', '{"errcode":33012,"errmsg":"无效的USERID"}'])
    expect(r.code).toBe(0)
    const d = JSON.parse(r.stdout) as Record<string, unknown>
    expect(d).toMatchObject({ matched: true, errcode: 33012, id: 'official:33012' })
    expect(d.officialDescription).toContain('userid')
    expect(d.docUrl).toBe('https://open.dingtalk.com/document/development/server-api-error-codes-1')
  })

  it('finds the code of DingTalk’s standard message pasted without one, and reads a bare status by its address', async () => {
    const byMessage = JSON.parse((await runInProcess(['diagnose', '--json', '--text', '回调报错：返回文本非success'])).stdout) as Record<string, unknown>
    expect(byMessage).toMatchObject({ matched: true, errcode: 71009, id: 'callback.71009' })
    const official = JSON.parse((await runInProcess(['diagnose', '--json', '--text', '报错：不合法的请求格式'])).stdout) as Record<string, unknown>
    expect(official).toMatchObject({ matched: true, errcode: 40038, id: 'official:40038' })
    const status = await runInProcess(['diagnose', '--text', 'Request failed with status code 403 (POST https://api.dingtalk.com/v1.0/contact/users/search)'])
    expect(status.code).toBe(0)
    expect(status.stdout).toContain('HTTP 403')
    expect(status.stdout).toContain('未确认')
  })

  it('exits 1 when it does not recognise the answer, or when there is nothing', async () => {
    const unknown = await runInProcess(['diagnose', '--text', '完全无关的文字'])
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toContain('没有找到错误码')
    const empty = await runInProcess(['diagnose'], { input: '' })
    expect(empty.code).toBe(1)
  })

  it('for a paste it does not recognise, names the 故障排查 sections its words are near, as suggestions (exit 1)', async () => {
    const text = '钉钉事件订阅保存时报错，加密 aes_key 长度不对'
    const r = await runInProcess(['diagnose', '--text', text])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('没有找到错误码')
    expect(r.stdout).toContain('不是诊断结果')
    expect(r.stdout).toMatch(/· 回调消息加解密失败（aes_key 或运行环境）（#err-callback-stream）/)
    const d = JSON.parse((await runInProcess(['diagnose', '--json', '--text', text])).stdout) as { matched: boolean; related: { id: string; anchor: string }[] }
    expect(d.matched).toBe(false)
    expect(d.related.map((x) => x.id)).toContain('callback.decrypt')
    const known = JSON.parse((await runInProcess(['diagnose', '--json', '--text', '{"errcode":310000,"errmsg":"sign not match"}'])).stdout) as { related: unknown[] }
    expect(known.related).toEqual([])
  })

  it('never echoes an access token found in the paste', async () => {
    const token = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9'
    const r = await runInProcess(['diagnose', '--text', `POST https://oapi.dingtalk.com/robot/send?access_token=${token} → {"errcode":300001,"errmsg":"token is not exist access_token=${token}"}`])
    expect(r.code).toBe(0)
    expect(r.all).not.toContain(token)
  })

  it('is wrong usage (exit 2) with an unknown option', async () => {
    const r = await runInProcess(['diagnose', '--txt', 'x'])
    expect(r.code).toBe(2)
  })
})
