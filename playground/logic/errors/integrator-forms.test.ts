/**
 * DingTalk's answers as the programs that talk to DingTalk for the admin print them (issue 21;
 * testdata/integrator-forms.ts, each form cited at a commit): chat-bot frameworks' Stream channels and
 * alerting tools' robot senders. A form that prints DingTalk's answer keeps the plain answer's entry and code;
 * a form that hides the body is read by its status where the program's source shows which call it was; the
 * program's own words without a DingTalk failure stay unmatched (or keep the one answer they name). All values
 * INVENTED.
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'
import { INTEGRATOR_FORMS, NEW_ANSWERS, OLD_ANSWERS, ROBOT_ANSWERS, newBody, oldBody } from './testdata/integrator-forms'

const read = (text: string) => diagnose(text, officialTable)
const forms = (kind: string) => INTEGRATOR_FORMS.filter((f) => f.kind === kind).map((f) => [f.program, f] as const)

describe('DingTalk’s answers wrapped in an integrating program’s words', () => {
  it.each(INTEGRATOR_FORMS.map((f) => [f.program, f] as const))('%s: cited at a commit', (_, f) => {
    expect(f.source).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\//)
  })

  it.each(forms('new'))('%s: a new-API answer keeps its entry and code', async (_, f) => {
    for (const { a, status } of NEW_ANSWERS) {
      const plain = await read(newBody(a))
      expect(plain.matched).toBe(true)
      const text = f.render(a, status)
      expect(await read(text), text).toMatchObject({ id: plain.id, errcode: plain.errcode })
    }
  })

  it.each(forms('old'))('%s: an old-API answer keeps its entry and code', async (_, f) => {
    for (const a of OLD_ANSWERS) {
      const plain = await read(oldBody(a))
      const text = f.render(a, 200)
      expect(await read(text), text).toMatchObject({ id: plain.id, errcode: plain.errcode })
    }
  })

  it.each(forms('robot'))('%s: a custom robot’s answer keeps its entry', async (_, f) => {
    for (const a of ROBOT_ANSWERS) {
      const plain = await read(`POST https://oapi.dingtalk.com/robot/send?access_token=0000aaaa\n${oldBody(a)}`)
      expect(plain.id.startsWith('robot.')).toBe(true)
      const text = f.render(a, 200)
      expect((await read(text)).id, text).toBe(plain.id)
    }
  })

  it.each(forms('status'))('%s: the body hidden, read by the call the program made', async (_, f) => {
    for (const [status, id] of Object.entries(f.expect as Record<number, string>)) {
      const text = f.render({ code: 0, message: null }, Number(status))
      const d = await read(text)
      expect(d, text).toMatchObject({ matched: true, id })
      expect(d.title.length).toBeGreaterThan(4)
    }
  })

  it.each(forms('own'))('%s: the program’s own words keep their one answer', async (_, f) => {
    const text = f.render({ code: 0, message: null }, 0)
    const d = await read(text)
    expect(d.id, `${text}\n(${f.why ?? ''})`).toBe(f.expect)
    if (f.expect === 'unknown') expect(d.matched).toBe(false)
  })
})

describe('the words these rules read, elsewhere', () => {
  it('a connection attempt’s words without DingTalk named give no DingTalk entry', async () => {
    for (const t of ['[worker] Reconnection failed: Request failed with status code 400', '数据库重连失败：Request failed with status code 503']) {
      expect((await read(t)).matched, t).toBe(false)
    }
  })

  it('a code=0 with nothing failing beside it is still DingTalk’s success', async () => {
    for (const t of ['dingtalk_sender: result=succ url=https://oapi.dingtalk.com/robot/send code=0 error=<nil>', '{"code":0,"message":"ok"} error=']) {
      expect((await read(t)).id, t).toBe('success')
    }
  })

  it('a code=0 beside a failure that is DingTalk’s own errcode keeps that errcode', async () => {
    const t = 'dingtalk_sender: result=fail code=0 error=robot send failed response={"errcode":310000,"errmsg":"keywords not in content"}'
    expect((await read(t)).id).toBe('robot.310000.keywords')
  })

  it('a bare 400 on another api.dingtalk.com endpoint keeps the plain 400', async () => {
    const t = "DingTalk send failed: Client error '400 Bad Request' for url 'https://api.dingtalk.com/v1.0/contact/users/me'"
    expect((await read(t)).id).toBe('http.400.api')
  })
})
