/**
 * The robot widgets on the built site: RobotSigner (robot/sign), MessageEditor (robot/messages),
 * ErrorDiagnosis (troubleshooting). Wrong and right values give the right messages; the sign made
 * in the browser equals Node's crypto for the same inputs; the preview runs no injected markup.
 */
import { createHmac, randomBytes } from 'node:crypto'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { openWatched, PHONE, site, waitForHydration } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const nodeSign = (secret: string, ts: string) =>
  encodeURIComponent(createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64'))
const freshToken = () => randomBytes(32).toString('hex')
const freshSecret = () => 'SEC' + randomBytes(32).toString('hex')

/** The messages tied to an input through aria-describedby (the last id is the messages block). */
async function messagesOf(input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean)
  const page = input.page()
  return ids.length ? (await page.locator(`[id="${ids.at(-1)}"]`).innerText()).trim() : ''
}

async function open(path: string, card: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const watched = await openWatched(browser)
  await watched.page.goto(site.url + path)
  await waitForHydration(watched.page)
  await watched.page.locator('.wui-card', { hasText: card }).first().waitFor()
  return watched
}

describe('RobotSigner on robot/sign', () => {
  it('answers wrong and right values at their fields', async () => {
    const { page, errors, close } = await open('robot/sign', '机器人签名')
    const webhook = page.getByLabel('Webhook 地址', { exact: true })
    const secret = page.getByLabel('加签密钥', { exact: true })
    expect(await secret.getAttribute('type')).toBe('password')

    await webhook.fill('https://example.com/robot/send?access_token=abc')
    await expect.poll(() => messagesOf(webhook)).toContain('oapi.dingtalk.com')
    expect(await webhook.getAttribute('aria-invalid')).toBe('true')
    await secret.fill('sec123')
    await expect.poll(() => messagesOf(secret)).toContain('SEC')
    expect(await secret.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('[data-field="sign"]').count()).toBe(0)

    await webhook.fill(freshToken())
    await secret.fill(freshSecret())
    await expect.poll(() => messagesOf(webhook)).toContain('格式正确')
    await expect.poll(() => messagesOf(secret)).toContain('格式正确')
    expect(await webhook.getAttribute('aria-invalid')).toBe('false')
    expect(errors).toEqual([])
    await close()
  })

  it('signs exactly like Node crypto, counts down and renews', async () => {
    const { page, errors, close } = await open('robot/sign', '机器人签名')
    const token = freshToken()
    const secret = freshSecret()
    await page.getByLabel('Webhook 地址', { exact: true }).fill(`https://oapi.dingtalk.com/robot/send?access_token=${token}`)
    await page.getByLabel('加签密钥', { exact: true }).fill(secret)
    const ts = await page.locator('[data-field="timestamp"]').innerText()
    const sign = await page.locator('[data-field="sign"]').innerText()
    expect(ts).toMatch(/^\d{13}$/)
    expect(Math.abs(Number(ts) - Date.now())).toBeLessThan(60_000)
    expect(sign).toBe(nodeSign(secret, ts))
    expect(await page.locator('[data-field="url"]').innerText()).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=${token}&timestamp=${ts}&sign=${sign}`,
    )
    expect(await page.locator('.rs-countdown').innerText()).toMatch(/(59 分|1 小时)/)
    expect(await page.locator('.rc-pre').innerText()).toContain(`&sign=${sign}'`)

    await page.waitForTimeout(20)
    await page.getByRole('button', { name: '新签名' }).click()
    await expect.poll(() => page.locator('[data-field="timestamp"]').innerText()).not.toBe(ts)
    const ts2 = await page.locator('[data-field="timestamp"]').innerText()
    expect(await page.locator('[data-field="sign"]').innerText()).toBe(nodeSign(secret, ts2))
    expect(errors).toEqual([])
    await close()
  })

  it('checks the clock against the site itself and calls this machine harmless', async () => {
    const { page, close } = await open('robot/sign', '机器人签名')
    const level = page.locator('[data-clock-level]')
    await level.waitFor()
    expect(await level.getAttribute('class')).toContain('ok')
    expect(await level.innerText()).toMatch(/不影响签名/)
    await close()
  })

  it('warns when the device clock is hours off', async () => {
    const watched = await openWatched(browser)
    // Shift the page's clock two hours ahead of the server before any script runs.
    await watched.page.addInitScript(() => {
      const shift = 2 * 3_600_000
      const RealDate = Date
      const now = () => RealDate.now() + shift
      globalThis.Date = class extends RealDate {
        constructor(...args: unknown[]) {
          super(...((args.length ? args : [now()]) as []))
        }
        static override now() {
          return now()
        }
      } as DateConstructor
    })
    await watched.page.goto(site.url + 'robot/sign')
    await waitForHydration(watched.page)
    const level = watched.page.locator('[data-clock-level]')
    await level.waitFor()
    expect(await level.getAttribute('class')).toContain('error')
    expect(await level.innerText()).toMatch(/设备时钟比服务器快 (1 小时 59 分|2 小时 0 分)/)
    await watched.close()
  })
})

