/**
 * `doctor` step 7: the group robot. Offline: the Webhook's and the secret's shape (the site's
 * validators) and a signature made with the secret. With --send-test only: one short text message
 * carrying a `msgUuid`, never retried; when no answer comes, it says the message may have gone.
 */
import { signAt, signingTarget } from '../../../../playground/logic/robot/sign/signed-url'
import { bodyOf, fromAnswer, PAGE } from './doctor-answer'
import type { DoctorValues } from './doctor.options'
import { checked, type Inputs } from './doctor-input'
import type { DoctorNet } from './doctor-net'
import type { CheckResult } from './doctor-report'
import type { CliIo } from '../../core/io'
import { newMsgUuid } from '../../core/new-msg-uuid'

export async function robotChecks(
  opts: DoctorValues,
  inputs: Inputs,
  net: DoctorNet,
  root: string | null,
  io: CliIo,
  add: (c: CheckResult) => void,
): Promise<void> {
  if (inputs.webhook === undefined) {
    add({ id: 'robot', status: 'skip', title: `机器人：没有给出 Webhook（DINGTALK_ROBOT_WEBHOOK），跳过${opts['send-test'] ? '，也没有发测试消息' : ''}` })
    return
  }
  const hook = checked('robotWebhook', inputs.webhook)
  const sec = inputs.robotSecret !== undefined ? checked('robotSecret', inputs.robotSecret) : null
  // The keyword by the same rule as the 自定义关键词 field (e.g. not more than 10, none empty).
  const keyword = opts.keyword !== undefined ? checked('robotKeywords', opts.keyword) : null
  const errors = [hook?.error, sec?.error, keyword?.error && `关键词：${keyword.error}`].filter((e): e is string => Boolean(e))
  const target = sec && !sec.error && hook && !hook.error ? signingTarget(hook.value, sec.value).target : null
  if (errors.length) {
    add({ id: 'robot.offline', status: 'fail', title: '机器人：Webhook、加签密钥或关键词的格式有误', details: errors, page: PAGE.robot })
  } else {
    const kw = opts.keyword?.trim()
    add({
      id: 'robot.offline',
      status: 'ok',
      title:
        `机器人：Webhook 格式正确（access_token 不显示）` +
        (sec ? '，加签密钥格式正确，签名已生成' : '，没有加签密钥（机器人若开启了加签，会被拒绝）') +
        (kw ? `，测试消息会带上关键词“${kw}”` : '；若机器人设置了自定义关键词，测试消息要带上它（--keyword）'),
    })
  }
  if (!opts['send-test']) {
    add({ id: 'robot.send', status: 'skip', title: '机器人测试消息：没有发送（只读；加 --send-test 才发一条）' })
    return
  }
  if (errors.length || !hook) {
    add({ id: 'robot.send', status: 'skip', title: '机器人测试消息：格式有误，没有发送' })
    return
  }
  let url = target ? signAt(target, io.now()).url : hook.value
  if (root) url = `${root}${url.slice(new URL(url).origin.length)}`
  const msgUuid = newMsgUuid()
  const kw = opts.keyword?.trim()
  const body = { msgtype: 'text', text: { content: `钉钉接入体检：测试消息${kw ? `（${kw}）` : ''}，收到说明机器人可用。` }, msgUuid }
  const r = await net.request('POST', url, body)
  const answer = r.ok ? bodyOf(r.json) : null
  if (!r.ok)
    add({
      id: 'robot.send',
      status: 'warn',
      code: r.kind,
      title: `机器人测试消息：不确定是否已发出（${r.message}）`,
      fix: `先看群里有没有收到（msgUuid ${msgUuid}），没收到再重新运行；体检不会自动重发。`,
    })
  else if (answer?.errcode === 0) add({ id: 'robot.send', status: 'ok', title: `机器人测试消息：已发出（msgUuid ${msgUuid}），请到群里确认` })
  else if (answer) add(await fromAnswer('robot.send', '机器人测试消息：钉钉拒绝了', answer))
  else add({ id: 'robot.send', status: 'warn', title: `机器人测试消息：钉钉的答复无法识别（HTTP ${r.status}），不确定是否已发出（msgUuid ${msgUuid}）` })
}
