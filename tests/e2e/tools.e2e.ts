/**
 * The 工具箱 page on the built site: every tool in a keyboard-usable tab list, each tool's code
 * fetched only when its tab is opened, the choice addressable as #<tool-id> (ids only, never
 * values), and the message editor's share link (#msg=…) restoring a message, tolerant of a broken one.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { EXAMPLE } from '../../playground/logic/examples'
import { TOOLS } from '../../playground/logic/toolbox/tools'
import { openWatched, PHONE, site, waitForHydration } from './support/site'
import { recordWidgetChunks } from './support/widget-chunks'

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

const selectedTab = (page: Page) => page.locator('[role=tab][aria-selected=true]').getAttribute('data-tool')

describe('the 工具箱', () => {
  it('lists every tool of the registry in the static HTML', async () => {
    const html = await (await fetch(`${site.url}tools`)).text()
    expect(TOOLS.length).toBeGreaterThan(0)
    for (const { id, title } of TOOLS) {
      expect(html).toContain(title)
      expect(html).toContain(`data-tool="${id}"`)
    }
    expect(html).toContain('role="tablist"')
    // The description names every tool (written from the registry, .vitepress/config/tools-description.ts).
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''
    for (const { title } of TOOLS) expect(description).toContain(title)
  })

  it('names each tool’s guide page by its sidebar title', async () => {
    const { page, errors, close } = await openWatched(browser)
    await openTools(page)
    for (const tool of [TOOLS[0]!, TOOLS.at(-1)!]) {
      await page.locator(`[role=tab][data-tool="${tool.id}"]`).click()
      const link = page.locator('.tb-page a')
      expect(await link.getAttribute('href')).toBe(`${site.base}${tool.page.slice(1)}`)
      expect(await link.textContent()).toBe(await page.locator(`.VPSidebar a[href="${site.base}${tool.page.slice(1)}"]`).first().textContent().then((t) => t?.trim()))
    }
    expect(errors).toEqual([])
    await close()
  })

  it('loads only the chosen tool’s code, the others when opened', async () => {
    const { page, errors, close } = await openWatched(browser)
    const chunks = recordWidgetChunks(page)
    await openTools(page)
    await page.locator('#tb-panel .wui-card').first().waitFor()
    await page.waitForTimeout(500)
    expect(chunks).toEqual(['BasicInfoForm'])
    await page.locator('[role=tab][data-tool="robot-signer"]').click()
    await page.locator('#tb-panel .wui-card', { hasText: '机器人签名' }).waitFor()
    expect(chunks).toContain('RobotSigner')
    expect(chunks).not.toContain('MessageEditor')
    expect(errors).toEqual([])
    await close()
  })

  it('is usable by keyboard alone: arrows, Home, End; the hash follows with ids only', async () => {
    const { page, close } = await openWatched(browser)
    await openTools(page)
    await page.locator('[role=tab][data-tool="basic-info"]').focus()
    await page.keyboard.press('ArrowRight')
    expect(await selectedTab(page)).toBe('dev-info')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.tool)).toBe('dev-info')
    expect(new URL(page.url()).hash).toBe('#dev-info')
    // The last tab is whatever the registry lists last.
    const last = TOOLS[TOOLS.length - 1]!
    await page.keyboard.press('End')
    expect(await selectedTab(page)).toBe(last.id)
    await page.locator('#tb-panel .wui-card').last().waitFor()
    await page.keyboard.press('Home')
    expect(await selectedTab(page)).toBe('basic-info')
    await page.keyboard.press('ArrowLeft')
    expect(await selectedTab(page)).toBe(last.id)
    // Tab moves from the tab list into the panel.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#tb-panel')))).toBe(true)
    await close()
  })

  it('opens the tool named in the hash, and follows hash changes', async () => {
    const { page, errors, close } = await openWatched(browser)
    await openTools(page, '#robot-signer')
    expect(await selectedTab(page)).toBe('robot-signer')
    await page.locator('#tb-panel .wui-card', { hasText: '机器人签名' }).waitFor()
    await page.evaluate(() => (location.hash = '#error-diagnosis'))
    await expect.poll(() => selectedTab(page)).toBe('error-diagnosis')
    expect(errors).toEqual([])
    await close()
  })

  it('keeps typed values when switching tools, but never puts them in the URL', async () => {
    const { page, close } = await openWatched(browser)
    await openTools(page, '#robot-signer')
    await page.getByLabel('加签密钥', { exact: true }).fill(EXAMPLE.robotSecret)
    await page.locator('[role=tab][data-tool="error-diagnosis"]').click()
    await page.locator('[role=tab][data-tool="robot-signer"]').click()
    expect(await page.getByLabel('加签密钥', { exact: true }).inputValue()).toBe(EXAMPLE.robotSecret)
    expect(page.url()).toBe(`${site.url}tools#robot-signer`)
    await close()
  })

  it('restores a shared message from its link, without webhook or secret', async () => {
    const { page, errors, close } = await openWatched(browser)
    await openTools(page, '#message-editor')
    await page.getByRole('radio', { name: '卡片 actionCard' }).check()
    await page.getByRole('button', { name: '填入示例' }).click()
    await page.getByRole('button', { name: '填写 Webhook，生成 curl 命令' }).click()
    await page.getByLabel('Webhook 地址', { exact: true }).fill(EXAMPLE.robotWebhook)
    await page.getByLabel('加签密钥（可选）', { exact: true }).fill(EXAMPLE.robotSecret)
    await page.getByRole('button', { name: '生成分享链接' }).click()
    const link = await page.locator('input[aria-label="分享链接"]').inputValue()
    expect(link).toMatch(new RegExp(`^${site.url}tools#msg=[\\w-]+$`))
    expect(link).not.toContain(EXAMPLE.robotAccessToken)
    expect(page.url()).toBe(`${site.url}tools#message-editor`)

    const other = await openWatched(browser, PHONE)
    await other.page.goto(link)
    await waitForHydration(other.page)
    await other.page.getByText('已载入分享链接里的消息').waitFor()
    expect(await other.page.locator('[role=tab][aria-selected=true]').getAttribute('data-tool')).toBe('message-editor')
    expect(await other.page.getByRole('radio', { name: '卡片 actionCard' }).isChecked()).toBe(true)
    expect(await other.page.locator('.dt-btns .dt-btn').allInnerTexts()).toEqual(['参与跟投', '暂不参与'])
    expect(await other.page.getByLabel('Webhook 地址', { exact: true }).count()).toBe(0)
    await other.page.getByRole('button', { name: '填写 Webhook，生成 curl 命令' }).click()
    expect(await other.page.getByLabel('Webhook 地址', { exact: true }).inputValue()).toBe('')
    expect(other.errors).toEqual([])
    await other.close()
    expect(errors).toEqual([])
    await close()
  })

  it('survives a broken (truncated) share link with a clear message', async () => {
    const { page, errors, close } = await openWatched(browser)
    await openTools(page, '#msg=eyJ0eXBlIjoi')
    await page.getByText('分享链接已损坏').waitFor()
    expect(await selectedTab(page)).toBe('message-editor')
    expect(errors).toEqual([])
    await close()
  })
})

/**
 * The 错误诊断's reading timed in Chromium (issue 21: a 5 KB paste under 5 ms, 200 KB under 100 ms):
 * the same code the tab runs (the catalog's reading, then DingTalk's message index for a paste without
 * a code, then the suggestions for a paste nothing read), bundled by esbuild and run in a blank page; median of
 * seven, wall time inside the page.
 */
