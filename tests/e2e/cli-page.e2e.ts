/**
 * The 命令行工具 page and the file it publishes (issue 14): the page's SHA-256 and size are those
 * of the dingtalk.mjs the site serves at <base>dingtalk.mjs, the download link points there, the
 * file downloaded from the site runs, and every command of the CLI has its section on the page.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { COMMANDS } from '../../scripts/cli/commands'
import { openWatched, PHONE, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the 命令行工具 page', () => {
  it('shows the SHA-256 and size of the very file the site serves, which runs on its own', async () => {
    const { page, errors, close } = await openWatched(browser)
    await page.goto(`${site.url}cli`)
    await waitForHydration(page)
    const shown = (await page.locator('.cli-sha').textContent())?.trim() ?? ''
    expect(shown).toMatch(/^[0-9a-f]{64}$/)
    const link = page.getByRole('link', { name: 'dingtalk.mjs', exact: true })
    const href = await link.getAttribute('href')
    expect(href).toBe(`${site.base}dingtalk.mjs`)
    const response = await fetch(new URL(href!, site.url))
    expect(response.status).toBe(200)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown)
    expect(await page.locator('.cli-download').textContent()).toContain(`${bytes.byteLength} 字节`)

    // The downloaded file, alone in a folder, is the command line.
    const dir = mkdtempSync(join(tmpdir(), 'cli-download-'))
    writeFileSync(join(dir, 'dingtalk.mjs'), bytes)
    const out = execFileSync(process.execPath, ['dingtalk.mjs', 'sign', '--secret=SEC1234567890abcdef', '--timestamp', '1700000000000'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    expect(out).toBe('RqBq3E1RTBDv3n2QBCh4adZ2WHk9mVklyUoDBLxarjI%3D\n')
    expect(errors).toEqual([])
    await close()
  })

  it('documents every command of the CLI, and reads well on a phone', async () => {
    const { page, errors, close } = await openWatched(browser, PHONE)
    await page.goto(`${site.url}cli`)
    await waitForHydration(page)
    const headings = await page.locator('h3').allTextContents()
    for (const { name } of COMMANDS) expect(headings.some((h) => h.startsWith(name + '：')), name).toBe(true)
    // The long hash wraps instead of widening the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'cli-phone.png'), fullPage: false })
    expect(errors).toEqual([])
    await close()
  })
})
