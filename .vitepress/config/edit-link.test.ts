import { describe, expect, it } from 'vitest'
import { editLinkFor } from './edit-link'

describe('editLinkFor', () => {
  it('gives no link when the repository is unknown (a local build)', () => {
    expect(editLinkFor({})).toBeUndefined()
    expect(editLinkFor({ GITHUB_REPOSITORY: '' })).toBeUndefined()
    expect(editLinkFor({ GITHUB_REPOSITORY: 'not a repository' })).toBeUndefined()
    expect(editLinkFor({ GITHUB_REPOSITORY: 'a/b/c' })).toBeUndefined()
  })

  it('links to the repository GitHub Actions names', () => {
    expect(editLinkFor({ GITHUB_REPOSITORY: 'example-org/gt-faq' })).toEqual({
      pattern: 'https://github.com/example-org/gt-faq/edit/main/docs/:path',
      text: '在 GitHub 上编辑此页',
    })
  })

  it('follows GITHUB_SERVER_URL (GitHub Enterprise)', () => {
    expect(editLinkFor({ GITHUB_REPOSITORY: 'org/repo', GITHUB_SERVER_URL: 'https://git.example.com/' })?.pattern).toBe(
      'https://git.example.com/org/repo/edit/main/docs/:path',
    )
  })
})
