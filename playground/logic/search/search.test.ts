import { describe, expect, it } from 'vitest'
import { questionsForSection } from '../../../.vitepress/search/questions-field'
import { glossary } from './glossary'
import { escapeMarkdown, glossaryMarkdown, questionsMarkdown } from './page-markdown'
import { allQuestions, questionGroups } from './questions'
import { closestQuestions, startingQuestions } from './suggest'

describe('question index data', () => {
  it('has at least 80 questions, each once, with a public source and a site link', () => {
    const all = allQuestions()
    expect(all.length).toBeGreaterThanOrEqual(80)
    expect(new Set(all.map((q) => q.q)).size).toBe(all.length)
    for (const q of all) {
      expect(q.source, q.q).toMatch(/^https?:\/\/\S+$/)
      expect(q.link, q.q).toMatch(/^\/[a-z/-]*(#\S+)?$/)
    }
    expect(new Set(questionGroups.map((g) => g.id)).size).toBe(questionGroups.length)
  })
})

describe('glossary data', () => {
  it('gives every entry the pages’ words, what admins type, a note and a link', () => {
    for (const e of glossary) {
      expect(e.site.length, e.note).toBeGreaterThan(0)
      expect(e.typed.length, e.note).toBeGreaterThan(0)
      expect(e.link).toMatch(/^\//)
    }
  })
})

describe('the question page', () => {
  it('lists each step as a section and each question as a link to its answer', () => {
    const md = questionsMarkdown({ '/robot/messages': '消息类型与限制' })
    expect(md).toContain('## 发消息：关键词、@人、格式、频率 {#q-messages}')
    expect(md).toContain('- [钉某人失败，钉所有人成功](/robot/messages#at-rules)<span class="qi-where">消息类型与限制</span>')
    expect(md.match(/^- \[/gm)?.length).toBe(allQuestions().length)
  })

  it('shows the glossary as a table', () => {
    const md = glossaryMarkdown()
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(glossary.length + 2)
    expect(md).toContain('艾特')
  })

  it('escapes Markdown and Vue syntax in the texts', () => {
    expect(escapeMarkdown('a_b *c* [d] {{ e }} <f> |')).toBe('a\\_b \\*c\\* \\[d\\] &#123;&#123; e &#125;&#125; \\<f\\> \\|')
  })
})

describe('the questions search field of a section', () => {
  const field = questionsForSection('/gt-faq/', [
    { q: '@人不生效', link: '/robot/messages#人', source: 'https://example.com/1' },
    { q: '报错了', link: '/troubleshooting', source: 'https://example.com/2' },
  ])

  it('holds the questions that link to the section', () => {
    expect(field({ id: '/gt-faq/robot/messages#人', titles: ['消息类型与限制'] })).toBe('@人不生效')
    expect(field({ id: '/gt-faq/robot/messages#发送限制', titles: ['消息类型与限制'] })).toBe('')
  })

  it('gives questions about a whole page to its first section only', () => {
    expect(field({ id: '/gt-faq/troubleshooting#故障排查', titles: [] })).toBe('报错了')
    expect(field({ id: '/gt-faq/troubleshooting#err-40089', titles: ['故障排查'] })).toBe('')
  })
})

describe('closest questions (search box, nothing found)', () => {
  const questions = allQuestions()

  it('ranks questions by the rare characters and words they share with the query', () => {
    const found = closestQuestions('锟斤拷签名', questions)
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((q) => /签|名/.test(q.q))).toBe(true)
    expect(closestQuestions('agentid 锟斤拷', questions)[0]?.q).toMatch(/agentId/i)
  })

  it('finds nothing when nothing is shared; the first question of each step stands in', () => {
    expect(closestQuestions('锟斤拷烫烫烫', questions)).toEqual([])
    expect(startingQuestions(questionGroups)).toHaveLength(5)
  })

  it('takes any string', () => {
    for (const s of ['', ' ', '😀', 'x'.repeat(100_000), '\u0000']) expect(Array.isArray(closestQuestions(s, questions))).toBe(true)
  })
})
