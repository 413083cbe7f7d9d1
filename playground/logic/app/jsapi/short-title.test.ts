import { describe, expect, it } from 'vitest'
import { shortTitle } from './short-title'

describe('shortTitle', () => {
  it('drops the site suffix VitePress appends', () => {
    expect(shortTitle('4. 开通权限 | 事业合伙系统接入钉钉')).toBe('4. 开通权限')
  })
  it('keeps a title without suffix', () => {
    expect(shortTitle('事业合伙系统接入钉钉')).toBe('事业合伙系统接入钉钉')
  })
  it('falls back to the whole title when the page part is empty', () => {
    expect(shortTitle(' | 站点')).toBe('| 站点')
    expect(shortTitle('')).toBe('')
  })
})
