/**
 * `doctor` (接入体检): proves, from the server that will call DingTalk, that the hand-over works,
 * in the order an admin fixes things (reach, clock, credentials, egress IP, CorpId/AgentId,
 * permissions, robot). Read-only unless --send-test. Each call has a time-out and the whole run a
 * deadline. Secrets, tokens and the webhook's access_token are registered with the redactor as
 * soon as they are read or received, and never put into a line on purpose.
 */
import { assessSkew } from '../../../../playground/logic/robot/clock/assess-skew'
import { measureOffset } from '../../../../playground/logic/robot/clock/measure-offset'
import { parseNeedsList } from '../../../../playground/logic/doctor/needs-line'
import { readProbeAnswer, type ProbeVerdict } from '../../../../playground/logic/doctor/probes'
import { UsageError } from '../../core/args'
import { NEW_API_ORIGIN, OLD_API_ORIGIN } from '../../core/endpoint'
import { DOCTOR_DEFAULT_DEADLINE_S, DOCTOR_DEFAULT_TIMEOUT_S, type DoctorValues } from './doctor.options'
import { fromAnswer, PAGE } from './doctor-answer'
import { agentIdCheck, corpIdCheck } from './doctor-identity'
import { checked, checkedValues, inputCheck, readInputs, seconds } from './doctor-input'
import { createDoctorNet, type NetAnswer, type NetFailure } from './doctor-net'
import { offlinePermissionChecks, permissionChecks } from './doctor-permissions'
import { type CheckResult, hasFailure, printChecks, printJson } from './doctor-report'
import { robotChecks } from './doctor-robot'
import { parseEndpoint } from '../../core/endpoint'
import { EXIT, type ExitCode } from '../../core/exit-codes'
import type { CliIo } from '../../core/io'
import { readNewApiAnswer, readOldApiAnswer, type TokenVerdict } from '../../core/token-answers'

