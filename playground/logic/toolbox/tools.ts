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
  /** The guide page that explains the fields and embeds the tool (site-relative, without base). */
  page: { link: string; text: string }
  /** The component's file name in playground/widgets/, without `.vue`. */
  widget: string
}

export const TOOLS = [
  {
    id: 'basic-info',
    title: '基本信息',
    summary: '应用名称、Logo、简介的检查',
    page: { link: '/app/basic-info', text: '2. 填写基本信息' },
    widget: 'BasicInfoForm',
  },
  {
    id: 'dev-info',
    title: '开发信息',
    summary: '首页链接、服务器出口 IP、后台地址',
    page: { link: '/app/dev-info', text: '3. 配置开发信息' },
    widget: 'DevInfoForm',
  },
  {
    id: 'permissions',
    title: '权限清单',
    summary: '勾选功能，查看要申请的权限',
    page: { link: '/app/permissions', text: '4. 开通权限' },
    widget: 'PermissionPlanner',
  },
  {
    id: 'credentials',
    title: '凭证交接',
    summary: 'CorpId、AppKey、AppSecret、AgentId',
    page: { link: '/app/credentials', text: '6. 获取凭证与最终提供' },
    widget: 'CredentialsHandover',
  },
  {
    id: 'robot-signer',
    title: '机器人签名',
    summary: 'Webhook 加签、有效期、curl 命令',
    page: { link: '/robot/sign', text: '加签' },
    widget: 'RobotSigner',
  },
  {
    id: 'message-editor',
    title: '消息编辑器',
    summary: '五种消息、预览、JSON、发送命令',
    page: { link: '/robot/messages', text: '消息类型与限制' },
    widget: 'MessageEditor',
  },
  {
    id: 'callback-verify',
    title: '回调验签',
    summary: '钉钉回调的 timestamp、sign 是否有效',
    page: { link: '/robot/callback', text: '回调验签' },
    widget: 'CallbackVerifier',
  },
  {
    id: 'error-diagnosis',
    title: '错误诊断',
    summary: '粘贴钉钉的返回，看原因和办法',
    page: { link: '/troubleshooting', text: '故障排查' },
    widget: 'ErrorDiagnosis',
  },
] as const satisfies readonly ToolEntry[]

export type Tool = (typeof TOOLS)[number]
export type ToolId = Tool['id']
