/**
 * `doctor` (接入体检): proves, from the server that will call DingTalk, that the hand-over works,
 * in the order an admin fixes things (reach, clock, credentials, egress IP, CorpId/AgentId,
 * permissions, robot). Read-only unless --send-test. Each call has a time-out and the whole run a
 * deadline. Secrets, tokens and the webhook's access_token are registered with the redactor as
 * soon as they are read or received, and never put into a line on purpose.
 */
import { randomUUID } from 'node:crypto'
import { assessSkew } from '../../playground/logic/clock/assess-skew'
import { measureOffset } from '../../playground/logic/clock/measure-offset'
import { ENV_NAMES } from '../../playground/logic/credentials/handover'
import { NEEDS_ENV, parseNeedsList } from '../../playground/logic/doctor/needs-line'
import { IDENTITY_PROBES, NOT_PROBED, probeFor, readProbeAnswer, type PermissionProbe, type ProbeVerdict } from '../../playground/logic/doctor/probes'
import { diagnoseWithOfficial } from '../../playground/logic/errors/catalog'
import { type FieldName, validateField } from '../../playground/logic/fields'
import { PERMISSIONS } from '../../playground/logic/permissions/catalog'
import { planPermissions } from '../../playground/logic/permissions/plan'
import { signWebhook } from '../../playground/logic/robot/signed-url'
import { parseWebhook } from '../../playground/logic/robot/webhook'
import { UsageError } from './args'
import { NEW_API_ORIGIN, OLD_API_ORIGIN } from './check-credentials.command'
import { diagnosisLines } from './diagnosis'
import { DOCTOR_DEFAULT_DEADLINE_S, DOCTOR_DEFAULT_TIMEOUT_S, type DoctorValues } from './doctor.command'
import { createDoctorNet, type DoctorNet, type NetAnswer, type NetFailure } from './doctor-net'
import { type CheckResult, hasFailure, printChecks, printJson } from './doctor-report'
import { parseEndpoint } from './endpoint'
import { readEnvFile } from './env-file'
import { EXIT, type ExitCode } from './exit-codes'
import type { CliIo } from './io'
import { loadShardFromDisk } from './official-shards-node'
import { readNewApiAnswer, readOldApiAnswer, type TokenVerdict } from './token-answers'

const PAGE = {
  network: '/troubleshooting',
  clock: '/robot/sign',
  credentials: '/app/credentials',
  ip: '/app/dev-info',
  permissions: '/app/permissions#today-codes',
  robot: '/robot/',
} as const

interface Inputs {
  corpId?: string
  appKey?: string
  appSecret?: string
  agentId?: string
  webhook?: string
  robotSecret?: string
  needs: string
  /** Where the values came from, for the first line. */
  source: string
}

/** Seconds as a positive number of ms, or a usage error naming the option. */
function seconds(raw: string | undefined, fallback: number, option: string): number {
  const text = (raw ?? String(fallback)).trim()
  const n = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !(n > 0) || n > 600) throw new UsageError(`--${option} 要写 0 到 600 之间的秒数，例如 --${option} ${fallback}。`)
  return Math.round(n * 1000)
}

function readInputs(opts: DoctorValues, io: CliIo): Inputs {
  const file = opts.env !== undefined ? readEnvFile(opts.env) : null
  const pick = (name: string): string | undefined => {
    const v = file ? file[name] : io.env[name]
    return v === undefined || v.trim() === '' ? undefined : v
  }
  const inputs: Inputs = {
    corpId: pick(ENV_NAMES.corpId),
    appKey: pick(ENV_NAMES.appKey),
    appSecret: pick(ENV_NAMES.appSecret),
    agentId: pick(ENV_NAMES.agentId),
    webhook: pick('DINGTALK_ROBOT_WEBHOOK'),
    robotSecret: pick('DINGTALK_ROBOT_SECRET'),
    needs: [pick(NEEDS_ENV) ?? '', opts.needs ?? ''].join(','),
    source: file ? `.env 文件 ${opts.env}` : '环境变量',
  }
  // Registered before anything can print them.
  io.protect(inputs.appSecret)
  io.protect(inputs.robotSecret)
  if (inputs.webhook !== undefined) io.protect(parseWebhook(inputs.webhook).accessToken)
  return inputs
}

/** The value cleaned by the site's validator, and its first error (null when none). */
function checked(name: FieldName, raw: string | undefined): { value: string; error: string | null; warnings: string[] } | null {
  if (raw === undefined) return null
  const r = validateField(name, raw)
  const error = r.findings.find((f) => f.level === 'error')?.message ?? null
  return { value: r.value, error, warnings: r.findings.filter((f) => f.level === 'warning').map((f) => f.message) }
}