export async function runDoctor(opts: DoctorValues, io: CliIo): Promise<ExitCode> {
  const started = io.now()
  const callMs = seconds(opts.timeout, DOCTOR_DEFAULT_TIMEOUT_S, 'timeout')
  const deadlineMs = seconds(opts.deadline, DOCTOR_DEFAULT_DEADLINE_S, 'deadline')
  if (opts.offline && opts['send-test']) throw new UsageError('--offline 和 --send-test 不能同时使用：--offline 不连接钉钉。')
  const root = opts.endpoint !== undefined ? parseEndpoint(opts.endpoint).href.replace(/\/+$/, '') : null
  const oapi = root ?? OLD_API_ORIGIN
  const api = root ?? NEW_API_ORIGIN
  const inputs = readInputs(opts, io)
  const net = createDoctorNet(io, callMs, io.now() + deadlineMs)
  const checks: CheckResult[] = []
  const add = (c: CheckResult) => void checks.push(c)

  // 0. What was read.
  const values = checkedValues(inputs)
  const { corpId, appKey, appSecret, agentId } = values
  const needs = parseNeedsList(inputs.needs)
  add(inputCheck(inputs, values, needs))
  const usable = (v: ReturnType<typeof checked>) => (v && !v.error ? v.value : null)
  const key = usable(appKey)
  const secret = usable(appSecret)

  if (opts.offline) {
    add({ id: 'network', status: 'skip', title: '连通、时钟、凭证、出口 IP、CorpId、AgentId：--offline，没有连接钉钉' })
    for (const c of offlinePermissionChecks(needs.needs)) add(c)
    await robotChecks(opts, inputs, net, root, io, add)
    return finish(opts, io, checks, true, io.now() - started)
  }

  // 1. Reaching DingTalk: any HTTP answer proves DNS, TLS and the proxy.
  const hosts = root ? [['reach', root]] : [['reach.oapi', oapi], ['reach.api', api]]
  const reached: NetAnswer[] = []
  const reachResults = await Promise.all(hosts.map(([, origin]) => net.request('GET', `${origin}/`)))
  hosts.forEach(([id, origin], k) => {
    const r = reachResults[k] as NetAnswer | NetFailure
    const host = new URL(origin as string).host
    const via = net.proxyFor(`${origin}/`)
    if (r.ok) {
      reached.push(r)
      add({ id: id as string, status: 'ok', title: `连通 ${host}${via ? `（经代理 ${via}）` : ''}` })
    } else
      add({
        id: id as string,
        status: 'fail',
        code: r.kind,
        title: r.message,
        fix:
          r.kind === 'dns'
            ? `服务器解析不了 ${host}：检查 /etc/resolv.conf 里的 DNS 服务器，或内网是否需要代理（设 HTTPS_PROXY）。`
            : r.kind === 'proxy'
              ? '代理拒绝了到钉钉的连接：请代理管理员放行 oapi.dingtalk.com 和 api.dingtalk.com 的 443 端口（HTTPS CONNECT），或检查 HTTPS_PROXY 的地址和账号。'
              : r.kind === 'tls'
                ? 'HTTPS 握手失败：检查服务器的系统时间和根证书，或中间是否有拦截 HTTPS 的设备。'
                : '检查服务器能否访问外网的 443 端口（防火墙、安全组），需要代理时设置 HTTPS_PROXY。',
        page: PAGE.network,
      })
  })
  const online = reached.length > 0
  const skipOffline = (id: string, what: string) => add({ id, status: 'skip', title: `${what}：连不上钉钉，跳过` })

  // 2. The clock, against the Date of DingTalk's answer.
  const sample = reached.find((r) => r.date !== null)
  const offset = sample ? measureOffset({ sentAt: sample.sentAt, receivedAt: sample.receivedAt, dateHeader: sample.date }) : null
  if (!online) skipOffline('clock', '时钟')
  else if (!offset) add({ id: 'clock', status: 'skip', title: '时钟：钉钉的回应没有 Date 时间，无法比较' })
  else {
    const skew = assessSkew(offset.offsetMs, offset.uncertaintyMs)
    const text = skew.offsetText.replace('设备时钟', '本机时钟').replace('服务器', '钉钉')
    add({
      id: 'clock',
      status: skew.level === 'ok' ? 'ok' : skew.level === 'warning' ? 'warn' : 'fail',
      title: `时钟：${text}`,
      fix:
        skew.level === 'error'
          ? '相差接近或超过 1 小时，钉钉会拒绝本机生成的机器人签名（invalid timestamp / 签名过期），回调也会过期。请开启时间同步（如 timedatectl set-ntp true 或 chrony）。'
          : skew.level === 'warning'
            ? '签名还能用，但可用时间变短。建议开启时间同步（如 timedatectl set-ntp true 或 chrony）。'
            : undefined,
      page: PAGE.clock,
    })
  }

  // 3. Credentials: a token from the new API and from gettoken.
  const verdicts: TokenVerdict[] = []
  const probeVerdicts: ProbeVerdict[] = []
  if (!key || !secret) {
    add({ id: 'token', status: 'skip', title: '凭证：缺少可用的 AppKey 或 AppSecret，跳过' })
  } else if (!online) skipOffline('token', '凭证')
  else {
    const [n, o] = await Promise.all([
      net.request('POST', `${api}/v1.0/oauth2/accessToken`, { appKey: key, appSecret: secret }),
      net.request('GET', `${oapi}/gettoken?appkey=${encodeURIComponent(key)}&appsecret=${encodeURIComponent(secret)}`),
    ])
    for (const [which, r, read, name] of [
      ['token.new', n, readNewApiAnswer, '新版接口 /v1.0/oauth2/accessToken'],
      ['token.old', o, readOldApiAnswer, '旧版接口 gettoken'],
    ] as const) {
      if (!r.ok) {
        add({ id: which, status: 'fail', code: r.kind, title: `${name}：${r.message}`, page: PAGE.network })
        continue
      }
      const v = read({ status: r.status, text: '', json: r.json })
      if (v.kind === 'valid') io.protect(v.token)
      verdicts.push(v)
      if (v.kind === 'valid') add({ id: which, status: 'ok', title: `${name}：AppKey 和 AppSecret 有效，拿到了 access_token（不显示）` })
      else if (v.kind === 'invalid')
        add(
          await fromAnswer(which, `${name}：AppSecret 与这个 AppKey 不是一对（密钥错了，不是 token 失效）`, v.body, {
            fix: '到开发者后台 → 该应用 → 凭证与基础信息，重新复制这个应用的 Client Secret（AppSecret）；常见原因是复制了另一个应用的。',
            page: '/troubleshooting#err-40089',
          }),
        )
      else if (v.kind === 'refused' && readProbeAnswer(200, v.body).kind === 'ipRefused')
        add({ id: which, status: 'skip', title: `${name}：钉钉先拒绝了本机的出口 IP，凭证无法判断（见“出口 IP”）` })
      else if (v.kind === 'refused') add(await fromAnswer(which, `${name}：钉钉拒绝了请求（HTTP ${v.status}）`, v.body))
      else add({ id: which, status: 'fail', title: `${name}：没有得到可以识别的答复（${v.detail}）`, page: PAGE.network })
      if (v.kind === 'refused') probeVerdicts.push(readProbeAnswer(200, v.body))
    }
  }
  const token = verdicts.find((v): v is Extract<TokenVerdict, { kind: 'valid' }> => v.kind === 'valid')?.token ?? null

  // 5 and 6 run before 4 is written, since every call with the token may meet the IP check.
  const later: CheckResult[] = []
  const addLater = (c: CheckResult) => void later.push(c)

  // 5. CorpId and AgentId.
  const ask = { net, api, oapi, io, token, verdicts: probeVerdicts }
  addLater(await corpIdCheck(ask, corpId, key, secret))
  addLater(await agentIdCheck(ask, agentId))

  // 6. Permissions, each by a read-only call that needs it.
  for (const c of await permissionChecks(needs.needs, token, oapi, net, probeVerdicts, !online ? '连不上钉钉' : !key || !secret ? '缺少可用的 AppKey 或 AppSecret' : '凭证没有通过')) addLater(c)

  // 4. The egress IP, from every answer above.
  // The refusal that names the IP DingTalk saw (gettoken's 60020 does; the new API's 403 does not).
  const refusals = probeVerdicts.filter((v): v is Extract<ProbeVerdict, { kind: 'ipRefused' }> => v.kind === 'ipRefused')
  const refused = refusals.find((v) => v.ip !== null) ?? refusals[0]
  if (refused) {
    add(
      await fromAnswer('ip', `出口 IP：钉钉拒绝了本机的出口 IP${refused.ip ? ` ${refused.ip}（钉钉看到的 IP）` : '（钉钉没有说它看到的 IP）'}`, refused.body, {
        fix: `开发者后台 → 该应用 → 开发配置 → 安全设置 → 服务器出口IP，加入 ${refused.ip ?? '本机的公网出口 IP'}，保存后再运行体检。`,
        page: PAGE.ip,
      }),
    )
  } else if (token) add({ id: 'ip', status: 'ok', title: '出口 IP：钉钉接受了本机的请求' })
  else add({ id: 'ip', status: 'skip', title: `出口 IP：${online ? '没有拿到 access_token，' : '连不上钉钉，'}无法判断，跳过` })
  checks.push(...later)

  // 7. The robot.
  await robotChecks(opts, inputs, net, root, io, add)
  return finish(opts, io, checks, !opts['send-test'], io.now() - started)
}

function finish(opts: DoctorValues, io: CliIo, checks: CheckResult[], readOnly: boolean, elapsedMs: number): ExitCode {
  if (opts.json) printJson(io, checks, readOnly, elapsedMs)
  else printChecks(io, checks, `钉钉接入体检${readOnly ? '（只读：不发消息，不改钉钉里的任何设置）' : '（会发一条测试消息）'}`)
  return hasFailure(checks) ? EXIT.failed : EXIT.ok
}
