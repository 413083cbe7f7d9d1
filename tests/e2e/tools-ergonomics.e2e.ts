/**
 * The tools as a phone or keyboard user meets them (issue 13, "Keyboard and phone" and
 * "工具箱 history"): text inputs at 16 px (iOS, DingTalk on iOS included, zooms into smaller
 * ones on focus), 44 px touch targets on a touch screen, focus visible on every checkbox, 清空
 * leaving focus inside the tool, the card's buttons in one place in every tool, no "Tab 键"
 * advice on phones, and one history entry per chosen tool.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { TOOL_IDS } from '../../playground/logic/toolbox/tool-hash'
import { DESKTOP, openWatched, PHONE, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function openTools(page: Page, hash = '') {
  await page.goto(`${site.url}tools${hash}`)
  await waitForHydration(page)
  await page.getByRole('tablist', { name: '工具' }).waitFor()
}

/** Opens a tool by its tab and returns its card, with its example filled in where there is one. */
async function openTool(page: Page, id: string): Promise<Locator> {
  await page.locator(`[role=tab][data-tool="${id}"]`).click()
  const card = page.locator('#tb-panel .wui-card:visible').first()
  await card.waitFor()
  return card
}

/** Everything in the card a finger must hit: buttons, text fields, the labels of checkboxes and radios. */
async function smallTargets(card: Locator): Promise<string[]> {
  return card.evaluate((root) => {
    const found: string[] = []
    const targets = root.querySelectorAll<HTMLElement>(
      'button, input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea, select, label:has(input[type=checkbox]), label:has(input[type=radio]), label:has(input[type=file])',
    )
    for (const el of targets) {
      const r = el.getBoundingClientRect()
      if (!r.width || !r.height) continue // hidden
      if (r.height < 44 || r.width < 44) found.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 16)}" ${Math.round(r.width)}×${Math.round(r.height)}`)
    }
    return found
  })
}

async function smallText(card: Locator): Promise<string[]> {
  return card.evaluate((root) => {
    const found: string[] = []
    for (const el of root.querySelectorAll<HTMLElement>('input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea, select')) {
      if (!el.getBoundingClientRect().width) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size < 16) found.push(`${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.id}" ${size}px`)
    }
    return found
  })
}

describe('the tools on a phone', () => {
  it('use 16 px text in every field and 44 px touch targets, in every tool', async () => {
    const { page, errors, close } = await openWatched(browser, PHONE)
    await openTools(page)
    const problems: string[] = []
    for (const id of TOOL_IDS) {
      const card = await openTool(page, id)
      // Show what appears only with values: output tabs, copy buttons, 发送设置, the share link.
      const example = card.getByRole('button', { name: /^(填入示例|勾选常用项)$/ })
      if (await example.count()) await example.click()
      if (id === 'error-diagnosis') await card.locator('.ed-example').first().click()
      if (id === 'message-editor') {
        await card.getByRole('button', { name: /^填写 Webhook/ }).click()
        await card.getByRole('button', { name: '生成分享链接' }).click()
        await card.locator('input[aria-label="分享链接"]').waitFor()
      }
      for (const p of await smallText(card)) problems.push(`${id}: text ${p}`)
      for (const p of await smallTargets(card)) problems.push(`${id}: target ${p}`)
    }
    expect(problems).toEqual([])
    expect(errors).toEqual([])
    await close()
  })

  it('gives keyboard advice ("Tab 键") on a desktop only', async () => {
    for (const [device, expected] of [
      [PHONE, false],
      [DESKTOP, true],
    ] as const) {
      const { page, close } = await openWatched(browser, device)
      await openTools(page)
      expect(await page.locator('.vp-doc').innerText()).toContain('工具')
      expect((await page.locator('.vp-doc').innerText()).includes('Tab 键')).toBe(expected)
      await close()
    }
  })
})

