import type { DefaultTheme, LocaleSpecificConfig } from 'vitepress'
import { buildNav, buildSidebar } from './sidebar'

export const SITE_TITLE = '事业合伙系统常见问题'
export const SITE_DESCRIPTION =
  '事业合伙系统（钉钉应用名“跟投系统”）接入钉钉的配置指南：新建企业内部应用、开通权限、发布、交接 CorpId / AppKey / AppSecret / AgentId，以及群消息机器人，并附浏览器内运行的校验与签名工具。'

/** Chinese strings for every part of the default theme. */
export const zh: LocaleSpecificConfig<DefaultTheme.Config> = {
  lang: 'zh-CN',
  title: SITE_TITLE,
  description: SITE_DESCRIPTION,
  themeConfig: {
    nav: buildNav(),
    sidebar: buildSidebar(),
    outline: { label: '本页目录', level: [2, 3] },
    docFooter: { prev: '上一页', next: '下一页' },
    lastUpdated: {
      text: '最后更新于',
      // Shown as "2026/11/24 14:58", Beijing time, written at build time: ../theme/overrides/LastUpdatedStatic.vue.
    },
    darkModeSwitchLabel: '外观',
    lightModeSwitchTitle: '切换到浅色模式',
    darkModeSwitchTitle: '切换到深色模式',
    sidebarMenuLabel: '菜单',
    returnToTopLabel: '回到顶部',
    skipToContentLabel: '跳转到内容',
    langMenuLabel: '语言',
    externalLinkIcon: true,
    notFound: {
      code: '404',
      title: '页面未找到',
      quote: '这个地址没有对应的页面：可能链接有误，或页面已经移动。',
      linkLabel: '返回首页',
      linkText: '返回首页',
    },
    footer: {
      message: '本站工具只在浏览器内运行：填写的 AppSecret、SSOSecret、机器人密钥与 access_token 不会离开你的设备。',
      copyright: '事业合伙系统 · 钉钉接入指南',
    },
  },
}

export const searchTranslations: DefaultTheme.LocalSearchOptions['translations'] = {
  button: {
    buttonText: '搜索文档',
    buttonAriaLabel: '搜索文档',
  },
  modal: {
    displayDetails: '显示详细列表',
    resetButtonTitle: '清除查询条件',
    backButtonTitle: '关闭搜索',
    noResultsText: '没有找到相关结果',
    footer: {
      selectText: '选择',
      selectKeyAriaLabel: '回车',
      navigateText: '切换',
      navigateUpKeyAriaLabel: '向上箭头',
      navigateDownKeyAriaLabel: '向下箭头',
      closeText: '关闭',
      closeKeyAriaLabel: 'Esc 键',
    },
  },
}
