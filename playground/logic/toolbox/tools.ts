/**
 * The tools: the one list. The 工具箱's tabs, its `#<id>` addresses (./tool-hash.ts), the checks
 * that each guide page embeds its own tool (playground/widgets/toolbox/registry.test.ts) and the
 * browser tests all read it. Adding a tool: its logic, its component
 * playground/widgets/<widget>.vue, one entry here, and its guide page's text.
 * Pure metadata (the purity test forbids components here): the 工具箱 loads the component by
 * its `widget` name (playground/widgets/toolbox/widget-loaders.ts).
 */
export interface ToolEntry {
  /** The address in the 工具箱 (`/tools#<id>`): lower-case words and hyphens. */
  id: string
  /** The tab's name. */
  title: string
  /** One line under the name. */
  summary: string
  /**
   * The guide page that explains the fields and embeds the tool (site-relative, without base). Its
   * title is the page's entry in the sidebar (.vitepress/config/sidebar.ts), read from there.
   */
  page: string
  /** The component's file name in playground/widgets/, without `.vue`. */
  widget: string
}

export const TOOLS = [
  {
    id: 'basic-info',
    title: '基本信息',
    summary: '应用名称、Logo、简介的检查',
    page: '/app/basic-info',
    widget: 'BasicInfoForm',
  },
  {
    id: 'dev-info',
    title: '开发信息',
    summary: '首页链接、服务器出口 IP、后台地址',
    page: '/app/dev-info',
    widget: 'DevInfoForm',
  },
  {
    id: 'permissions',
    title: '权限清单',
    summary: '勾选功能，查看要申请的权限',
    page: '/app/permissions',
    widget: 'PermissionPlanner',
  },
  {
    id: 'credentials',
    title: '凭证交接',
    summary: 'CorpId、AppKey、AppSecret、AgentId',
    page: '/app/credentials',
    widget: 'CredentialsHandover',
  },
  {
    id: 'robot-signer',
    title: '机器人签名',
    summary: 'Webhook 加签、有效期、curl 命令',
    page: '/robot/sign',
    widget: 'RobotSigner',
  },
  {
    id: 'message-editor',
    title: '消息编辑器',
    summary: '五种消息、预览、JSON、发送命令',
    page: '/robot/messages',
    widget: 'MessageEditor',
  },
  {
    id: 'callback-verify',
    title: '回调验签',
    summary: '钉钉回调的 timestamp、sign 是否有效',
    page: '/robot/callback',
    widget: 'CallbackVerifier',
  },
  {
    id: 'error-diagnosis',
    title: '错误诊断',
    summary: '粘贴钉钉的返回，看原因和办法',
    page: '/troubleshooting',
    widget: 'ErrorDiagnosis',
  },
] as const satisfies readonly ToolEntry[]

export type Tool = (typeof TOOLS)[number]
export type ToolId = Tool['id']
