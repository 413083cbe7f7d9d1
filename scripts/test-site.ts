/**
 * Builds the site under a project sub-path, the way GitHub Pages serves it, checks the size
 * budgets on that build (scripts/size.ts), then runs the browser tests (tests/e2e) against it.
 *
 *   npm run test:site                      build to .vitepress/dist with base /gt-faq/, then test
 *   npm run test:site -- search            only the browser test files matching "search"
 *   E2E_SKIP_BUILD=1 npm run test:site     reuse the last build
 *   E2E_OUT_DIR=/tmp/x E2E_BASE=/y/ ...    build elsewhere (parallel work) or with another base
 *   E2E_SKIP_SIZE=1 npm run test:site      leave out the size budgets (scripts/size.ts)
 *
 * Without a browser the tests are skipped loudly, except under CI=true where that is a failure.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { findChromium, INSTALL_HINT } from './lib/browser'
import { buildSite } from './lib/build-site'
import { normaliseBase } from '../.vitepress/config/site-url'

const base = normaliseBase(process.env.E2E_BASE ?? '/gt-faq/')
const outDir = resolve(process.env.E2E_OUT_DIR ?? '.vitepress/dist')
const filters = process.argv.slice(2)

// Asynchronous on purpose: VitePress finishes writing sitemap.xml after build() resolves,
// and a synchronous spawn would block that write until the process exits.
async function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const code = await new Promise<number>((done) => child.on('close', (c, signal) => done(c ?? (signal ? 1 : 0))))
  if (code !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${code})`)
    process.exit(code)
  }
}

const browser = findChromium()
if (!browser) {
  const line = '!'.repeat(78)
  console.error(`\n${line}\n  BROWSER TESTS SKIPPED: no Chromium found.\n  ${INSTALL_HINT}\n${line}\n`)
  process.exit(process.env.CI === 'true' ? 1 : 0)
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  await buildSite({ outDir, base })
}

// Size budgets on this very build (issue 7): JavaScript per page against plain VitePress,
// widget code only where it is used. A failure does not stop the browser tests (their
// results are worth seeing too) but fails the run at the end. E2E_SKIP_SIZE=1 skips it.
let sizeFailed = false
if (process.env.E2E_SKIP_SIZE !== '1') {
  const child = spawn('npx', ['tsx', 'scripts/size.ts', '--dist', outDir, '--base', base], { stdio: 'inherit' })
  sizeFailed = (await new Promise<number | null>((done) => child.on('close', done))) !== 0
}

await run('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...filters], {
  E2E_DIST: outDir,
  E2E_BASE: base,
  CHROME_PATH: browser,
})

if (sizeFailed) {
  console.error('\n✗ size budgets broken: see the output of scripts/size.ts above')
  process.exit(1)
}
