import { defineAsyncComponent, h, type Component } from 'vue'
import { TOOLS, type Tool } from '../../logic/toolbox/tools'

/**
 * The 工具箱's tools: the registry's metadata eager (tiny), components lazy — each `import()`
 * becomes its own chunk, fetched only when the tool is opened (it-tools' pattern).
 */
export type ToolTab = Tool & { component: Component }

const Loading = { render: () => h('p', { class: 'tb-loading', role: 'status' }, '正在加载工具…') }
const Failed = {
  render: () => h('p', { class: 'tb-failed', role: 'alert' }, '工具加载失败（可能网络中断）。请检查网络后刷新页面重试。'),
}

function lazy(name: Tool['widget']): Component {
  return defineAsyncComponent({
    loader: async () => (await import('./widget-loaders')).loadWidget(name),
    loadingComponent: Loading,
    errorComponent: Failed,
    delay: 150,
    timeout: 30_000,
  })
}

export const TOOL_TABS: readonly ToolTab[] = TOOLS.map((tool) => ({ ...tool, component: lazy(tool.widget) }))