describe('the tools by keyboard', () => {
  it('show focus on the checkboxes 显示完整 AppSecret and @所有人', async () => {
    const { page, close } = await openWatched(browser)
    await openTools(page)
    // In 凭证交接 the second box appears once the first is ticked (Space), as a keyboard user does.
    const checkboxes: [string, string[]][] = [
      ['credentials', ['交接内容里包含 AppSecret', '显示完整的 AppSecret']],
      ['message-editor', ['@所有人']],
    ]
    for (const [id, names] of checkboxes) {
      const card = await openTool(page, id)
      await card.getByRole('button', { name: '填入示例' }).focus()
      await page.keyboard.press('Enter') // keyboard use: focus is drawn from now on
      for (const name of names) {
        const box = card.getByRole('checkbox', { name: new RegExp(name) })
        await box.focus()
        const ring = await box.evaluate((el) => {
          const s = getComputedStyle(el)
          return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) }
        })
        expect(ring.visible, name).toBe(true)
        expect(ring.style, name).not.toBe('none')
        expect(ring.width, name).toBeGreaterThanOrEqual(2)
        await page.keyboard.press('Space')
      }
    }
    await close()
  })

  it('错误诊断: 清空 leaves focus in the text field, ready for the next answer', async () => {
    const { page, close } = await openWatched(browser)
    await openTools(page, '#error-diagnosis')
    const card = page.locator('#tb-panel .wui-card:visible').first()
    const field = card.getByLabel('钉钉返回的内容')
    await field.fill('{"errcode":310000,"errmsg":"sign not match"}')
    await card.getByRole('button', { name: '清空' }).focus()
    await page.keyboard.press('Enter')
    expect(await field.inputValue()).toBe('')
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true)
    await close()
  })
})

describe('the card buttons (填入示例, 清空)', () => {
  it('sit at the same place, the right edge of the card head, in every tool, on phone and desktop', async () => {
    for (const device of [PHONE, DESKTOP]) {
      const { page, close } = await openWatched(browser, device)
      await openTools(page)
      const offsets: Record<string, number> = {}
      for (const id of TOOL_IDS) {
        const card = await openTool(page, id)
        if (id === 'error-diagnosis') await card.getByLabel('钉钉返回的内容').fill('x') // 清空 appears with text
        offsets[id] = await card.evaluate((c) => {
          const head = c.querySelector('.wui-card-head')!.getBoundingClientRect()
          const actions = c.querySelector('.wui-card-actions')!.getBoundingClientRect()
          return Math.round(head.right - actions.right)
        })
      }
      expect(offsets).toEqual(Object.fromEntries(TOOL_IDS.map((id) => [id, 0])))
      await close()
    }
  })
})

describe('the 工具箱 history', () => {
  it('adds one entry per chosen tool: Back returns to the previous tool, Forward again', async () => {
    const { page, errors, close } = await openWatched(browser)
    await page.goto(`${site.url}intro`)
    await waitForHydration(page)
    await page.locator('.VPNavBarMenu a', { hasText: '工具箱' }).click()
    await page.getByRole('tablist', { name: '工具' }).waitFor()
    const selected = () => page.locator('[role=tab][aria-selected=true]').getAttribute('data-tool')
    await page.locator('[role=tab][data-tool="robot-signer"]').click()
    await page.locator('[role=tab][data-tool="error-diagnosis"]').click()
    expect(new URL(page.url()).hash).toBe('#error-diagnosis')

    await page.goBack()
    await expect.poll(selected).toBe('robot-signer')
    expect(new URL(page.url()).hash).toBe('#robot-signer')
    await page.goBack()
    await expect.poll(selected).toBe('basic-info')
    expect(new URL(page.url()).pathname).toBe(`${site.base}tools`)
    await page.goForward()
    await expect.poll(selected).toBe('robot-signer')
    // Back past the first tool leaves the 工具箱 for the page before it.
    await page.goBack()
    await page.goBack()
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${site.base}intro`)
    await page.locator('h1', { hasText: '前言' }).first().waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('does not add an entry when the tool is already the chosen one (it only writes its address)', async () => {
    const { page, close } = await openWatched(browser)
    await openTools(page)
    const length = await page.evaluate(() => history.length)
    await page.locator('[role=tab][data-tool="basic-info"]').click()
    expect(new URL(page.url()).hash).toBe('#basic-info')
    await page.locator('[role=tab][data-tool="dev-info"]').click()
    await page.locator('[role=tab][data-tool="dev-info"]').click()
    expect(await page.evaluate(() => history.length)).toBe(length + 1)
    await close()
  })
})
