/**
 * From the ticked needs to a permission plan: which permissions are already on by default,
 * which to apply for, and why (the needs that ask for each). Pure logic.
 */
import { formatNeedsLine } from '../../doctor/needs-line'
import { PERMISSIONS, type Permission } from './permission-catalog'
import { NEEDS, type NeedId } from './needs'

export interface PlannedPermission {
  permission: Permission
  /** Labels of the ticked needs that require it, in NEEDS order. */
  neededFor: string[]
}

export interface PermissionPlan {
  /** Already granted when the app is created: nothing to do. */
  alreadyOn: PlannedPermission[]
  /** To apply for under 接口权限 / 权限管理. */
  toApply: PlannedPermission[]
}

export function planPermissions(ticked: Iterable<NeedId | string>): PermissionPlan {
  const wanted = new Set<string>(ticked)
  const byId = new Map<string, PlannedPermission>()
  for (const need of NEEDS) {
    if (!wanted.has(need.id)) continue
    for (const id of need.permissions) {
      const planned = byId.get(id) ?? { permission: PERMISSIONS[id], neededFor: [] }
      planned.neededFor.push(need.label)
      byId.set(id, planned)
    }
  }
  const all = [...byId.values()]
  return {
    alreadyOn: all.filter((p) => p.permission.onByDefault),
    toApply: all.filter((p) => !p.permission.onByDefault),
  }
}

/**
 * The plan as plain text, e.g. to send to whoever has the console access. Given the ticked needs,
 * it ends with the `.env` line that `dingtalk doctor` (接入体检) reads (../doctor/needs-line.ts).
 */
export function formatPlan(plan: PermissionPlan, ticked: Iterable<NeedId | string> = []): string {
  const needsLine = formatNeedsLine(ticked)
  const name = (p: Permission) =>
    [p.code ? `${p.code}（${p.currentName}）` : p.currentName, p.faqName && p.faqName !== p.currentName ? `旧版：${p.faqName}` : '']
      .filter(Boolean)
      .join(' / ')
  // The uses themselves contain 、 (“姓名、头像和部门”), so they are joined with ；.
  const lines = (list: PlannedPermission[]) => list.map((p) => `- ${name(p.permission)}。用途：${p.neededFor.join('；')}`)
  return [
    '需要申请的权限：',
    ...(plan.toApply.length ? lines(plan.toApply) : ['- 无']),
    '默认已开通（无需操作）：',
    ...(plan.alreadyOn.length ? lines(plan.alreadyOn) : ['- 无']),
    ...(needsLine.endsWith('=') ? [] : ['接入体检（dingtalk doctor）按下面这一行检查权限，请加进服务器的 .env：', needsLine]),
  ].join('\n')
}
