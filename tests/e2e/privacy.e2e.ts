/**
 * Privacy on the built site: every widget (the robot widgets and the app widgets, on their guide
 * pages and in every tab of the 工具箱) is used with secrets — fresh random ones typed in, and the
 * 填入示例 values — and every button is pressed. Meanwhile no request may leave the site's origin,
 * and afterwards no secret may be found in any request URL, the page URL, localStorage,
 * sessionStorage, cookies, IndexedDB or the console output.
 */
import { randomBytes } from 'node:crypto'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { EXAMPLE } from '../../playground/logic/examples'
import { TOOLS } from '../../playground/logic/toolbox/tools'
import { DESKTOP, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const FRESH = {
  robotToken: randomBytes(32).toString('hex'),
  robotSecret: 'SEC' + randomBytes(32).toString('hex'),
  appSecret: randomBytes(48).toString('base64url'),
}
const SECRETS = [FRESH.robotToken, FRESH.robotSecret, FRESH.appSecret, EXAMPLE.robotAccessToken, EXAMPLE.robotSecret, EXAMPLE.appSecret]
const leaked = (text: string) => SECRETS.filter((s) => text.includes(s) || text.includes(encodeURIComponent(s)))

interface Session {
  context: BrowserContext
  page: Page
  requests: string[]
  consoleText: string[]
}

async function session(): Promise<Session> {
  const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  const requests: string[] = []
  const consoleText: string[] = []
  context.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => consoleText.push(m.text()))
  page.on('pageerror', (e) => consoleText.push(`pageerror: ${e.message}`))
  return { context, page, requests, consoleText }
}

/** What to type into a field, by its label and type; null = keep what 填入示例 put there. */
function valueFor(label: string, type: string): string | null {
  if (/webhook/i.test(label)) return `https://oapi.dingtalk.com/robot/send?access_token=${FRESH.robotToken}`
  if (/加签|密钥/.test(label)) return FRESH.robotSecret
  if (/AppSecret|Client ?Secret/i.test(label) || type === 'password') return FRESH.appSecret
  return null
}

/** Types fresh secrets into every field whose label asks for one. */
async function fillSecrets(card: Locator) {
  const fields = card.locator('input:not([type=checkbox]):not([type=radio]):not([type=file]):not([readonly]), textarea')
  for (let i = 0; i < (await fields.count()); i++) {
    const field = fields.nth(i)
    const label = await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '')
    const value = valueFor(label, (await field.getAttribute('type')) ?? '')
    if (value !== null && (await field.isEditable())) await field.fill(value)
  }
}

/** Presses every button (show/hide, tabs, copy, 新签名, share, examples…) except those that throw input away. */
async function pressEveryButton(card: Locator) {
  const buttons = card.locator('button:not([disabled])')
  for (let i = 0; i < Math.min(await buttons.count(), 60); i++) {
    const button = buttons.nth(i)
    const name = (await button.innerText().catch(() => '')).trim()
    if (/^(清空|删除|收起)$/.test(name) || !(await button.isVisible().catch(() => false))) continue
    await button.click({ timeout: 2000 }).catch(() => {})
  }
  await card.page().waitForTimeout(200)
}

/** Uses every widget card on the page: examples, secrets typed in, every button pressed. */
async function useWidgets(page: Page): Promise<number> {
  // Visible cards only: the 工具箱 keeps tools opened earlier mounted but hidden.
  const cards = page.locator('.wui-card:visible')
  await cards.first().waitFor({ timeout: 15_000 })
  const count = await cards.count()
  for (let c = 0; c < count; c++) {
    const card = cards.nth(c)
    for (const example of await card.getByRole('button', { name: '填入示例' }).all()) await example.click()
    // Two rounds: pressing buttons may reveal more fields (e.g. the editor's 发送设置).
    for (let round = 0; round < 2; round++) {
      await fillSecrets(card)
      await pressEveryButton(card)
    }
    for (const link of await card.locator('input[aria-label="分享链接"]').all()) {
      expect(leaked(await link.inputValue()), 'share link').toEqual([])
    }
  }
  await page.waitForTimeout(300)
  return count
}

async function assertNothingLeaked({ context, page, requests, consoleText }: Session, where: string) {
  const foreign = requests.filter((url) => new URL(url).origin !== site.origin && !url.startsWith('data:') && !url.startsWith('blob:'))
  expect(foreign, `${where}: requests outside the site`).toEqual([])
  for (const url of requests) expect(leaked(url), `${where}: request ${url}`).toEqual([])
  expect(leaked(page.url()), `${where}: page URL`).toEqual([])
  const stored = await page.evaluate(async () => {
    const dump = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n')
    const dbs = 'databases' in indexedDB ? await indexedDB.databases() : []
    return { local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie, dbs: dbs.map((d) => d.name ?? '') }
  })
  expect(leaked(stored.local), `${where}: localStorage`).toEqual([])
  expect(leaked(stored.session), `${where}: sessionStorage`).toEqual([])
  expect(leaked(stored.cookie), `${where}: document.cookie`).toEqual([])
  expect(stored.dbs, `${where}: IndexedDB databases`).toEqual([])
  const cookies = await context.cookies()
  expect(leaked(JSON.stringify(cookies)), `${where}: cookies`).toEqual([])
  expect(leaked(consoleText.join('\n')), `${where}: console`).toEqual([])
}

/** Every page that embeds a tool (the registry's guide pages). */
const GUIDE_PAGES = TOOLS.map((t) => t.page.slice(1))

describe('no secret leaves the browser or stays behind', () => {
  it.each(GUIDE_PAGES)('on %s', async (path) => {
    const s = await session()
    await s.page.goto(site.url + path)
    await waitForHydration(s.page)
    expect(await useWidgets(s.page)).toBeGreaterThan(0)
    await assertNothingLeaked(s, path)
    await s.context.close()
  })

  it('in every tool of the 工具箱', async () => {
    const s = await session()
    await s.page.goto(site.url + 'tools')
    await waitForHydration(s.page)
    expect(await s.page.getByRole('tab').count()).toBe(TOOLS.length)
    for (const { id } of TOOLS) {
      await s.page.locator(`[role=tab][data-tool="${id}"]`).click()
      expect(s.page.url()).toMatch(new RegExp(`#${id}$`))
      expect(await useWidgets(s.page), `tool ${id}`).toBeGreaterThan(0)
      await assertNothingLeaked(s, `tools#${id}`)
    }
    await s.context.close()
  })

  it('the leak check itself can fail (a secret in the URL is caught)', async () => {
    const s = await session()
    await s.page.goto(`${site.url}tools#${FRESH.robotSecret}`)
    expect(leaked(s.page.url())).toEqual([FRESH.robotSecret])
    await s.context.close()
  })
})
