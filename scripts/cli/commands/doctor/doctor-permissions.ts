/**
 * `doctor` step 6: every permission the needs ask for, proved by the read-only call of
 * playground/logic/doctor/probes.ts that requires it (each call once, even when it proves two).
 * A permission without such a call is skipped with the reason, never guessed.
 */
import { NEEDS_ENV } from '../../../../playground/logic/doctor/needs-line'
import { NOT_PROBED, probeFor, readProbeAnswer, type PermissionProbe, type ProbeVerdict } from '../../../../playground/logic/doctor/probes'
import { type Permission, PERMISSIONS } from '../../../../playground/logic/app/permissions/permission-catalog'
import { planPermissions } from '../../../../playground/logic/app/permissions/plan'
import { fromAnswer, PAGE } from './doctor-answer'
import type { DoctorNet, NetAnswer, NetFailure } from './doctor-net'
import type { CheckResult } from './doctor-report'

/** The permissions the needs ask for, each probe (by code) once. */
export function permissionsWanted(needs: readonly string[]): Permission[] {
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

const idOf = (p: Permission) => `permission.${probeFor(p.id)?.code ?? p.id}`
const noProbe = (p: Permission) => NOT_PROBED[p.id] ?? '没有能验证它的只读接口'

/** With --offline: how each permission would be proved, so the plan can be read before a run. */
export function offlinePermissionChecks(needs: readonly string[]): CheckResult[] {
  return permissionsWanted(needs).map((p) => {
    const probe = probeFor(p.id)
    const how = probe ? `--offline，未验证（联网时用 ${probe.method} ${probe.path} 验证）` : noProbe(p)
    return { id: idOf(p), status: 'skip', title: `权限 ${p.code ?? p.currentName}：${how}` }
  })
}

/** Online: one line per permission; the verdicts that tell about the IP go into `verdicts`. */
export async function permissionChecks(
  needs: readonly string[],
  token: string | null,
  oapi: string,
  net: DoctorNet,
  verdicts: ProbeVerdict[],
  /** Why there is no token, when there is none (“连不上钉钉”, “凭证没有通过”). */
  noToken: string,
): Promise<CheckResult[]> {
  const wanted = permissionsWanted(needs)
  if (wanted.length === 0)
    return [{ id: 'permissions', status: 'skip', title: `权限：没有给出系统需要做的事（--needs 或 .env 里的 ${NEEDS_ENV}），跳过`, page: PAGE.permissions }]
  // All probes at once: they are independent reads.
  const asked = new Map<PermissionProbe, Promise<NetAnswer | NetFailure>>()
  for (const p of wanted) {
    const probe = probeFor(p.id)
    if (probe && token && !asked.has(probe))
      asked.set(probe, net.request(probe.method, `${oapi}${probe.path}?access_token=${encodeURIComponent(token)}`, probe.body))
  }
  const out: CheckResult[] = []
  for (const p of wanted) {
    const probe = probeFor(p.id)
    const name = p.code ? `${p.code}（${p.currentName}）` : p.currentName
    const id = idOf(p)
    if (!probe) {
      out.push({ id, status: 'skip', title: `权限 ${name}：${noProbe(p)}`, page: PAGE.permissions })
      continue
    }
    const r = await asked.get(probe)
    if (!r) {
      out.push({ id, status: 'skip', title: `权限 ${name}：${noToken}，无法验证，跳过` })
      continue
    }
    if (!r.ok) {
      out.push({ id, status: 'warn', code: r.kind, title: `权限 ${name}：${r.message}无法验证` })
      continue
    }
    const v = readProbeAnswer(r.status, r.json)
    verdicts.push(v)
    if (v.kind === 'granted') out.push({ id, status: 'ok', title: `权限 ${name}：已生效（${probe.method} ${probe.path} 成功）` })
    else if (v.kind === 'missing')
      out.push(
        await fromAnswer(id, `权限 ${name}：没有生效，${PERMISSIONS[p.id].api} 会被拒绝`, v.body, {
          before: v.scopes.length ? [`钉钉说缺少：${v.scopes.join('、')}`] : [],
          fix:
            `开发者后台 → 该应用 → 权限管理，搜索 ${p.code ?? p.currentName} 并申请开通。若已经开通：到“版本管理与发布”发布一个新版本后再试。` +
            '钉钉对“没有开通”和“开通了但没发布新版本”的答复相同，体检分不出两者。',
          page: PAGE.permissions,
        }),
      )
    else if (v.kind === 'ipRefused') out.push({ id, status: 'skip', title: `权限 ${name}：钉钉先拒绝了本机的出口 IP，无法验证（见“出口 IP”）` })
    else if (v.body) out.push(await fromAnswer(id, `权限 ${name}：钉钉的答复不是“成功”也不是“没有权限”`, v.body, { status: 'warn' }))
    else out.push({ id, status: 'warn', title: `权限 ${name}：钉钉的答复无法识别（HTTP ${r.status}）` })
  }
  return out
}
