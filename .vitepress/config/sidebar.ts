import type { DefaultTheme } from 'vitepress'

/** One entry of the guide; the sidebar and the nav are built from this list. */
export interface GuidePage {
  text: string
  link: string
  /** The entry's label in the top nav, if it has one there. */
  nav?: string
}

export interface GuideSection {
  text: string
  /** Where the section starts (its overview page). */
  link: string
  /** The section's label in the top nav (it links to `link` and stays lit on all its pages). */
  nav?: string
  items: GuidePage[]
}

/** The FAQ's table of contents (前言; 事业合伙系统常见问题 → 钉钉应用接口配置, 钉钉消息机器人). */
export const guide: GuideSection[] = [
  {
    text: '事业合伙系统常见问题',
    link: '/intro',
    nav: '前言',
    items: [{ text: '前言', link: '/intro' }],
  },
  {
    text: '钉钉应用接口配置',
    link: '/app/',
    nav: '应用接口配置',
    items: [
      { text: '概览与相关链接', link: '/app/' },
      { text: '1. 新建网页应用', link: '/app/create' },
      { text: '2. 填写基本信息', link: '/app/basic-info' },
      { text: '3. 配置开发信息', link: '/app/dev-info' },
      { text: '4. 开通权限', link: '/app/permissions' },
      { text: '5. 发布应用', link: '/app/publish' },
      { text: '6. 获取凭证与最终提供', link: '/app/credentials' },
      { text: '调用额度与用量', link: '/app/quotas' },
    ],
  },
  {
    text: '钉钉消息机器人',
    link: '/robot/',
    nav: '消息机器人',
    items: [
      { text: '自定义机器人与安全设置', link: '/robot/' },
      { text: '加签', link: '/robot/sign' },
      { text: '消息类型与限制', link: '/robot/messages' },
      { text: '回调验签', link: '/robot/callback' },
    ],
  },
  {
    text: '工具与排查',
    link: '/tools',
    items: [
      { text: '常见问题索引', link: '/questions' },
      { text: '工具箱', link: '/tools', nav: '工具箱' },
      { text: '命令行工具', link: '/cli' },
      { text: '故障排查', link: '/troubleshooting', nav: '故障排查' },
    ],
  },
]

export function buildSidebar(sections: GuideSection[] = guide): DefaultTheme.SidebarItem[] {
  // No `collapsed` key: collapsible groups put a link inside a button-like header, which axe
  // reports as nested-interactive; the guide is short enough to stay open.
  return sections.map((section) => ({
    text: section.text,
    items: section.items.map(({ text, link }) => ({ text, link })),
  }))
}

/**
 * The top nav: every section or page with a `nav` label, in the guide's order. An entry stays
 * lit on every path under its link (a section's link is its folder, so all its pages).
 */
export function buildNav(sections: GuideSection[] = guide): DefaultTheme.NavItem[] {
  return sections
    .flatMap((section) => [section, ...section.items])
    .flatMap(({ nav, link }) => (nav ? [{ text: nav, link, activeMatch: `^${link}` }] : []))
}

/** Every page the guide links to, in reading order (used by tests). */
export function guideLinks(sections: GuideSection[] = guide): string[] {
  return [...new Set(sections.flatMap((s) => [s.link, ...s.items.map((i) => i.link)]))]
}
