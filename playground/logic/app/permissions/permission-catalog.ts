/**
 * The interface permissions (接口权限) a DingTalk internal app can have: the FAQ's (older) console
 * name of each, and today's permission code (权限点 Code) with its name in 权限管理. DingTalk
 * publishes no table from the old names to the codes; each old row is tied to a code by function:
 * the API that does what the old row described, and the code its page requires (`source`).
 * Pure data: no Vue, no DOM.
 */
export type PermissionId =
  | 'identity'
  | 'message'
  | 'contactRead'
  | 'departmentRead'
  | 'departmentMembers'
  | 'contactEdit'
  | 'mobile'
  | 'personalInfo'
  | 'userIdByMobile'
  | 'openAppApiBase'
  | 'contactUserRead'

export type PermissionGroup = '基础权限' | '高级权限-企业通讯录' | '新版控制台'

export interface Permission {
  id: PermissionId
  /** The row in the FAQ's console that covered this function; null when the FAQ's console did not list it. */
  faqName: string | null
  /** The FAQ's description (or, for new-console-only entries, what it is for). */
  description: string
  group: PermissionGroup
  /** Granted automatically when the app is created (official: 身份验证 and 消息通知). */
  onByDefault: boolean
  /**
   * Today's permission code: what to search for under 权限管理, and what a 403's `requiredScopes`
   * names. null where the documentation names the permission only by its title.
   */
  code: string | null
  /** Today's name of the permission in 权限管理. */
  currentName: string
  /** An API that needs it, as the documentation names it. */
  api: string
  /** The open.dingtalk.com page that states which permission that API needs. */
  source: string
}

export const PERMISSIONS: Readonly<Record<PermissionId, Permission>> = {
  identity: {
    id: 'identity',
    faqName: '身份验证',
    description: '获取员工的基本信息，用于登录系统/应用',
    group: '基础权限',
    onByDefault: true,
    code: 'qyapi_base',
    currentName: '调用企业API时需要具备的基本权限',
    api: '通过免登码获取用户信息（/topapi/v2/user/getuserinfo）',
    source: 'https://open.dingtalk.com/document/development/obtain-the-userid-of-a-user-by-using-the-log-free',
  },
  message: {
    id: 'message',
    faqName: '消息通知',
    description: '获取企业的消息通道给企业及员工发送消息',
    group: '基础权限',
    onByDefault: true,
    code: 'qyapi_base',
    currentName: '调用企业API时需要具备的基本权限',
    api: '发送工作通知（/topapi/message/corpconversation/asyncsend_v2）',
    source: 'https://open.dingtalk.com/document/development/asynchronous-sending-of-enterprise-session-messages',
  },
  contactRead: {
    id: 'contactRead',
    faqName: '通讯录只读权限',
    description: '获取企业员工通讯录数据的权限',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    code: 'qyapi_get_member',
    currentName: '成员信息读权限',
    api: '查询用户详情（/topapi/v2/user/get）',
    source: 'https://open.dingtalk.com/document/development/query-user-details',
  },
  departmentRead: {
    id: 'departmentRead',
    faqName: '通讯录只读权限',
    description: '读取部门的名称和结构（旧版“通讯录只读权限”的一部分）',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    code: 'qyapi_get_department_list',
    currentName: '通讯录部门信息读权限',
    api: '获取部门详情（/topapi/v2/department/get）',
    source: 'https://open.dingtalk.com/document/development/query-department-details0-v2',
  },
  departmentMembers: {
    id: 'departmentMembers',
    faqName: '通讯录只读权限',
    description: '按部门列出成员（旧版“通讯录只读权限”的一部分）',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    code: 'qyapi_get_department_member',
    currentName: '通讯录部门成员读权限',
    api: '获取部门用户详情（/topapi/v2/user/list）',
    source: 'https://open.dingtalk.com/document/development/queries-the-complete-information-of-a-department-user',
  },
  contactEdit: {
    id: 'contactEdit',
    faqName: '通讯录编辑权限',
    description: '获取企业员工通讯录数据、新增、删除、修改企业通讯录的权限',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    code: 'qyapi_manage_addresslist',
    currentName: '通讯录数据管理权限',
    api: '创建用户（/topapi/v2/user/create）等',
    source: 'https://open.dingtalk.com/document/development/user-information-creation',
  },
  mobile: {
    id: 'mobile',
    faqName: '手机号码信息',
    description: '获取授权范围内的成员手机号码信息',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    code: null,
    currentName: '企业员工手机号信息',
    api: '查询用户详情返回的 mobile 字段',
    source: 'https://open.dingtalk.com/document/development/query-user-details',
  },
  personalInfo: {
    id: 'personalInfo',
    faqName: '邮箱等个人信息',
    description: '获取授权范围内的成员信息（如邮箱、工作地点、扩展字段等）',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    code: null,
    currentName: '邮箱等个人信息',
    api: '查询用户详情返回的 email 等字段',
    source: 'https://open.dingtalk.com/document/development/query-user-details',
  },
  userIdByMobile: {
    id: 'userIdByMobile',
    faqName: '手机号获取userid',
    description: '通过手机号获取其所对应员工的userid',
    group: '高级权限-企业通讯录',
    onByDefault: false,
    code: 'qyapi_get_member_by_mobile',
    currentName: '根据手机号获取成员基本信息权限',
    api: '根据手机号查询用户（/topapi/v2/user/getbymobile）',
    source: 'https://open.dingtalk.com/document/development/query-users-by-phone-number',
  },
  openAppApiBase: {
    id: 'openAppApiBase',
    faqName: null,
    description: '获取钉钉开放接口用户访问凭证的基础权限（钉钉外的扫码/浏览器登录要用）',
    group: '新版控制台',
    onByDefault: false,
    code: 'open_app_api_base',
    currentName: '获取钉钉开放接口用户访问凭证的基础权限',
    api: '获取用户token（/v1.0/oauth2/userAccessToken）',
    source: 'https://open.dingtalk.com/document/development/obtain-user-token',
  },
  contactUserRead: {
    id: 'contactUserRead',
    faqName: null,
    description: '通讯录个人信息读权限（登录后读取本人的资料）',
    group: '新版控制台',
    onByDefault: false,
    code: 'Contact.User.Read',
    currentName: '通讯录个人信息读权限',
    api: '获取用户通讯录个人信息（/v1.0/contact/users/{unionId}）',
    source: 'https://open.dingtalk.com/document/development/dingtalk-retrieve-user-information',
  },
}

/** The permission rows of the FAQ's console that no need below uses (shown as "不需要"), with today's code where the docs give one. */
export const FAQ_OTHER_PERMISSIONS: readonly string[] = [
  '未登录员工列表（今：qyapi_liveness_base）',
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