async function fromAnswer(
  id: string,
  title: string,
  body: Record<string, unknown>,
  own: { fix?: string; page?: string; status?: CheckResult['status']; before?: string[] } = {},
): Promise<CheckResult> {
  const d = await diagnoseWithOfficial(body, loadShardFromDisk)
  const details = [...(own.before ?? []), ...diagnosisLines(d, '').filter((l) => !l.startsWith('怎么办：') && !l.startsWith('本站说明：'))]
  return {
    id,
    status: own.status ?? 'fail',
    title,
    code: d.errcode,
    fix: own.fix ?? d.fix ?? undefined,
    page: own.page ?? (d.anchor ? `/troubleshooting#${d.anchor}` : undefined),
    details,
  }
}


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
  const corpId = checked('corpId', inputs.corpId)
  const appKey = checked('appKey', inputs.appKey)
  const appSecret = checked('appSecret', inputs.appSecret)
  const agentId = checked('agentId', inputs.agentId)
  if (appSecret) io.protect(appSecret.value)
  const needs = parseNeedsList(inputs.needs)
  const given = ([['CorpId', corpId], ['AppKey', appKey], ['AppSecret', appSecret], ['AgentId', agentId]] as const).filter(([, v]) => v)
  const missing = ([['CorpId', corpId], ['AppKey', appKey], ['AppSecret', appSecret], ['AgentId', agentId]] as const).filter(([, v]) => !v)
  const shapeErrors = ([['CorpId', corpId], ['AppKey', appKey], ['AppSecret', appSecret], ['AgentId', agentId]] as const).flatMap(([n, v]) =>
    v?.error ? [`${n}：${v.error}`] : [],
  )
  add({
    id: 'input',
    status: shapeErrors.length ? 'fail' : missing.length || needs.unknown.length ? 'warn' : 'ok',
    title:
      `读取 ${inputs.source}：` +
      (given.length ? `有 ${given.map(([n]) => n).join('、')}` : '没有任何凭证') +
      (missing.length ? `；缺少 ${missing.map(([n]) => n).join('、')}，相关检查跳过` : '') +
      (needs.unknown.length ? `；不认识的需要：${needs.unknown.join('、')}` : ''),
    details: shapeErrors,
    fix: shapeErrors.length
      ? '改正凭证后重新导出 .env（凭证交接工具会逐项检查格式）。'
      : missing.length
        ? `在 .env 里补上 ${missing.map(([n]) => ENV_NAMES[n === 'CorpId' ? 'corpId' : n === 'AppKey' ? 'appKey' : n === 'AppSecret' ? 'appSecret' : 'agentId']).join('、')}。`
        : needs.unknown.length
          ? `${NEEDS_ENV} / --needs 只认权限规划工具给出的名称（列在 doctor --help 里）。`
          : undefined,
    page: shapeErrors.length || missing.length ? PAGE.credentials : undefined,
  })
  const usable = (v: ReturnType<typeof checked>) => (v && !v.error ? v.value : null)
  const key = usable(appKey)
  const secret = usable(appSecret)

  if (opts.offline) {
    add({ id: 'network', status: 'skip', title: '连通、时钟、凭证、出口 IP、CorpId、AgentId：--offline，没有连接钉钉' })
    // What each needed permission would be proved by, so that the plan can be read before the run.
    for (const p of permissionsWanted(needs.needs)) {
      const probe = probeFor(p.id)
      add({
        id: `permission.${probe?.code ?? p.id}`,
        status: 'skip',
        title: `权限 ${p.code ?? p.currentName}：${probe ? `--offline，未验证（联网时用 ${probe.method} ${probe.path} 验证）` : (NOT_PROBED[p.id] ?? '没有能验证它的只读接口')}`,
      })
    }
    await robotChecks(opts, inputs, net, oapi, root, io, add)
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
  if (!corpId || corpId.error || !key || !secret) addLater({ id: 'corpId', status: 'skip', title: `CorpId：${!corpId ? '没有给出' : corpId.error ? '格式有误' : '缺少 AppKey / AppSecret'}，跳过` })
  else if (!token) addLater({ id: 'corpId', status: 'skip', title: 'CorpId：凭证没有通过，无法验证，跳过' })
  else {
    const r = await net.request('POST', `${api}${IDENTITY_PROBES.corpId.path.replace('{corpId}', encodeURIComponent(corpId.value))}`, {
      client_id: key,
      client_secret: secret,
      grant_type: 'client_credentials',
    })
    const body = r.ok && typeof r.json === 'object' && r.json !== null ? (r.json as Record<string, unknown>) : null
    if (!r.ok) addLater({ id: 'corpId', status: 'warn', code: r.kind, title: `CorpId：${r.message}无法验证` })
    else if (r.status === 200 && typeof body?.access_token === 'string') {
      io.protect(body.access_token)
      addLater({ id: 'corpId', status: 'ok', title: `CorpId ${corpId.value}：钉钉为这个组织发放了这个应用的 access_token（不显示），CorpId 属于这个应用的组织` })
    } else if (body && readProbeAnswer(r.status, body).kind === 'ipRefused') {
      probeVerdicts.push(readProbeAnswer(r.status, body))
      addLater({ id: 'corpId', status: 'skip', title: 'CorpId：钉钉先拒绝了本机的出口 IP，无法验证（见“出口 IP”）' })
    } else if (body && r.status >= 400 && r.status < 500)
      addLater(
        await fromAnswer('corpId', `CorpId ${corpId.value}：同一对 AppKey / AppSecret 换得到 access_token，带上这个 CorpId 却被拒绝（HTTP ${r.status}）`, body, {
          before: ['钉钉文档没有写明 CorpId 不属于这个组织时的答复（未确认）；这里只比较了两次请求，唯一的不同是 CorpId。'],
          fix: '到开发者后台首页（或管理后台 → 设置）复制本企业的 CorpId，确认这个应用就是在这个企业里创建的。',
          page: '/app/credentials',
        }),
      )
    else addLater({ id: 'corpId', status: 'warn', title: `CorpId：钉钉的答复无法识别（HTTP ${r.status}），没有结论` })
  }
  if (!agentId || agentId.error) addLater({ id: 'agentId', status: 'skip', title: `AgentId：${!agentId ? '没有给出' : '格式有误'}，跳过` })
  else if (!token) addLater({ id: 'agentId', status: 'skip', title: 'AgentId：凭证没有通过，无法验证，跳过' })
  else {
    const r = await net.request(
      'POST',
      `${oapi}${IDENTITY_PROBES.agentId.path}?access_token=${encodeURIComponent(token)}`,
      IDENTITY_PROBES.agentId.body(agentId.value),
    )
    const body = r.ok && typeof r.json === 'object' && r.json !== null ? (r.json as Record<string, unknown>) : null
    const unproven = `AgentId ${agentId.value}：钉钉没有只读接口能证实它属于这个应用；查询工作通知进度时，钉钉没有说它不合法`
    if (!r.ok) addLater({ id: 'agentId', status: 'warn', code: r.kind, title: `AgentId：${r.message}无法验证` })
    else if (body?.errcode === 40056)
      addLater(
        await fromAnswer('agentId', `AgentId ${agentId.value}：钉钉说它不是这个应用的（不合法的agentid）`, body, {
          fix: '到开发者后台 → 该应用 → 凭证与基础信息，复制网页应用的 AgentId（小程序的 AgentId 是另一个数）。',
          page: '/troubleshooting#err-40056',
        }),
      )
    else if (body && readProbeAnswer(r.status, body).kind === 'ipRefused') {
      probeVerdicts.push(readProbeAnswer(r.status, body))
      addLater({ id: 'agentId', status: 'skip', title: 'AgentId：钉钉先拒绝了本机的出口 IP，无法验证（见“出口 IP”）' })
    } else addLater({ id: 'agentId', status: 'skip', title: unproven, code: typeof body?.errcode === 'number' ? body.errcode : null })
  }

  // 6. Permissions, each by a read-only call that needs it.
  const wanted = permissionsWanted(needs.needs)
  if (wanted.length === 0)
    addLater({ id: 'permissions', status: 'skip', title: `权限：没有给出系统需要做的事（--needs 或 .env 里的 ${NEEDS_ENV}），跳过`, page: PAGE.permissions })
  else {
    const asked = new Map<PermissionProbe, Promise<NetAnswer | NetFailure> | null>()
    for (const p of wanted) {
      const probe = probeFor(p.id)
      if (probe && token && !asked.has(probe)) {
        const url = `${oapi}${probe.path}?access_token=${encodeURIComponent(token)}`
        asked.set(probe, net.request(probe.method, url, probe.body))
      }
    }
    const seen = new Set<string>()
    for (const p of wanted) {
      const probe = probeFor(p.id)
      const name = p.code ? `${p.code}（${p.currentName}）` : p.currentName
      const id = `permission.${probe?.code ?? p.id}`
      if (seen.has(id)) continue
      seen.add(id)
      if (!probe) {
        addLater({ id, status: 'skip', title: `权限 ${name}：${NOT_PROBED[p.id] ?? '没有能验证它的只读接口'}`, page: PAGE.permissions })
        continue
      }
      if (!token) {
        addLater({ id, status: 'skip', title: `权限 ${name}：凭证没有通过，无法验证，跳过` })
        continue
      }
      const r = await asked.get(probe)
      if (!r || !r.ok) {
        addLater({ id, status: 'warn', code: r?.kind ?? null, title: `权限 ${name}：${r?.message ?? ''}无法验证` })
        continue
      }
      const v = readProbeAnswer(r.status, r.json)
      const what = PERMISSIONS[p.id].api
      if (v.kind === 'granted') addLater({ id, status: 'ok', title: `权限 ${name}：已生效（${probe.method} ${probe.path} 成功）` })
      else if (v.kind === 'missing')
        addLater(
          await fromAnswer(id, `权限 ${name}：没有生效，${what} 会被拒绝`, v.body, {
            before: v.scopes.length ? [`钉钉说缺少：${v.scopes.join('、')}`] : [],
            fix:
              `开发者后台 → 该应用 → 权限管理，搜索 ${p.code ?? p.currentName} 并申请开通。若已经开通：到“版本管理与发布”发布一个新版本后再试。` +
              '钉钉对“没有开通”和“开通了但没发布新版本”的答复相同，体检分不出两者。',
            page: PAGE.permissions,
          }),
        )
      else if (v.kind === 'ipRefused') {
        probeVerdicts.push(v)
        addLater({ id, status: 'skip', title: `权限 ${name}：钉钉先拒绝了本机的出口 IP，无法验证（见“出口 IP”）` })
      } else if (v.body) addLater(await fromAnswer(id, `权限 ${name}：钉钉的答复不是“成功”也不是“没有权限”`, v.body, { status: 'warn' }))
      else addLater({ id, status: 'warn', title: `权限 ${name}：钉钉的答复无法识别（HTTP ${r.status}）` })
      if (v.kind === 'granted' || v.kind === 'missing' || v.kind === 'other') probeVerdicts.push(v)
    }
  }

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
  await robotChecks(opts, inputs, net, oapi, root, io, add)
  return finish(opts, io, checks, !opts['send-test'], io.now() - started)
}

