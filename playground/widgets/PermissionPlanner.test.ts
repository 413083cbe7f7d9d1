// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PermissionPlanner from './PermissionPlanner.vue'
import CopyButton from './ui/CopyButton.vue'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

const tick = async (w: ReturnType<typeof mount>, label: string) => {
  const box = w.findAll('label.pp-need').find((l) => l.text().includes(label))!
  await box.get('input').setValue(true)
}

describe('PermissionPlanner', () => {
  it('starts with an empty state', () => {
    const w = mount(PermissionPlanner)
    expect(w.text()).toContain('还没有勾选任何功能')
    expect(w.find('.pp-section').exists()).toBe(false)
  })

  it('shows only default permissions for login and work notifications', async () => {
    const w = mount(PermissionPlanner)
    await tick(w, '免登录')
    await tick(w, '工作通知')
    expect(w.text()).toContain('无需申请额外权限')
    expect(w.find('.pp-section.apply').exists()).toBe(false)
    expect(w.get('.pp-section.on').text()).toContain('身份验证')
    expect(w.get('.pp-section.on').text()).toContain('消息通知')
  })

  it("lists contact permissions to apply for by today's code, with the FAQ's name and the API's page", async () => {
    const w = mount(PermissionPlanner)
    await tick(w, '读取员工的手机号')
    const apply = w.get('.pp-section.apply')
    const member = apply.get('[data-permission="contactRead"]')
    expect(member.get('strong').text()).toBe('qyapi_get_member')
    expect(member.text()).toContain('旧版控制台：通讯录只读权限')
    expect(member.get('a').attributes('href')).toBe('https://open.dingtalk.com/document/development/query-user-details')
    expect(apply.get('[data-permission="mobile"]').text()).toContain('企业员工手机号信息')
    expect(apply.get('[data-permission="mobile"]').text()).toContain('旧版控制台：手机号码信息')
    expect(w.text()).toContain('按功能对应')
    expect(w.text()).not.toContain('未经官方确认')
  })

  it('asks for the department permission when department names are needed', async () => {
    const w = mount(PermissionPlanner)
    await tick(w, '显示部门名称')
    expect(w.get('.pp-section.apply [data-permission="departmentRead"] strong').text()).toBe('qyapi_get_department_list')
  })

  it('fills the usual selection and clears it', async () => {
    const w = mount(PermissionPlanner)
    await w.findAll('button').find((b) => b.text() === '勾选常用项')!.trigger('click')
    expect(w.findAll('input:checked')).toHaveLength(4)
    expect(w.get('.pp-section.apply').text()).toContain('qyapi_get_department_list')
    await w.findAll('button').find((b) => b.text() === '清空')!.trigger('click')
    expect(w.text()).toContain('还没有勾选任何功能')
  })

  it('copies the plan ending with the DINGTALK_NEEDS line that 接入体检 (dingtalk doctor) reads', async () => {
    const w = mount(PermissionPlanner)
    await tick(w, '读取员工的姓名')
    await tick(w, '免登录')
    const copied = w.getComponent(CopyButton).props('text')
    expect(copied.split('\n').at(-1)).toBe('DINGTALK_NEEDS=login,readContacts')
  })
})
