import { describe, expect, it } from 'vitest'
import { buildNav, buildSidebar, guide, guideLinks, type GuideSection } from './sidebar'

describe('the nav, built from the guide', () => {
  it('is the nav the site shows: labels, links, order, what lights each up', () => {
    expect(buildNav()).toEqual([
      { text: '前言', link: '/intro', activeMatch: '^/intro' },
      { text: '应用接口配置', link: '/app/', activeMatch: '^/app/' },
      { text: '消息机器人', link: '/robot/', activeMatch: '^/robot/' },
      { text: '工具箱', link: '/tools', activeMatch: '^/tools' },
      { text: '故障排查', link: '/troubleshooting', activeMatch: '^/troubleshooting' },
    ])
  })

  it('links only to pages of the guide, and a section entry stays lit on all its pages', () => {
    const links = guideLinks()
    for (const item of buildNav()) {
      if (!('link' in item)) throw new Error('nav item without a link')
      expect(links).toContain(item.link)
      const section = guide.find((s) => s.link === item.link && s.nav === item.text)
      for (const page of section?.items ?? [item]) expect(page.link).toMatch(new RegExp(item.activeMatch!))
    }
  })

  it('follows the list: a label added or removed there shows in the nav', () => {
    const sections: GuideSection[] = [
      { text: 'A', link: '/a/', nav: '甲', items: [{ text: 'a1', link: '/a/1' }] },
      { text: 'B', link: '/b', items: [{ text: 'b1', link: '/b1', nav: '乙一' }, { text: 'b2', link: '/b2' }] },
    ]
    expect(buildNav(sections)).toEqual([
      { text: '甲', link: '/a/', activeMatch: '^/a/' },
      { text: '乙一', link: '/b1', activeMatch: '^/b1' },
    ])
    expect(buildSidebar(sections)).toEqual([
      { text: 'A', items: [{ text: 'a1', link: '/a/1' }] },
      { text: 'B', items: [{ text: 'b1', link: '/b1' }, { text: 'b2', link: '/b2' }] },
    ])
  })
})
