/**
 * `npm run new:tool` end to end: in a copy of the repository's sources, the tool it writes passes the
 * tool registry's test, the 工具箱's and the field-text test unchanged, and its own generated tests.
 * Also the pure parts: what it refuses, and where it puts the component on the page.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pageFile, pascal, specProblems, withWidget } from './scaffold'

const ROOT = join(__dirname, '../..')
const TOOLS = readFileSync(join(ROOT, 'playground/logic/toolbox/tools.ts'), 'utf8')
const copy = mkdtempSync(join(tmpdir(), 'new-tool-'))
// A tool id no real tool will take, and a page that embeds no tool yet: the test must not fail when the
// next real tool is added (issue 23's trial named its tool agent-check, as this test once did).
const ID = 'scaffold-probe'
const WIDGET = 'ScaffoldProbe'
const PAGE = ['/app/publish', '/app/create', '/app/quotas', '/intro'].find(
  (p) => !readFileSync(join(ROOT, 'docs', `${p}.md`), 'utf8').includes('playground/widgets/'),
)!
afterAll(() => rmSync(copy, { recursive: true, force: true }))

describe('new:tool', () => {
  it('refuses what cannot work, in Chinese', () => {
    const spec = { id: ID, title: 'AgentId 检查', summary: '检查 AgentId', page: '/app/publish' }
    expect(specProblems(spec, TOOLS, '# 发布应用\n')).toEqual([])
    expect(specProblems({ ...spec, id: 'Agent_Check' }, TOOLS, '')[0]).toContain('小写字母')
    expect(specProblems({ ...spec, id: 'robot-signer' }, TOOLS, '')[0]).toContain('已经有了')
    expect(specProblems(spec, TOOLS, null)[0]).toContain('没有页面 docs/app/publish.md')
    expect(specProblems(spec, TOOLS, "import('../../playground/widgets/RobotSigner.vue')")[0]).toContain('已经嵌入了一个工具')
    expect(specProblems({ ...spec, title: "a'b" }, TOOLS, '')[0]).toContain('单引号')
    expect(specProblems({ ...spec, topic: 'app/credentials' }, TOOLS, '')).toEqual([])
    expect(specProblems({ ...spec, topic: '../x' }, TOOLS, '')[0]).toContain('--topic')
  })

  it('puts the component before 资料来源, with its lazy import', () => {
    expect(pascal('agent-check')).toBe('AgentCheck')
    expect(pageFile('/robot/')).toBe('docs/robot/index.md')
    const page = withWidget('---\ndescription: x\n---\n\n# 页\n\n正文\n\n## 资料来源\n\n- 来源\n', '/app/x', 'AgentCheck')
    expect(page).toContain("<script setup>\nimport { defineLazyWidget } from '@theme/lazy-widget'\nconst AgentCheck = defineLazyWidget(() => import('../../playground/widgets/AgentCheck.vue'))\n</script>")
    expect(page.indexOf('<AgentCheck />')).toBeLessThan(page.indexOf('## 资料来源'))
    expect(page.startsWith('---\ndescription: x\n---\n')).toBe(true)
  })

  it('writes a tool that passes the registry, 工具箱 and field-text tests unedited, and its own tests', () => {
    const skip = (src: string) => !/[/\\](node_modules|dist|cache|\.git)([/\\]|$)/.test(src)
    for (const part of ['package.json', 'tsconfig.json', 'vitest.config.ts', 'playground', 'docs', '.vitepress', 'scripts/new-tool.ts', 'scripts/new-tool'])
      cpSync(join(ROOT, part), join(copy, part), { recursive: true, filter: skip })
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
    const tsx = join(ROOT, 'node_modules/.bin/tsx')
    const args = [ID, '--title', 'AgentId 检查', '--summary', '检查 AgentId 的写法', '--page', PAGE, '--topic', 'app/checks']
    const out = execFileSync(tsx, ['scripts/new-tool.ts', ...args], { cwd: copy, encoding: 'utf8' })
    expect(out).toContain(`新建 playground/widgets/${WIDGET}.vue`)
    expect(out).toContain('改动 playground/logic/toolbox/tools.ts')
    // A second run refuses: the id exists now.
    expect(() => execFileSync(tsx, ['scripts/new-tool.ts', ...args], { cwd: copy, stdio: 'pipe' })).toThrow()
    const tests = [
      'playground/widgets/toolbox/registry.test.ts',
      'playground/widgets/toolbox/ToolBox.test.ts',
      'playground/widgets/field-text.test.ts',
      `playground/logic/app/checks/${ID}.test.ts`,
      'playground/logic/purity.test.ts',
      `playground/widgets/${WIDGET}.test.ts`,
    ]
    const run = execFileSync(join(ROOT, 'node_modules/.bin/vitest'), ['run', ...tests], { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
    expect(run).toMatch(/Test Files +6 passed \(6\)/)
    expect(readFileSync(join(copy, 'playground/widgets/toolbox/registry.test.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'playground/widgets/toolbox/registry.test.ts'), 'utf8'))
  }, 180_000)
})
