/**
 * Printing (issue 13, "Print"): a printed page carries its content, not the site's navigation,
 * sidebar, outline, footer or buttons, in dark text also when the screen uses the dark theme;
 * a secret shown on screen (the AppSecret field, the hand-over with the full AppSecret, the
 * robot secret) is masked on paper. Checked with print media emulated, as the browser lays out
 * a page it prints. `E2E_PRINT_OUT=dir` also writes a print-media screenshot and a PDF to look at.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { EXAMPLE } from '../../playground/logic/examples'
import { DESKTOP, openWatched, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const CHROME = ['.VPNav', '.VPSidebar', '.VPDocAside', '.VPDocFooter .prev-next', '.VPFooter', '.VPLocalNav']

/** What a printed page would show: visible chrome, visible buttons, visible inputs holding `secret`, the text. */
async function printedView(page: Page, secret: string) {
  return page.evaluate(
    ({ chrome, secret }) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
      }
      return {
        chrome: chrome.filter((s) => [...document.querySelectorAll(s)].some(visible)),
        buttons: [...document.querySelectorAll('button')].filter(visible).map((b) => b.textContent?.trim()),
        secretInputs: [...document.querySelectorAll('input')].filter((i) => i.value.includes(secret) && visible(i)).length,
        text: document.body.innerText,
        contentLeft: Math.round(document.querySelector('.vp-doc')!.getBoundingClientRect().left),
      }
    },
    { chrome: CHROME, secret },
  )
}

async function save(page: Page, name: string) {
  const dir = process.env.E2E_PRINT_OUT
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
  await page.pdf({ path: join(dir, `${name}.pdf`), format: 'A4', printBackground: false })
}

describe('printing', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`prints the content without the site chrome and buttons, in dark text (${scheme} theme)`, async () => {
      const { page, close } = await openWatched(browser, { ...DESKTOP, colorScheme: scheme })
      await page.goto(site.url + 'robot/sign')
      await waitForHydration(page)
      await page.emulateMedia({ media: 'print' })
      const view = await printedView(page, '\u0000')
      expect(view.chrome).toEqual([])
      expect(view.buttons).toEqual([])
      expect(view.text).toContain('加签')
      expect(view.contentLeft).toBeLessThan(80) // no sidebar column
      const textColour = await page.locator('.vp-doc p').first().evaluate((p) => getComputedStyle(p).color)
      const [r, g, b] = textColour.match(/\d+/g)!.map(Number)
      expect(r! + g! + b!, textColour).toBeLessThan(3 * 128)
      await save(page, `robot-sign.print.${scheme}`)
      await close()
    })
  }

  it('masks the AppSecret shown on screen: the field and the hand-over', async () => {
    const { page, close } = await openWatched(browser)
    await page.goto(site.url + 'app/credentials')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '凭证交接' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await card.getByRole('button', { name: /^显示AppSecret/ }).click()
    await card.getByRole('checkbox', { name: /交接内容里包含 AppSecret/ }).check()
    await card.getByRole('checkbox', { name: /显示完整的 AppSecret/ }).check()
    // On screen, as asked: the secret in the field and in the hand-over.
    expect(await card.locator('pre').first().innerText()).toContain(EXAMPLE.appSecret)
    expect((await printedView(page, EXAMPLE.appSecret)).secretInputs).toBe(1)

    await page.emulateMedia({ media: 'print' })
    const view = await printedView(page, EXAMPLE.appSecret)
    expect(view.secretInputs).toBe(0)
    expect(view.text).not.toContain(EXAMPLE.appSecret)
    expect(view.text).toContain(EXAMPLE.corpId) // the rest of the hand-over is printed
    expect(view.text).toContain('密钥，打印时不显示')
    expect(view.buttons).toEqual([])
    await save(page, 'app-credentials.print')

    // Back on screen, the secret is shown again: printing changed nothing.
    await page.emulateMedia({ media: 'screen' })
    expect(await card.locator('pre:visible').first().innerText()).toContain(EXAMPLE.appSecret)
    await close()
  })

  it('masks the robot secret shown on screen', async () => {
    const { page, close } = await openWatched(browser)
    await page.goto(site.url + 'robot/sign')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '机器人签名' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await card.getByRole('button', { name: /^显示加签密钥/ }).click()
    await page.emulateMedia({ media: 'print' })
    const view = await printedView(page, EXAMPLE.robotSecret)
    expect(view.secretInputs).toBe(0)
    expect(view.text).not.toContain(EXAMPLE.robotSecret)
    await close()
  })

  it('masks the access_token: the Webhook field, the signed URL and the curl command', async () => {
    const { page, close } = await openWatched(browser)
    await page.goto(site.url + 'robot/sign')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '机器人签名' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await expect.poll(() => card.innerText()).toContain(EXAMPLE.robotAccessToken)
    await page.emulateMedia({ media: 'print' })
    const view = await printedView(page, EXAMPLE.robotAccessToken)
    expect(view.secretInputs).toBe(0)
    // The widget (the page's own code samples use the same made-up token, as prose).
    expect(await card.innerText()).not.toContain(EXAMPLE.robotAccessToken)
    // What is printed instead (generated content, which innerText leaves out).
    const notes = await page.evaluate(() => [...document.querySelectorAll('[data-print-mask]')].map((e) => getComputedStyle(e, '::after').content))
    expect(notes.length).toBeGreaterThanOrEqual(3)
    for (const note of notes) expect(note).toContain('含 access_token，打印时不显示')
    await save(page, 'robot-sign-token')
    await close()
  })
})
