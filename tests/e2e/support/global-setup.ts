import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStaticSite } from '../../../scripts/lib/static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteOrigin: string
    siteBase: string
    siteDist: string
  }
}

export default async function setup(project: TestProject) {
  const dist = process.env.E2E_DIST
  const base = process.env.E2E_BASE ?? '/'
  if (!dist || !existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site at ${dist}. Run the browser tests through \`npm run test:site\`.`)
  }
  const site = await startStaticSite(dist, base)
  project.provide('siteUrl', site.url)
  project.provide('siteOrigin', site.origin)
  project.provide('siteBase', base)
  project.provide('siteDist', dist)
  return () => site.close()
}
