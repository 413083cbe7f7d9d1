/**
 * Issue 21, thirteenth pass: the form its one build miss taught, checked over INVENTED pastes (made-up
 * wording and paths), never over the real answers.
 *
 * DingTalk's messages for a wrong field read 不合法的<field> (40056 不合法的agentid, 40014 不合法的access_token,
 * 40003 不合法的UserID, invalideChatId 不合法的chatId: https://open.dingtalk.com/document/development/server-api-error-codes-1),
 * and people retell them field first (“agentId 不合法”), the order DingTalk's table itself uses for others
 * (suitekey不合法, ip不合法). A field named before 不合法 is also read in DingTalk's order; the retelling is kept,
 * so an entry for it (corpId 不合法: the JS-API's) still reads it.
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'

const read = (text: string) => diagnose(text, officialTable)

describe('a field named before 不合法, read in DingTalk’s order', () => {
  it.each([
    ['发送工作通知失败：agentid不合法', 'app.40056', 40056],
    ['调用 corpconversation/asyncsend_v2 返回 AgentId 不合法，换了应用也一样', 'app.40056', 40056],
    ['日志：send work notice error, agent_id 不合法', 'app.40056', 40056],
    ['调用 /topapi/v2/user/get 一直提示 access_token不合法', 'app.40014', 40014],
    ['钉钉接口报错 accessToken 不合法', 'app.40014', 40014],
    // Full-width letters, as an input method types them.
    ['钉钉返回：ａｇｅｎｔｉｄ不合法', 'app.40056', 40056],
  ])('%s', async (text, id, errcode) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe(id)
    expect(d.errcode).toBe(errcode)
  })

  it('finds the code of DingTalk’s table when no entry has the message', async () => {
    const d = await read('获取用户详情报错：UserID 不合法')
    expect(d.matched).toBe(true)
    expect(d.errcode).toBe(40003)
    const chat = await read('发群消息时钉钉说 chatId不合法')
    expect(chat.errcode).toBe('invalideChatId')
  })

  it('keeps what the other order and the retold words already read', async () => {
    expect((await read('{"errcode":40056,"errmsg":"不合法的agentid"}')).id).toBe('app.40056')
    expect((await read('钉钉返回 corpid不合法')).id).toBe('jsapi.corpId')
    expect((await read('钉钉接口报错 ip不合法')).id).toBe('app.illegalIp')
    expect((await read('参数不合法')).id).toBe('app.40035')
    // A code in the paste decides; the retold words beside it do not take it over.
    expect((await read('{"errcode":60020,"errmsg":"访问ip不在白名单之中"} 同事说是 agentid 不合法')).id).toBe('app.60020')
  })

  it('does not cut a longer word to a field', async () => {
    // 30 letters and more before 不合法 are not a field DingTalk names; nothing is read from them.
    const d = await read(`钉钉 ${'x'.repeat(40)}agentid不合法`)
    expect(d.id).not.toBe('app.40056')
  })

  it('stays linear on a long paste', async () => {
    const text = `${'abcdefghij '.repeat(9_000)}${'agentid 不合法 '.repeat(5_000)}`
    const started = performance.now()
    await read(text)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
