/**
 * `npm run new:tool`: the files ARCHITECTURE.md's "How to add… a tool" names, written for a new tool
 * (as it-tools' `pnpm script:create:tool`): its logic and test, its component and test, its entry in
 * the tool registry and its place on its guide page. Pure: it takes the current text of the two files
 * it edits and returns every file's new text; new-tool.ts reads and writes them.
 */

export interface ToolSpec {
  /** The 工具箱 address: lower-case words and hyphens ('agent-check'). */
  id: string
  /** The tab's name (Chinese). */
  title: string
  /** One line under the name. */
  summary: string
  /** The guide page's link ('/app/credentials'): an existing page of the sidebar that embeds no widget yet. */
  page: string
  /** The folder under playground/logic/ ('credentials', 'app/credentials'); default: the id. */
  topic?: string
}

export interface Scaffold {
  /** Repository-relative path → full text: new files, and the new text of the edited ones. */
  files: Record<string, string>
  /** The component's name ('AgentCheck'). */
  widget: string
}

export const pascal = (id: string): string => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())
const constant = (id: string): string => id.toUpperCase().replace(/-/g, '_')

/** Where a page's Markdown lives: '/app/' → docs/app/index.md, '/app/x' → docs/app/x.md. */
export const pageFile = (link: string): string => `docs${link.endsWith('/') ? `${link}index.md` : `${link}.md`}`

