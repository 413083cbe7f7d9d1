import { describe, expect, it } from 'vitest'
import { FAQ_OTHER_PERMISSIONS, PERMISSIONS } from './catalog'
import { EXAMPLE_NEEDS, NEEDS } from './needs'
import { formatPlan, planPermissions } from './plan'

const ids = (list: { permission: { id: string } }[]) => list.map((p) => p.permission.id)

describe('the catalog', () => {
  it('marks exactly the two permissions the console grants on creation as on by default', () => {
    const defaults = Object.values(PERMISSIONS).filter((p) => p.onByDefault).map((p) => p.faqName)
    expect(defaults).toEqual(['身份验证', '消息通知'])
  })
  it('marks the FAQ-to-today mappings the reference calls unconfirmed', () => {
    expect(PERMISSIONS.contactRead.mappingConfirmed).toBe(false)
    expect(PERMISSIONS.contactRead.currentName).toContain('qyapi_get_member')
    expect(PERMISSIONS.mobile.mappingConfirmed).toBe(false)
    expect(PERMISSIONS.identity.mappingConfirmed).toBe(true)
  })
  it('uses every permission in some need, and keeps the FAQ rows nothing needs apart', () => {
    const used = new Set(NEEDS.flatMap((n) => n.permissions))
    expect([...used].sort()).toEqual(Object.keys(PERMISSIONS).sort())
    const faqNames = Object.values(PERMISSIONS).map((p) => p.faqName)
    for (const other of FAQ_OTHER_PERMISSIONS) expect(faqNames).not.toContain(other)
  })
})

describe('planPermissions', () => {
  it('is empty when nothing is ticked', () => {
    expect(planPermissions([])).toEqual({ alreadyOn: [], toApply: [], hasUnconfirmed: false })
  })
  it('needs nothing beyond the defaults for login plus work notifications', () => {
    const plan = planPermissions(['login', 'workNotice'])
    expect(ids(plan.alreadyOn)).toEqual(['identity', 'message'])
    expect(plan.toApply).toEqual([])
    expect(plan.hasUnconfirmed).toBe(false)
  })
  it('lists a shared permission once, with every need that asks for it', () => {
    const plan = planPermissions(['readContacts', 'readMobile'])
    expect(ids(plan.toApply)).toEqual(['contactRead', 'mobile'])
    expect(plan.toApply[0]!.neededFor).toEqual(['读取员工的姓名、头像和部门', '读取员工的手机号'])
    expect(plan.hasUnconfirmed).toBe(true)
  })
  it('ignores unknown need ids', () => {
    expect(planPermissions(['nope', 'login']).alreadyOn).toHaveLength(1)
  })
  it('plans the example selection', () => {
    const plan = planPermissions(EXAMPLE_NEEDS)
    expect(ids(plan.toApply)).toEqual(['contactRead'])
  })
})

describe('formatPlan', () => {
  it('writes both lists and flags unconfirmed names', () => {
    const text = formatPlan(planPermissions(['login', 'readContacts']))
    expect(text).toContain('需要申请的权限：\n- 通讯录只读权限 / 新版控制台：qyapi_get_member（成员信息读权限），对应关系未经官方确认。用途：读取员工的姓名、头像和部门')
    expect(text).not.toContain('今：')
    // Uses that contain 、 are joined with ；, so the list stays readable.
    expect(formatPlan(planPermissions(['readContacts', 'readMobile']))).toContain('用途：读取员工的姓名、头像和部门；读取员工的手机号')
    expect(text).toContain('默认已开通（无需操作）：\n- 身份验证')
  })
  it('says 无 for an empty list', () => {
    expect(formatPlan(planPermissions([]))).toBe('需要申请的权限：\n- 无\n默认已开通（无需操作）：\n- 无')
  })
})
