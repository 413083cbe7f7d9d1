/**
 * The 在 GitHub 上编辑此页 link, only where the repository is known: GitHub Actions sets
 * GITHUB_REPOSITORY ("owner/name") and GITHUB_SERVER_URL for every step of a workflow
 * (https://docs.github.com/actions/reference/variables-reference). A local build has
 * neither, and a link to a made-up repository would be a dead end, so it gets no link.
 */
import type { DefaultTheme } from 'vitepress'

const REPOSITORY = /^[\w.-]+\/[\w.-]+$/

export function editLinkFor(env: Record<string, string | undefined>): DefaultTheme.EditLink | undefined {
  const repository = env.GITHUB_REPOSITORY?.trim() ?? ''
  if (!REPOSITORY.test(repository)) return undefined
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '')
  return { pattern: `${server}/${repository}/edit/main/docs/:path`, text: '在 GitHub 上编辑此页' }
}
