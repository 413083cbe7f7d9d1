// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PermissionPlanner from './PermissionPlanner.vue'

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

  it('lists contact permissions to apply for, marked unconfirmed', async () => {
    const w = mount(PermissionPlanner)
    await tick(w, '手机号')
    const apply = w.get('.pp-section.apply')
    expect(apply.find('[data-permission="contactRead"]').text()).toContain('通讯录只读权限')
    expect(apply.find('[data-permission="contactRead"]').text()).toContain('对应关系未经官方确认')
    expect(apply.find('[data-permission="mobile"]').text()).toContain('手机号码信息')
    expect(w.text()).toContain('申请前请在控制台里按说明核对')
  })

  it('fills the usual selection and clears it', async () => {
    const w = mount(PermissionPlanner)
    await w.findAll('button').find((b) => b.text() === '勾选常用项')!.trigger('click')
    expect(w.findAll('input:checked')).toHaveLength(3)
    expect(w.get('.pp-section.apply').text()).toContain('通讯录只读权限')
    await w.findAll('button').find((b) => b.text() === '清空')!.trigger('click')
    expect(w.text()).toContain('还没有勾选任何功能')
  })
})
