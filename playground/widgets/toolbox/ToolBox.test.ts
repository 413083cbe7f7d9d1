// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { forgetAll } from '../ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

vi.mock('vitepress', async () => {
  const { ref } = await import('vue')
  const { buildSidebar } = await import('../../../.vitepress/config/sidebar')
  return { withBase: (path: string) => `/gt-faq${path}`, useData: () => ({ theme: ref({ sidebar: buildSidebar() }) }) }
})
vi.mock('./tools', async () => {
  const { TOOLS } = await import('../../logic/toolbox/tools')
  return {
    TOOL_TABS: TOOLS.map(({ id, page, widget }) => ({
      id,
      title: `工具 ${id}`,
      summary: '说明',
      page,
      widget,
      component: defineComponent({ name: `Tool-${id}`, render: () => h('p', { class: 'stub-tool' }, id) }),
    })),
  }
})
const { default: ToolBox } = await import('./ToolBox.vue')
const { TOOLS } = await import('../../logic/toolbox/tools')

afterEach(() => history.replaceState(null, '', location.pathname))

/** The tool on show: opened tools stay mounted (hidden) so that their values survive. */
function shownTool(w: ReturnType<typeof mount>): string {
  const shown = w.findAll('.stub-tool').filter((t) => t.isVisible())
  expect(shown).toHaveLength(1)
  return shown[0]!.text()
}

async function mounted() {
  const w = mount(ToolBox, { attachTo: document.body })
  await flushPromises()
  return w
}

describe('ToolBox', () => {
  it('shows the first tool by default, with tabs wired to the panel', async () => {
    const w = await mounted()
    const tabs = w.findAll('[role=tab]')
    expect(tabs).toHaveLength(TOOLS.length)
    expect(tabs.map((t) => t.attributes('data-tool'))).toEqual(TOOLS.map((t) => t.id))
    expect(tabs[0]!.attributes('aria-selected')).toBe('true')
    expect(tabs[0]!.attributes('tabindex')).toBe('0')
    expect(tabs[1]!.attributes('tabindex')).toBe('-1')
    expect(w.get('[role=tabpanel]').attributes('aria-labelledby')).toBe(tabs[0]!.attributes('id'))
    expect(shownTool(w)).toBe('basic-info')
    // The guide page's title is its sidebar entry's, not a copy in the tool registry.
    expect(w.get('.tb-page a').attributes('href')).toBe('/gt-faq/app/basic-info')
    expect(w.get('.tb-page a').text()).toBe('2. 填写基本信息')
    expect(location.hash).toBe('')
    w.unmount()
  })

  it('opens the tool in the hash, and a share link opens the message editor', async () => {
    history.replaceState(null, '', '#robot-signer')
    let w = await mounted()
    expect(shownTool(w)).toBe('robot-signer')
    w.unmount()
    history.replaceState(null, '', '#msg=abc')
    w = await mounted()
    expect(shownTool(w)).toBe('message-editor')
    expect(location.hash).toBe('#msg=abc') // the editor reads it; the tool box leaves it alone
    w.unmount()
  })

  it('moves with the arrow keys and writes only the id into the hash', async () => {
    const w = await mounted()
    await w.get('[role=tablist]').trigger('keydown', { key: 'ArrowRight' })
    expect(shownTool(w)).toBe('dev-info')
    expect(location.hash).toBe('#dev-info')
    // The first tool is still mounted, only hidden: what was typed there survives the switch.
    expect(w.findAll('.stub-tool').map((t) => t.text())).toEqual(['basic-info', 'dev-info'])
    await w.get('[role=tablist]').trigger('keydown', { key: 'End' })
    expect(location.hash).toBe(`#${TOOLS.at(-1)!.id}`)
    await w.get('[role=tab][data-tool="robot-signer"]').trigger('click')
    expect(location.hash).toBe('#robot-signer')
    w.unmount()
  })

  it('follows hash changes and ignores unknown hashes', async () => {
    const w = await mounted()
    location.hash = '#credentials'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await flushPromises()
    expect(shownTool(w)).toBe('credentials')
    location.hash = '#some-heading'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await flushPromises()
    expect(shownTool(w)).toBe('credentials')
    w.unmount()
  })
})
