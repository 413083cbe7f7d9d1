/**
 * DingTalk's JS-API on the built site. Outside DingTalk not one jsapi chunk is requested.
 * With an iOS DingTalk user agent and a stubbed native bridge (dingtalk-jsapi's iOS path
 * talks to window.WebViewJavascriptBridge.callHandler(name, params, callback), see
 * node_modules/dingtalk-jsapi/lib/bridge/h5Ios.js), the title is set, copies go through
 * DingTalk's clipboard and the 免登测试 gets (or explains the failure of) an auth code.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { EXAMPLE } from '../../playground/logic/examples'
import { PHONE, site, waitForHydration } from './support/site'

const IOS_DINGTALK_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/7.0.50) com.laiwang.DingTalk/1 Channel/201200 language/zh-Hans-CN'
const FAKE_CODE = 'fake-auth-code-0123456789'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Site-relative paths of the built chunks that hold dingtalk-jsapi (its iOS bridge code is in every entry). */
function jsapiChunks(): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.name.endsWith('.js')) {
        const text = readFileSync(full, 'utf8')
        if (text.includes('WebViewJavascriptBridge')) out.push(relative(site.dist, full))
      }
    }
  }
  walk(join(site.dist, 'assets'))
  return out
}

interface Call {
  name: string
  params: Record<string, unknown>
}

/** A context with DingTalk's iOS user agent and a native bridge stub recording every call. */
async function dingTalkContext(mode: 'ok' | 'refuse' | 'oldClient' | 'silent' = 'ok'): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...PHONE,
    locale: 'zh-CN',
    userAgent: IOS_DINGTALK_UA,
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  await context.addInitScript(
    ({ code, mode }) => {
      const calls: { name: string; params: unknown }[] = []
      Object.assign(window, {
        __ddCalls: calls,
        WebViewJavascriptBridge: {
          init() {},
          registerHandler() {},
          callHandler(name: string, params: Record<string, unknown>, reply: (r: unknown) => void) {
            calls.push({ name, params: JSON.parse(JSON.stringify(params)) })
            const auth = name.startsWith('runtime.permission.requestAuthCode')
            // 'silent': a client that takes the 免登 and clipboard calls and never answers.
            if (mode === 'silent' && (auth || name === 'biz.clipboardData.setData')) return
            setTimeout(() => {
              if (auth && mode === 'refuse') reply({ errorCode: '3', errorMessage: 'corpId不匹配' })
              else if (name.endsWith('V2') && mode === 'oldClient') reply({ errorCode: '1', errorMessage: 'no such api' })
              else reply({ errorCode: '0', result: auth ? { code } : {} })
            }, 10)
          },
        },
      })
    },
    { code: FAKE_CODE, mode },
  )
  return context
}

describe('outside DingTalk', () => {
  it('finds the jsapi chunks in the build', () => {
    const chunks = jsapiChunks()
    expect(chunks.length).toBeGreaterThanOrEqual(1)
    expect(chunks.every((c) => /^assets\/chunks\/jsapi\.[\w-]+\.js$/.test(c)), chunks.join()).toBe(true)
  })

  it('requests no jsapi chunk on any page, even when copying or opening the 免登测试', async () => {
    const chunks = jsapiChunks()
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    for (const path of ['', 'app/basic-info', 'app/dev-info', 'app/permissions', 'tools']) {
      await page.goto(site.url + path, { waitUntil: 'networkidle' })
    }
    await page.goto(site.url + 'app/credentials')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '凭证交接' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await card.getByRole('button', { name: /^复制/ }).first().click()
    await expect.poll(() => card.getByRole('status').first().innerText()).toBe('已复制')
    await page.waitForLoadState('networkidle')
    const hits = requested.filter((url) => chunks.some((c) => url.endsWith(c.split('/').pop()!)))
    expect(requested.length).toBeGreaterThan(10)
    expect(hits).toEqual([])
    await context.close()
  })
})