describe('the 错误诊断 reads a paste in linear time in the browser', () => {
  it('5 KB in under 5 ms, 200 KB in under 100 ms, with and without a code', async () => {
    const { build } = await import('esbuild')
    const errors = new URL('../../playground/logic/errors/', import.meta.url).pathname
    const bundle = await build({
      stdin: {
        contents: `import { diagnoseCatalog } from './catalog-entries'
          import { ERROR_CATALOG } from './catalog'
          import { ERROR_TEXTS } from './error-texts'
          import { messageFinder } from './official-messages'
          import { relatedEntries } from './related-entries'
          import index from './official/dingtalk-errmsgs.json'
          const find = messageFinder(index, async () => { throw new Error('no shard in this test') })
          // A paste nothing reads ends with the suggestions (related-entries.ts): timed too.
          globalThis.readPaste = async (text) => {
            const d = diagnoseCatalog(text)
            if (d.errcode !== null) return d.id
            return (await find(text).catch(() => null)) ?? relatedEntries(text, ERROR_CATALOG, ERROR_TEXTS)
          }`,
        resolveDir: errors,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      logLevel: 'silent',
    })
    const page = await browser.newPage()
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text })
    const medians = await page.evaluate(async () => {
      const line = '2026-12-03 10:00:00 INFO request https://oapi.dingtalk.com/robot/send status=200 body={"errcode":0,"errmsg":"ok"} 处理中\n'
      const noise = (bytes: number) => line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes - 60)
      const read = (globalThis as unknown as { readPaste: (t: string) => Promise<unknown> }).readPaste
      const median = async (text: string) => {
        const times: number[] = []
        for (let i = 0; i < 7; i++) {
          const t = performance.now()
          await read(text)
          times.push(performance.now() - t)
        }
        return times.sort((a, b) => a - b)[3]!
      }
      const out: Record<string, number> = {}
      for (const bytes of [5_000, 200_000]) {
        out[`${bytes} with code`] = await median(`${noise(bytes)}{"errcode":310000,"errmsg":"sign not match"}`)
        out[`${bytes} without code`] = await median(`${noise(bytes).replace(/errcode/g, 'status')}\n接口返回失败，请稍后再试`)
      }
      return out
    })
    console.log(`错误诊断 in Chromium (median ms): ${JSON.stringify(medians)}`)
    await page.close()
    expect(medians['5000 with code']).toBeLessThan(5)
    expect(medians['5000 without code']).toBeLessThan(5)
    expect(medians['200000 with code']).toBeLessThan(100)
    expect(medians['200000 without code']).toBeLessThan(100)
  })
})
