/**
 * What the 事业合伙系统 may have to do with DingTalk, and the permissions each needs: the
 * permission each API's page requires (see `source` in ./catalog), and the FAQ's permission table.
 * Pure data.
 */
import type { PermissionId } from './permission-catalog'

export type NeedId =
  | 'login'
  | 'workNotice'
  | 'readContacts'
  | 'readDepartments'
  | 'listDepartmentMembers'
  | 'readMobile'
  | 'readEmail'
  | 'findByMobile'
  | 'loginOutside'
  | 'editContacts'

export interface Need {
  id: NeedId
  /** Short Chinese label for the checkbox. */
  label: string
  /** One sentence: what it is for and which DingTalk API it uses. */
  detail: string
  permissions: readonly PermissionId[]
}

export const NEEDS: readonly Need[] = [
  {
    id: 'login',
    label: '员工在钉钉里打开系统时免登录',
    detail: '用免登授权码换取员工的 userid（/topapi/v2/user/getuserinfo）。',
    permissions: ['identity'],
  },
  {
    id: 'workNotice',
    label: '给员工发送工作通知',
    detail: '以应用身份发工作通知（/topapi/message/corpconversation/asyncsend_v2），需要 AgentId。',
    permissions: ['message'],
  },
  {
    id: 'readContacts',
    label: '读取员工的姓名、头像和所在部门的编号',
    detail: '查询用户详情（/topapi/v2/user/get）；只返回部门 ID，不含部门名称。',
    permissions: ['contactRead'],
  },
  {
    id: 'readDepartments',
    label: '显示部门名称、读取部门结构',
    detail: '获取部门详情（/topapi/v2/department/get）等部门接口。',
    permissions: ['departmentRead'],
  },
  {
    id: 'listDepartmentMembers',
    label: '按部门列出员工',
    detail: '获取部门用户详情（/topapi/v2/user/list）。',
    permissions: ['departmentMembers'],
  },
  {
    id: 'readMobile',
    label: '读取员工的手机号',
    detail: '用户详情里的手机号字段需要单独的权限。',
    permissions: ['contactRead', 'mobile'],
  },
  {
    id: 'readEmail',
    label: '读取员工的邮箱、工作地点等',
    detail: '用户详情里的邮箱等字段需要单独的权限。',
    permissions: ['contactRead', 'personalInfo'],
  },
  {
    id: 'findByMobile',
    label: '按手机号查找员工',
    detail: '通过手机号获取对应员工的 userid。',
    permissions: ['userIdByMobile'],
  },
  {
    id: 'loginOutside',
    label: '在钉钉之外（电脑浏览器扫码）登录',
    detail: 'OAuth2 登录，还要在「安全设置」里登记重定向URL（回调域名）。',
    permissions: ['openAppApiBase', 'contactUserRead'],
  },
  {
    id: 'editContacts',
    label: '修改通讯录（新增、删除、修改成员）',
    detail: '只有系统要改动钉钉通讯录时才需要。',
    permissions: ['contactEdit'],
  },
]

/** A usual choice for a web app used inside DingTalk: the defaults, plus employees' names with their departments. */
export const EXAMPLE_NEEDS: readonly NeedId[] = ['login', 'workNotice', 'readContacts', 'readDepartments']