describe('inside DingTalk (iOS user agent, stubbed bridge)', () => {
  it('sets the native title, follows navigation, and loads the jsapi chunk', async () => {
    const context = await dingTalkContext()
    const page = await context.newPage()
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    await page.goto(site.url + 'app/permissions')
    await waitForHydration(page)
    const titles = async () =>
      ((await page.evaluate(() => (window as unknown as { __ddCalls: Call[] }).__ddCalls)) as Call[])
        .filter((c) => c.name === 'biz.navigation.setTitle')
        .map((c) => c.params.title)
    await expect.poll(titles).toContain('4. 开通权限')
    const chunks = jsapiChunks()
    expect(requested.some((url) => chunks.some((c) => url.endsWith(c)))).toBe(true)
    // SPA navigation through the sidebar: the title follows.
    await page.locator('.VPDocFooter a', { hasText: '发布应用' }).first().click()
    await expect.poll(async () => (await titles()).at(-1)).toMatch(/发布/)
    await context.close()
  })

  it('copies through DingTalk’s clipboard', async () => {
    const context = await dingTalkContext()
    const page = await context.newPage()
    await page.goto(site.url + 'app/credentials')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '凭证交接' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await card.getByRole('button', { name: /^复制（不含 AppSecret）交接内容/ }).click()
    await expect.poll(() => card.getByRole('status').first().innerText()).toBe('已复制')
    const calls = (await page.evaluate(() => (window as unknown as { __ddCalls: Call[] }).__ddCalls)) as Call[]
    const copy = calls.find((c) => c.name === 'biz.clipboardData.setData')
    expect(copy?.params.text).toContain(`CorpId: ${EXAMPLE.corpId}`)
    await context.close()
  })

  it('runs the 免登测试 with the entered CorpId and Client ID and shows the code', async () => {
    const context = await dingTalkContext()
    const page = await context.newPage()
    await page.goto(site.url + 'app/credentials')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '凭证交接' })
    const button = card.getByRole('button', { name: '获取免登授权码' })
    await button.waitFor()
    expect(await button.isDisabled()).toBe(true) // no CorpId yet
    await card.getByRole('button', { name: '填入示例' }).click()
    await button.click()
    await expect.poll(() => card.locator('.at').innerText()).toContain(FAKE_CODE)
    const calls = (await page.evaluate(() => (window as unknown as { __ddCalls: Call[] }).__ddCalls)) as Call[]
    const auth = calls.find((c) => c.name === 'runtime.permission.requestAuthCodeV2')
    expect(auth?.params).toMatchObject({ corpId: EXAMPLE.corpId, clientId: EXAMPLE.appKey })
    // The secret never goes to the bridge for the auth code.
    expect(JSON.stringify(auth)).not.toContain(EXAMPLE.appSecret)
    await context.close()
  })

  it('explains a refused auth code', async () => {
    const context = await dingTalkContext('refuse')
    const page = await context.newPage()
    await page.goto(site.url + 'app/credentials')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '凭证交接' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await card.getByRole('button', { name: '获取免登授权码' }).click()
    const text = () => card.locator('.at').innerText()
    await expect.poll(text).toContain('未能获取授权码')
    expect(await text()).toContain('corpId不匹配')
    expect(await text()).toContain('CorpId 与当前登录钉钉的组织不一致')
    await context.close()
  })

  it('falls back to the legacy call on a client without requestAuthCodeV2', async () => {
    const context = await dingTalkContext('oldClient')
    const page = await context.newPage()
    await page.goto(site.url + 'app/credentials')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '凭证交接' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await card.getByRole('button', { name: '获取免登授权码' }).click()
    await expect.poll(() => card.locator('.at').innerText()).toContain(FAKE_CODE)
    const calls = (await page.evaluate(() => (window as unknown as { __ddCalls: Call[] }).__ddCalls)) as Call[]
    const names = calls.map((c) => c.name).filter((n) => n.includes('requestAuthCode'))
    expect(names).toEqual(['runtime.permission.requestAuthCodeV2', 'runtime.permission.requestAuthCode'])
    expect(calls.at(-1)?.params).toMatchObject({ corpId: EXAMPLE.corpId })
    await context.close()
  })

  it('gives up on a 免登 request DingTalk never answers, says so, and can try again', async () => {
    const context = await dingTalkContext('silent')
    const page = await context.newPage()
    await page.goto(site.url + 'app/credentials')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '凭证交接' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await card.getByRole('button', { name: '获取免登授权码' }).click()
    await card.getByRole('button', { name: '请求中…' }).waitFor()
    const text = () => card.locator('.at').innerText()
    await expect.poll(text, { timeout: 20_000 }).toContain('钉钉在 10 秒内没有回应')
    expect(await card.getByRole('button', { name: '获取免登授权码' }).isEnabled()).toBe(true)
    await context.close()
  })

  it('copies through the browser when DingTalk’s clipboard does not answer, and says so', async () => {
    const context = await dingTalkContext('silent')
    const page = await context.newPage()
    await page.goto(site.url + 'app/credentials')
    await waitForHydration(page)
    const card = page.locator('section.wui-card', { hasText: '凭证交接' })
    await card.getByRole('button', { name: '填入示例' }).click()
    await card.getByRole('button', { name: /^复制（不含 AppSecret）交接内容/ }).click()
    const status = card.getByRole('status').filter({ hasText: '已复制' }).first()
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('已复制。钉钉的剪贴板没有回应，已改用浏览器复制。')
    expect(await status.isVisible()).toBe(true)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`CorpId: ${EXAMPLE.corpId}`)
    await context.close()
  })
})
