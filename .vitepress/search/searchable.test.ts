import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { searchableMarkdown } from './searchable'

const page = (path: string) => readFileSync(new URL(`../../docs/${path}`, import.meta.url), 'utf8')

describe('searchableMarkdown', () => {
  it('drops the console drawings (both consoles), the switch and the 资料来源 list, and keeps the rest', () => {
    const src = [
      '# 标题',
      '正文一',
      page('parts/console-switch.md'),
      page('parts/console/security.md'),
      '<figure class="mock">旧版控制台的字段</figure>',
      '## 小节',
      '正文二',
      '## 资料来源',
      '- [钉钉文档](https://open.dingtalk.com/document/development/custom-robots-send-group-messages)',
      '## 之后的小节',
      '正文三',
    ].join('\n')
    const out = searchableMarkdown(src)
    for (const kept of ['# 标题', '正文一', '## 小节', '正文二', '## 之后的小节', '正文三']) expect(out).toContain(kept)
    for (const dropped of ['console-switch', 'console-new', '安全设置', '旧版控制台的字段', '资料来源', 'custom-robots-send-group-messages']) expect(out).not.toContain(dropped)
  })
  it('drops code samples (fenced blocks, imported files) and keeps inline code and the text around them', () => {
    const src = ['正文 `msgUuid` 一', '```json', '{"msgtype":"text"}', '```', '中间', '~~~sh', 'curl -X POST', '~~~', '::: code-group', '<<< @/public/samples/sign.py [Python]', ':::', '之后'].join('\n')
    const out = searchableMarkdown(src)
    for (const kept of ['正文 `msgUuid` 一', '中间', '之后']) expect(out).toContain(kept)
    for (const dropped of ['msgtype', 'curl', 'sign.py']) expect(out).not.toContain(dropped)
  })
  it('does not end a fence at a shorter one, and drops an unclosed fence to the end', () => {
    expect(searchableMarkdown('a\n````md\n```js\nx\n```\n````\nb')).toBe('a\n\nb')
    expect(searchableMarkdown('a\n```\nnever closed')).toBe('a\n')
  })
  it('keeps every heading of the real pages (an anchor the question index links to must stay)', () => {
    for (const path of ['robot/messages.md', 'robot/sign.md', 'cli.md', 'app/permissions.md']) {
      const src = page(path)
      const headings = (s: string) => s.split('\n').filter((l) => /^#{1,6} /.test(l) && !/资料来源/.test(l))
      const fencedHeadings = [...src.matchAll(/^```[\s\S]*?^```/gm)].flatMap((m) => headings(m[0]))
      expect(headings(searchableMarkdown(src))).toEqual(headings(src).filter((h) => !fencedHeadings.includes(h)))
    }
  })
  it('drops a 资料来源 list at the end of a page', () => {
    expect(searchableMarkdown('正文\n## 资料来源\n- a\n- b\n')).toBe('正文\n')
  })
})
