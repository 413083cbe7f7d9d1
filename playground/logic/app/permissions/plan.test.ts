import { describe, expect, it } from 'vitest'
import { FAQ_OTHER_PERMISSIONS, PERMISSIONS } from './permission-catalog'
import { EXAMPLE_NEEDS, NEEDS } from './needs'
import { formatPlan, planPermissions } from './plan'
import { docAddresses, knownDocs } from '../../../../tests/content/dingtalk-docs'

const ids = (list: { permission: { id: string } }[]) => list.map((p) => p.permission.id)

describe('the catalog', () => {
  it('marks exactly the two permissions the console grants on creation as on by default', () => {
    const defaults = Object.values(PERMISSIONS).filter((p) => p.onByDefault).map((p) => p.faqName)
    expect(defaults).toEqual(['身份验证', '消息通知'])
  })
  it("gives today's permission code where the docs name one, tied to the FAQ row by function", () => {
    expect(PERMISSIONS.identity.code).toBe('qyapi_base')
    expect(PERMISSIONS.contactRead.code).toBe('qyapi_get_member')
    expect(PERMISSIONS.departmentRead).toMatchObject({ faqName: '通讯录只读权限', code: 'qyapi_get_department_list' })
    expect(PERMISSIONS.departmentMembers.code).toBe('qyapi_get_department_member')
    expect(PERMISSIONS.userIdByMobile).toMatchObject({ faqName: '手机号获取userid', code: 'qyapi_get_member_by_mobile' })
    expect(PERMISSIONS.contactEdit.code).toBe('qyapi_manage_addresslist')
    expect(PERMISSIONS.mobile).toMatchObject({ code: null, currentName: '企业员工手机号信息' })
  })
  it('cites, for every permission, a DingTalk page the snapshot knows', () => {
    const known = knownDocs()
    const unknown = Object.values(PERMISSIONS).filter((p) => !docAddresses(p.source).every((path) => known.has(path)) || docAddresses(p.source).length !== 1)
    expect(unknown.map((p) => p.id)).toEqual([])
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
    expect(planPermissions([])).toEqual({ alreadyOn: [], toApply: [] })
  })
  it('needs nothing beyond the defaults for login plus work notifications', () => {
    const plan = planPermissions(['login', 'workNotice'])
    expect(ids(plan.alreadyOn)).toEqual(['identity', 'message'])
    expect(plan.toApply).toEqual([])
  })
  it('lists a shared permission once, with every need that asks for it', () => {
    const plan = planPermissions(['readContacts', 'readMobile'])
    expect(ids(plan.toApply)).toEqual(['contactRead', 'mobile'])
    expect(plan.toApply[0]!.neededFor).toEqual(['读取员工的姓名、头像和所在部门的编号', '读取员工的手机号'])
  })
  it('ignores unknown need ids', () => {
    expect(planPermissions(['nope', 'login']).alreadyOn).toHaveLength(1)
  })
  it('plans the example selection', () => {
    const plan = planPermissions(EXAMPLE_NEEDS)
    expect(ids(plan.toApply)).toEqual(['contactRead', 'departmentRead'])
  })
})

describe('formatPlan', () => {
  it("writes both lists, today's code first and the FAQ's name beside it, uses joined with ；", () => {
    const text = formatPlan(planPermissions(['login', 'readContacts', 'readMobile']))
    expect(text).toContain('需要申请的权限：\n- qyapi_get_member（成员信息读权限） / 旧版：通讯录只读权限。用途：读取员工的姓名、头像和所在部门的编号；读取员工的手机号')
    expect(text).toContain('- 企业员工手机号信息 / 旧版：手机号码信息。用途：读取员工的手机号')
    expect(text).toContain('默认已开通（无需操作）：\n- qyapi_base（调用企业API时需要具备的基本权限） / 旧版：身份验证')
    expect(text).not.toContain('今：')
  })
  it('says 无 for an empty list', () => {
    expect(formatPlan(planPermissions([]))).toBe('需要申请的权限：\n- 无\n默认已开通（无需操作）：\n- 无')
  })
})

describe('formatPlan with the ticked needs', () => {
  it('ends with the DINGTALK_NEEDS line that dingtalk doctor reads, in NEEDS order', () => {
    const text = formatPlan(planPermissions(['readContacts', 'login']), ['readContacts', 'login'])
    expect(text.split('\n').at(-1)).toBe('DINGTALK_NEEDS=login,readContacts')
    expect(text).toContain('接入体检（dingtalk doctor）')
  })
  it('has no such line when nothing is ticked', () => {
    expect(formatPlan(planPermissions([]), [])).not.toContain('DINGTALK_NEEDS')
  })
})
