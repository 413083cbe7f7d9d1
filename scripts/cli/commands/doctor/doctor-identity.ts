/**
 * `doctor` step 5: do the CorpId and the AgentId belong to this app? Which calls can tell, and how
 * far, is IDENTITY_PROBES in playground/logic/doctor/probes.ts: a token for the CorpId proves it;
 * for the AgentId only DingTalk's 40056 is certain, anything else is said to prove nothing.
 */
import { IDENTITY_PROBES, readProbeAnswer, type ProbeVerdict } from '../../../../playground/logic/doctor/probes'
import { bodyOf, fromAnswer } from './doctor-answer'
import type { Checked } from './doctor-input'
import type { DoctorNet } from './doctor-net'
import type { CheckResult } from './doctor-report'
import type { CliIo } from '../../core/io'

export interface Asking {
  net: DoctorNet
  api: string
  oapi: string
  io: CliIo
  /** The app's access_token, when step 3 got one. */
  token: string | null
  /** Answers that tell about the egress IP go here (step 4 reads them). */
  verdicts: ProbeVerdict[]
}

export async function corpIdCheck(
  { net, api, io, token, verdicts }: Asking,
  corpId: Checked | null,
  key: string | null,
  secret: string | null,
): Promise<CheckResult> {
  if (!corpId || corpId.error || !key || !secret)
    return { id: 'corpId', status: 'skip', title: `CorpId：${!corpId ? '没有给出' : corpId.error ? '格式有误' : '缺少 AppKey / AppSecret'}，跳过` }
  if (!token) return { id: 'corpId', status: 'skip', title: 'CorpId：凭证没有通过，无法验证，跳过' }
  const r = await net.request('POST', `${api}${IDENTITY_PROBES.corpId.path.replace('{corpId}', encodeURIComponent(corpId.value))}`, {
    client_id: key,
    client_secret: secret,
    grant_type: 'client_credentials',
  })
  if (!r.ok) return { id: 'corpId', status: 'warn', code: r.kind, title: `CorpId：${r.message}无法验证` }
  const body = bodyOf(r.json)
  if (r.status === 200 && typeof body?.access_token === 'string') {
    io.protect(body.access_token)
    return { id: 'corpId', status: 'ok', title: `CorpId ${corpId.value}：钉钉为这个组织发放了这个应用的 access_token（不显示），CorpId 属于这个应用的组织` }
  }
  const verdict = readProbeAnswer(r.status, body)
  if (verdict.kind === 'ipRefused') {
    verdicts.push(verdict)
    return { id: 'corpId', status: 'skip', title: 'CorpId：钉钉先拒绝了本机的出口 IP，无法验证（见“出口 IP”）' }
  }
  if (body && r.status >= 400 && r.status < 500)
    return fromAnswer('corpId', `CorpId ${corpId.value}：同一对 AppKey / AppSecret 换得到 access_token，带上这个 CorpId 却被拒绝（HTTP ${r.status}）`, body, {
      before: ['钉钉文档没有写明 CorpId 不属于这个组织时的答复（未确认）；这里只比较了两次请求，唯一的不同是 CorpId。'],
      fix: '到开发者后台首页（或管理后台 → 设置）复制本企业的 CorpId，确认这个应用就是在这个企业里创建的。',
      page: '/app/credentials',
    })
  return { id: 'corpId', status: 'warn', title: `CorpId：钉钉的答复无法识别（HTTP ${r.status}），没有结论` }
}

export async function agentIdCheck({ net, oapi, token, verdicts }: Asking, agentId: Checked | null): Promise<CheckResult> {
  if (!agentId || agentId.error) return { id: 'agentId', status: 'skip', title: `AgentId：${!agentId ? '没有给出' : '格式有误'}，跳过` }
  if (!token) return { id: 'agentId', status: 'skip', title: 'AgentId：凭证没有通过，无法验证，跳过' }
  const r = await net.request(
    'POST',
    `${oapi}${IDENTITY_PROBES.agentId.path}?access_token=${encodeURIComponent(token)}`,
    IDENTITY_PROBES.agentId.body(agentId.value),
  )
  if (!r.ok) return { id: 'agentId', status: 'warn', code: r.kind, title: `AgentId：${r.message}无法验证` }
  const body = bodyOf(r.json)
  if (body?.errcode === 40056)
    return fromAnswer('agentId', `AgentId ${agentId.value}：钉钉说它不是这个应用的（不合法的agentid）`, body, {
      fix: '到开发者后台 → 该应用 → 凭证与基础信息，复制网页应用的 AgentId（小程序的 AgentId 是另一个数）。',
      page: '/troubleshooting#err-40056',
    })
  const verdict = readProbeAnswer(r.status, body)
  if (verdict.kind === 'ipRefused') {
    verdicts.push(verdict)
    return { id: 'agentId', status: 'skip', title: 'AgentId：钉钉先拒绝了本机的出口 IP，无法验证（见“出口 IP”）' }
  }
  // 40035 names "task_id or agent_id": it proves nothing about the AgentId, and the line says so.
  return {
    id: 'agentId',
    status: 'skip',
    title: `AgentId ${agentId.value}：钉钉没有只读接口能证实它属于这个应用；查询工作通知进度时，钉钉没有说它不合法`,
    code: typeof body?.errcode === 'number' ? body.errcode : null,
  }
}