/** The permissions the needs ask for, each once, with the same probe counted once (by code). */
function permissionsWanted(needs: readonly string[]) {
  const plan = planPermissions(needs)
  const seen = new Set<string>()
  return [...plan.alreadyOn, ...plan.toApply]
    .map((p) => p.permission)
    .filter((p) => {
      const key = probeFor(p.id)?.code ?? p.id
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

async function robotChecks(
  opts: DoctorValues,
  inputs: Inputs,
  net: DoctorNet,
  _oapi: string,
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
  const errors = [hook?.error, sec?.error].filter((e): e is string => Boolean(e))
  const signed = sec && !sec.error && hook && !hook.error ? signWebhook(hook.value, sec.value, io.now()) : null
  if (errors.length) {
    add({ id: 'robot.offline', status: 'fail', title: '机器人：Webhook 或加签密钥的格式有误', details: errors, page: PAGE.robot })
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
  let url = signed?.result?.url ?? hook.value
  if (root) url = `${root}${url.slice(new URL(url).origin.length)}`
  const msgUuid = randomUUID()
  const kw = opts.keyword?.trim()
  const body = { msgtype: 'text', text: { content: `钉钉接入体检：测试消息${kw ? `（${kw}）` : ''}，收到说明机器人可用。` }, msgUuid }
  const r = await net.request('POST', url, body)
  const answer = r.ok && typeof r.json === 'object' && r.json !== null ? (r.json as Record<string, unknown>) : null
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

function finish(opts: DoctorValues, io: CliIo, checks: CheckResult[], readOnly: boolean, elapsedMs: number): ExitCode {
  if (opts.json) printJson(io, checks, readOnly, elapsedMs)
  else printChecks(io, checks, `钉钉接入体检${readOnly ? '（只读：不发消息，不改钉钉里的任何设置）' : '（会发一条测试消息）'}`)
  return hasFailure(checks) ? EXIT.failed : EXIT.ok
}
