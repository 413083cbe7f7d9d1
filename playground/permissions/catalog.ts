/**
 * The interface permissions (接口权限) a DingTalk internal app can have, as the FAQ's (older)
 * console names them, with today's console's name where the shared reference (dingtalk-app.md §3)
 * gives one. `mappingConfirmed: false` marks an old→new mapping that no official document states
 * (the reference calls it UNCONFIRMED); the planner shows that to the reader.
 * Pure data: no Vue, no DOM.
 */
export type PermissionId =
  | 'identity'
  | 'message'
  | 'contactRead'
  | 'contactEdit'
  | 'mobile'
  | 'personalInfo'
  | 'userIdByMobile'
  | 'openAppApiBase'
  | 'contactUserRead'

export type PermissionGroup = '基础权限' | '高级权限-企业通讯录' | '新版控制台'

export interface Permission {
  id: PermissionId
  /** The name in the FAQ's console; null when the FAQ's console did not list it. */
  faqName: string | null
  /** The FAQ's description (or the reference's, for new-console-only entries). */
  description: string
  group: PermissionGroup
  /** Granted automatically when the app is created (official: 身份验证 and 消息通知). */
  onByDefault: boolean
  /** The name / code in today's console, when known. */
  currentName: string | null
  /** Whether an official document ties faqName to currentName. */
  mappingConfirmed: boolean
}

export const PERMISSIONS: Readonly<Record<PermissionId, Permission>> = {
  identity: {
    id: 'identity',
    faqName: '身份验证',
    description: '获取员工的基本信息，用于登录系统/应用',
    group: '基础权限',
    onByDefault: true,
    currentName: 'qyapi_base（调用企业API时需要具备的基本权限）',
    mappingConfirmed: true,
  },
  message: {
    id: 'message',
    faqName: '消息通知',
    description: '获取企业的消息通道给企业及员工发送消息',
    group: '基础权限',
    onByDefault: true,
    currentName: 'qyapi_base（调用企业API时需要具备的基本权限）',
    mappingConfirmed: true,
  },
  contactRead: {
    id: 'contactRead',
    faqName: '通讯录只读权限',
    description: '获取企业员工通讯录数据的权限',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    currentName: 'qyapi_get_member（成员信息读权限）',
    mappingConfirmed: false,
  },
  contactEdit: {
    id: 'contactEdit',
    faqName: '通讯录编辑权限',
    description: '获取企业员工通讯录数据、新增、删除、修改企业通讯录的权限',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    currentName: null,
    mappingConfirmed: false,
  },
  mobile: {
    id: 'mobile',
    faqName: '手机号码信息',
    description: '获取授权范围内的成员手机号码信息',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    currentName: '企业员工手机号信息',
    mappingConfirmed: false,
  },
  personalInfo: {
    id: 'personalInfo',
    faqName: '邮箱等个人信息',
    description: '获取授权范围内的成员信息（如邮箱、工作地点、扩展字段等）',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    currentName: '邮箱等个人信息',
    mappingConfirmed: false,
  },
  userIdByMobile: {
    id: 'userIdByMobile',
    faqName: '手机号获取userid',
    description: '通过手机号获取其所对应员工的userid',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    currentName: null,
    mappingConfirmed: false,
  },
  openAppApiBase: {
    id: 'openAppApiBase',
    faqName: null,
    description: '获取钉钉开放接口用户访问凭证的基础权限（钉钉外的扫码/浏览器登录要用）',
    group: '新版控制台',
    onByDefault: false,
    currentName: 'open_app_api_base',
    mappingConfirmed: true,
  },
  contactUserRead: {
    id: 'contactUserRead',
    faqName: null,
    description: '通讯录个人信息读权限（登录后读取本人的资料）',
    group: '新版控制台',
    onByDefault: false,
    currentName: 'Contact.User.Read',
    mappingConfirmed: true,
  },
}

/** The permission rows of the FAQ's console that no need below uses (shown as "不需要"). */
export const FAQ_OTHER_PERMISSIONS: readonly string[] = [
  '未登录员工列表',
  '钉盘',
  '签到',
  '考勤',
  '审批',
  '日志',
  '公告',
  '钉钉运动',
  '智能人事',
  '企业会话',
  'DING日程',
]