/** What is wrong with the spec, in Chinese, or [] when nothing is. */
export function specProblems(spec: ToolSpec, toolsSource: string, pageSource: string | null): string[] {
  const problems: string[] = []
  if (!/^[a-z]+(-[a-z]+)*$/.test(spec.id)) problems.push(`工具 id「${spec.id}」只能用小写字母和连字符，如 agent-check。`)
  if (toolsSource.includes(`id: '${spec.id}'`)) problems.push(`工具 id「${spec.id}」已经有了。`)
  if (toolsSource.includes(`widget: '${pascal(spec.id)}'`)) problems.push(`组件名 ${pascal(spec.id)} 已经有了。`)
  if (!spec.title.trim() || !spec.summary.trim()) problems.push('请给出 --title（标签名）和 --summary（一句说明）。')
  if (/['\\\n]/.test(spec.title + spec.summary)) problems.push('--title 和 --summary 里不能有单引号、反斜杠或换行。')
  if (spec.topic !== undefined && !/^[a-z]+(-[a-z]+)*(\/[a-z]+(-[a-z]+)*)*$/.test(spec.topic))
    problems.push(`--topic「${spec.topic}」是 playground/logic/ 下的文件夹，只能用小写字母、连字符和 /，如 credentials 或 app/credentials。`)
  if (pageSource === null) problems.push(`没有页面 ${pageFile(spec.page)}：先按 ARCHITECTURE.md 的 “A page” 建好页面并加进侧边栏。`)
  else if (/playground\/widgets\/\w+\.vue/.test(pageSource)) problems.push(`页面 ${pageFile(spec.page)} 已经嵌入了一个工具：每个工具有自己的说明页。`)
  return problems
}

/** The page with the component: imported lazily in its <script setup> (added if missing), shown before 资料来源 or at the end. */
export function withWidget(pageSource: string, page: string, widget: string): string {
  const depth = pageFile(page).split('/').length - 1
  const importLine = `const ${widget} = defineLazyWidget(() => import('${'../'.repeat(depth)}playground/widgets/${widget}.vue'))`
  let text = pageSource
  const script = /<script setup>\n([\s\S]*?)<\/script>\n/.exec(text)
  if (script) {
    const body = script[1]!.includes('defineLazyWidget }') ? script[1]! : `import { defineLazyWidget } from '@theme/lazy-widget'\n${script[1]!}`
    text = text.replace(script[0], `<script setup>\n${body}${importLine}\n</script>\n`)
  } else {
    const front = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? ''
    text = `${front}\n<script setup>\nimport { defineLazyWidget } from '@theme/lazy-widget'\n${importLine}\n</script>\n${text.slice(front.length)}`
  }
  const sources = text.search(/^## 资料来源/m)
  const tag = `<${widget} />\n\n`
  return sources === -1 ? `${text.replace(/\n*$/, '\n\n')}<${widget} />\n` : text.slice(0, sources) + tag + text.slice(sources)
}

/** The registry with the new entry last (the 工具箱's last tab). */
export function withEntry(toolsSource: string, spec: ToolSpec, widget: string): string {
  const end = toolsSource.indexOf('] as const satisfies')
  if (end === -1) throw new Error('playground/logic/toolbox/tools.ts: the end of TOOLS (`] as const satisfies`) was not found')
  const entry = `  {\n    id: '${spec.id}',\n    title: '${spec.title}',\n    summary: '${spec.summary}',\n    page: '${spec.page}',\n    widget: '${widget}',\n  },\n`
  return toolsSource.slice(0, end) + entry + toolsSource.slice(end)
}

export function scaffoldTool(spec: ToolSpec, toolsSource: string, pageSource: string): Scaffold {
  const widget = pascal(spec.id)
  const topic = spec.topic ?? spec.id
  const TEXT = `${constant(spec.id)}_TEXT`
  const EXAMPLE = `${constant(spec.id)}_EXAMPLE`
  const check = `check${widget}`
  const logic = `playground/logic/${topic}/${spec.id}`
  const core = `${'../'.repeat(topic.split('/').length)}core`
  const files: Record<string, string> = {
    [`${logic}.ts`]: `/**
 * ${spec.title}: ${spec.summary}. The checks the ${widget} widget shows (and a command could run):
 * any string in, a Chinese answer out, never a throw. Replace the placeholder check with the real
 * one, each rule with its public source (an open.dingtalk.com/document/… page, an issue thread).
 */
import type { FieldText } from '${core}/field-text'
import { error, type ValidationResult } from '${core}/findings'
import { normalizeInput } from '${core}/normalize'

export const ${TEXT}: FieldText = {
  label: '${spec.title}',
  hint: '${spec.summary}。',
}

/** A made-up value for 填入示例 (never a real one: the site shows no real identifiers). Replace it. */
export const ${EXAMPLE} = '示例'

export function ${check}(raw: string): ValidationResult {
  const { value, findings } = normalizeInput(raw)
  if (value === '') return { value, findings: [...findings, error('${spec.id}.empty', '请填写${spec.title}。')] }
  return { value, findings }
}
`,
    [`${logic}.test.ts`]: `import { describe, expect, it } from 'vitest'
import { ${check} } from './${spec.id}'

describe('${check}', () => {
  it('answers any input in Chinese, never throws', () => {
    for (const raw of ['', '   ', 'ｘ', '😀', 'x'.repeat(100_000)]) {
      const r = ${check}(raw)
      for (const f of r.findings) expect(f.message).toMatch(/[\\u4e00-\\u9fff]/)
    }
    expect(${check}('').findings.map((f) => f.level)).toContain('error')
  })
  it.todo('real inputs first, each with its source (issue threads, blogs, public code), half of them held out')
})
`,
    [`playground/widgets/${widget}.vue`]: `<!--
  ${widget} (${spec.title}): ${spec.summary}. The checks are ${logic}.ts.
-->
<script setup lang="ts">
import { ${EXAMPLE}, ${TEXT}, ${check} } from '../logic/${topic}/${spec.id}'
import ExampleButton from './ui/ExampleButton.vue'
import FieldInput from './ui/FieldInput.vue'
import WidgetCard from './ui/WidgetCard.vue'
import { useValidated } from './ui/use-validated'

const value = useValidated(${check}, '', '${spec.id}.value')
</script>

<template>
  <WidgetCard title="${spec.title}" description="${spec.summary}。全部在本机浏览器里计算，不上传、不保存。">
    <!-- 填入示例 and 清空 at the right of the card head, as in every tool. -->
    <template #actions><ExampleButton clearable @fill="value.set(${EXAMPLE})" @clear="value.set('')" /></template>
    <FieldInput v-model="value.raw.value" v-bind="${TEXT}" :findings="value.shown.value" ok-text="格式正确" />
  </WidgetCard>
</template>
`,
    [`playground/widgets/${widget}.test.ts`]: `// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ${widget} from './${widget}.vue'
import { forgetAll } from './ui/page-memory'

// Values typed into a tool are kept in the tab's memory (page-memory.ts): each test starts afresh.
afterEach(forgetAll)

describe('${widget}', () => {
  it('fills its example and clears it again, from the card head', async () => {
    const w = mount(${widget}, { attachTo: document.body })
    const button = (name: string) => w.findAll('.wui-card-actions button').find((b) => b.text().includes(name))!
    await button('填入示例').trigger('click')
    expect((w.get('input').element as HTMLInputElement).value).not.toBe('')
    await button('清空').trigger('click')
    expect((w.get('input').element as HTMLInputElement).value).toBe('')
    w.unmount()
  })
  it('shows the check for what was typed', async () => {
    const w = mount(${widget}, { attachTo: document.body })
    await w.get('input').setValue('x')
    await w.get('input').setValue('')
    await flushPromises()
    expect(w.text()).toContain('请填写${spec.title}')
    w.unmount()
  })
})
`,
    'playground/logic/toolbox/tools.ts': withEntry(toolsSource, spec, widget),
    [pageFile(spec.page)]: withWidget(pageSource, spec.page, widget),
  }
  return { files, widget }
}