describe('MessageEditor on robot/messages', () => {
  it('builds a markdown message: preview, JSON, byte count', async () => {
    const { page, errors, close } = await open('robot/messages', '消息编辑器')
    await page.getByRole('radio', { name: 'Markdown' }).check()
    await page.getByRole('button', { name: '填入示例' }).click()
    await expect.poll(() => page.locator('.dt-md h4').innerText()).toContain('跟投通知')
    expect(await page.locator('.dt-md blockquote').count()).toBe(1)
    const json = await page.locator('pre[aria-label="JSON 请求体"]').innerText()
    const body = JSON.parse(json)
    expect(body.msgtype).toBe('markdown')
    expect(Number(await page.locator('[data-bytes]').innerText())).toBe(Buffer.byteLength(JSON.stringify(body)))
    expect(errors).toEqual([])
    await close()
  })

  it('checks keywords and @, and adds the missing @', async () => {
    const { page, close } = await open('robot/messages', '消息编辑器')
    await page.getByRole('textbox', { name: '消息内容', exact: true }).fill('今天的通知')
    await page.getByLabel('机器人的安全关键词（可选，用于检查）').fill('跟投')
    await expect.poll(() => page.locator('.wui-card .error', { hasText: '关键词' }).count()).toBeGreaterThan(0)
    await page.getByLabel('@ 手机号（atMobiles）').fill('13900000000')
    await page.getByRole('button', { name: '补上缺少的 @' }).click()
    await expect.poll(() => page.getByRole('textbox', { name: '消息内容', exact: true }).inputValue()).toContain('@13900000000')
    await expect.poll(() => page.locator('.dt-text .dt-at').innerText()).toBe('@13900000000')
    await close()
  })

  it('renders injected markup as text only', async () => {
    const { page, errors, close } = await open('robot/messages', '消息编辑器')
    await page.getByRole('radio', { name: 'Markdown' }).check()
    await page.getByLabel('Markdown 内容').fill(
      '<img src=x onerror="window.__xss=1"> [x](javascript:window.__xss=2) **<script>window.__xss=3</script>**',
    )
    await expect.poll(() => page.locator('.dt-md').innerText()).toContain('<img src=x')
    expect(await page.locator('.dt-chat img, .dt-chat script, .dt-chat a[href^="javascript"]').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
    expect(errors).toEqual([])
    await close()
  })

  it('puts the signed URL into the curl command', async () => {
    const { page, close } = await open('robot/messages', '消息编辑器')
    const token = freshToken()
    const secret = freshSecret()
    await page.getByRole('button', { name: '填入示例' }).click()
    await page.getByRole('button', { name: '填写 Webhook，生成 curl 命令' }).click()
    await page.getByLabel('Webhook 地址', { exact: true }).fill(token)
    await page.getByLabel('加签密钥（可选）', { exact: true }).fill(secret)
    const curl = await page.locator('pre[aria-label="curl 命令"]').innerText()
    const m = curl.match(/access_token=([0-9a-f]{64})&timestamp=(\d{13})&sign=([^'\s]+)'/)
    expect(m?.[1]).toBe(token)
    expect(m?.[3]).toBe(nodeSign(secret, m![2]!))
    expect(curl).toContain(`-d '{"msgtype":"text"`)
    await close()
  })
})

describe('ErrorDiagnosis on troubleshooting', () => {
  it('reads a pasted answer and the examples', async () => {
    const { page, errors, close } = await open('troubleshooting', '错误诊断')
    await page.getByLabel('钉钉返回的内容').fill('{"errcode":310000,"errmsg":"invalid timestamp, more: [x]"}')
    await expect.poll(() => page.locator('[data-diagnosis]').getAttribute('data-id')).toBe('robot.310000.timestamp')
    expect(await page.locator('[data-diagnosis]').innerText()).toContain('解决办法')
    await page.getByRole('button', { name: 'token 不存在' }).click()
    await expect.poll(() => page.locator('[data-diagnosis]').getAttribute('data-id')).toBe('robot.300001')
    await page.getByLabel('钉钉返回的内容').fill('完全无关的文字')
    await expect.poll(() => page.locator('[data-diagnosis]').getAttribute('data-id')).toBe('unknown')
    expect(errors).toEqual([])
    await close()
  })
})

describe('CallbackVerifier on robot/callback', () => {
  it('agrees with Node crypto on a fresh request, names a wrong key, and answers a timestamp in seconds', async () => {
    const { page, errors, close } = await open('robot/callback', '回调验签')
    const key = randomBytes(48).toString('base64url')
    const ts = String(Date.now() - 30_000)
    const verdict = page.locator('[data-verdict]')
    await page.getByLabel('timestamp', { exact: true }).fill(ts)
    // As a form decoder would hand it over: every "+" a space.
    await page.getByLabel('sign', { exact: true }).fill(decodeURIComponent(nodeSign(key, ts)).replace(/\+/g, ' '))
    await page.getByLabel('密钥', { exact: true }).fill(key)
    await expect.poll(() => verdict.getAttribute('data-reason')).toBe('ok')
    expect(await verdict.innerText()).toContain('签名有效')
    await page.getByLabel('密钥', { exact: true }).fill(key + 'x')
    await expect.poll(() => verdict.getAttribute('data-reason')).toBe('mismatch')
    expect(await page.locator('[data-field="expected"]').innerText()).toBe(decodeURIComponent(nodeSign(key + 'x', ts)))
    const timestamp = page.getByLabel('timestamp', { exact: true })
    await timestamp.fill(ts.slice(0, 10))
    await expect.poll(() => messagesOf(timestamp)).toContain('13 位的毫秒数')
    expect(await verdict.count()).toBe(0)
    expect(page.url()).not.toContain(key)
    expect(errors).toEqual([])
    await close()
  })
})

describe('phone layout (390 px)', () => {
  it.each([
    ['robot/sign', '机器人签名'],
    ['robot/messages', '消息编辑器'],
    ['robot/callback', '回调验签'],
    ['troubleshooting', '错误诊断'],
    ['tools#message-editor', '消息编辑器'],
  ])('%s fits the screen when filled in', async (path, card) => {
    const { page, errors, close } = await openWatched(browser, PHONE)
    await page.goto(site.url + path)
    await waitForHydration(page)
    const widget = page.locator('.wui-card', { hasText: card }).first()
    await widget.waitFor()
    const example = widget.getByRole('button', { name: '填入示例' })
    if (await example.count()) await example.click()
    else await widget.locator('.ed-example').first().click()
    for (const name of ['填写 Webhook，生成 curl 命令', '生成分享链接']) {
      const b = widget.getByRole('button', { name })
      if (await b.count()) await b.click()
    }
    await page.waitForTimeout(300)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const box = await widget.boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(390)
    expect(errors).toEqual([])
    await close()
  })
})
