import { describe, expect, it } from 'vitest'
import type { PageData } from 'vitepress'
import { beijingTime, withLastUpdatedText, type PageDataWithTime } from './beijing-time'

describe('beijingTime', () => {
  it('says what Intl says for zh-CN in Asia/Shanghai, across day, month and year boundaries', () => {
    const intl = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai', hourCycle: 'h23' })
    for (const iso of ['2026-11-24T06:58:00Z', '2026-12-31T16:00:00Z', '2026-02-28T15:59:59Z', '2024-02-28T16:30:00Z', '2026-07-01T00:05:00Z']) {
      const t = Date.parse(iso)
      // Intl writes 2026/11/24 (zero-padded in recent ICU, not in older): compare the numbers.
      const numbers = (s: string) => s.match(/\d+/g)!.map(Number)
      expect(numbers(beijingTime(t)), iso).toEqual(numbers(intl.format(t)))
      expect(beijingTime(t), iso).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/)
    }
  })
  it('gives nothing for a missing time, instead of NaN', () => {
    expect(beijingTime(Number.NaN)).toBe('')
  })
})

describe('withLastUpdatedText (the config\'s transformPageData)', () => {
  const page = (lastUpdated?: number): PageData => ({ relativePath: 'a.md', filePath: 'a.md', title: 'a', description: '', headers: [], frontmatter: {}, lastUpdated })
  it('writes the Beijing time into the page data, which the page shows without formatting it', () => {
    const data = page(Date.parse('2026-12-31T16:00:00Z'))
    withLastUpdatedText(data)
    expect((data as PageDataWithTime).lastUpdatedText).toBe('2027/01/01 00:00')
  })
  it('adds nothing to a page without a time', () => {
    const data = page()
    withLastUpdatedText(data)
    expect('lastUpdatedText' in data).toBe(false)
  })
})
