import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { searchableMarkdown } from './searchable'

const page = (path: string) => readFileSync(new URL(`../../docs/${path}`, import.meta.url), 'utf8')

describe('searchableMarkdown', () => {
  it('drops the console drawings, the switch and the 资料来源 list, and keeps the rest', () => {
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
    for (const kept of ['# 标题', '正文一', '旧版控制台的字段', '## 小节', '正文二', '## 之后的小节', '正文三']) expect(out).toContain(kept)
    for (const dropped of ['console-switch', 'console-new', '安全设置', '资料来源', 'custom-robots-send-group-messages']) expect(out).not.toContain(dropped)
  })
  it('drops a 资料来源 list at the end of a page', () => {
    expect(searchableMarkdown('正文\n## 资料来源\n- a\n- b\n')).toBe('正文\n')
  })
})
