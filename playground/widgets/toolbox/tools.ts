import { defineAsyncComponent, h, type Component } from 'vue'
import type { ToolId } from '../../logic/toolbox/tool-hash'

/**
 * The 工具箱's tools: metadata eager (tiny), components lazy — each `import()` becomes its own
 * chunk, fetched only when the tool is opened (it-tools' pattern).
 */
export interface Tool {
  id: ToolId
  title: string
  summary: string
  /** The guide page that explains the fields (site-relative, without base). */
  page: { link: string; text: string }
  component: Component
}

const Loading = { render: () => h('p', { class: 'tb-loading', role: 'status' }, '正在加载工具…') }
const Failed = {
  render: () => h('p', { class: 'tb-failed', role: 'alert' }, '工具加载失败（可能网络中断）。请检查网络后刷新页面重试。'),
}

const Missing = { render: () => h('p', { class: 'tb-failed', role: 'status' }, '这个工具还没有准备好。') }

function lazy(name: string): Component {
  return defineAsyncComponent({
    loader: async () => {
      const { WIDGETS } = await import('./widget-loaders')
      const load = WIDGETS[`../${name}.vue`]
      return load ? (await load()).default : Missing
    },
    loadingComponent: Loading,
    errorComponent: Failed,
    delay: 150,
    timeout: 30_000,
  })
}

export const TOOLS: readonly Tool[] = [
  {
    id: 'basic-info',
    title: '基本信息',
    summary: '应用名称、Logo、简介的检查',
    page: { link: '/app/basic-info', text: '2. 填写基本信息' },
    component: lazy('BasicInfoForm'),
  },
  {
    id: 'dev-info',
    title: '开发信息',
    summary: '首页链接、服务器出口 IP、后台地址',
    page: { link: '/app/dev-info', text: '3. 配置开发信息' },
    component: lazy('DevInfoForm'),
  },
  {
    id: 'permissions',
    title: '权限清单',
    summary: '勾选功能，查看要申请的权限',
    page: { link: '/app/permissions', text: '4. 开通权限' },
    component: lazy('PermissionPlanner'),
  },
  {
    id: 'credentials',
    title: '凭证交接',
    summary: 'CorpId、AppKey、AppSecret、AgentId',
    page: { link: '/app/credentials', text: '6. 获取凭证与最终提供' },
    component: lazy('CredentialsHandover'),
  },
  {
    id: 'robot-signer',
    title: '机器人签名',
    summary: 'Webhook 加签、有效期、curl 命令',
    page: { link: '/robot/sign', text: '加签' },
    component: lazy('RobotSigner'),
  },
  {
    id: 'message-editor',
    title: '消息编辑器',
    summary: '五种消息、预览、JSON、发送命令',
    page: { link: '/robot/messages', text: '消息类型与限制' },
    component: lazy('MessageEditor'),
  },
  {
    id: 'error-diagnosis',
    title: '错误诊断',
    summary: '粘贴钉钉的返回，看原因和办法',
    page: { link: '/troubleshooting', text: '故障排查' },
    component: lazy('ErrorDiagnosis'),
  },
]
