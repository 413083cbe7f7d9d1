/**
 * The four app widgets on the built site (基本信息, 开发信息, 权限清单, 凭证交接): typing wrong
 * and right values shows the right messages, tied to their field; keyboard use; the hand-over
 * leaves the AppSecret out unless asked, masks it but copies it in full; the 免登测试 explains itself outside DingTalk.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/browser'
import { EXAMPLE } from '../../playground/logic/examples'
import { openWatched, PHONE, site, waitForHydration, type WatchedPage } from './support/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function openCard(w: WatchedPage, path: string, title: string): Promise<Locator> {
  await w.page.goto(site.url + path)
  await waitForHydration(w.page)
  const card = w.page.locator('section.wui-card', { has: w.page.getByRole('heading', { name: title, exact: true }) })
  await card.waitFor({ timeout: 15_000 })
  return card
}

/** The input of a field, found through its <label for>. */
async function field(card: Locator, label: string): Promise<Locator> {
  const id = await card.locator('label', { hasText: label }).first().getAttribute('for')
  expect(id, label).toBeTruthy()
  return card.locator(`[id="${id}"]`)
}

/** The text of everything the field's aria-describedby points at (hint and messages). */
async function described(page: Page, input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean)
  expect(ids.length).toBeGreaterThan(0)
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()))
  return texts.join('\n')
}

/** A PNG header (signature + IHDR) of the given size: enough for the logo check. */
function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(b)
  b.writeUInt32BE(width, 16)
  b.writeUInt32BE(height, 20)
  Buffer.from([8, 6, 0, 0, 0]).copy(b, 24)
  return b
}

describe('基本信息 (BasicInfoForm)', () => {
  it('checks the name and description as typed', async () => {
    const w = await openWatched(browser)
    const card = await openCard(w, 'app/basic-info', '检查基本信息')
    await expect.poll(() => card.innerText()).toContain('还没有填写')
    const name = await field(card, '应用名称')
    await name.fill('跟')
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    expect(await described(w.page, name)).toContain('错误：应用名称至少 2 个字符')
    await name.fill('跟投系统')
    expect(await name.getAttribute('aria-invalid')).toBe('false')
    expect(await described(w.page, name)).toContain('符合要求')
    const desc = await field(card, '应用简介')
    await desc.fill('企'.repeat(40))
    expect(await desc.getAttribute('aria-invalid')).toBe('false')
    expect(await described(w.page, desc)).toContain('注意：旧版控制台')
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('checks a logo by its bytes, by picker and by drag-and-drop, with a preview', async () => {
    const w = await openWatched(browser)
    const card = await openCard(w, 'app/basic-info', '检查基本信息')
    const file = card.locator('input[type=file]')
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1') })
    await expect.poll(() => file.getAttribute('aria-invalid')).toBe('true')
    expect(await described(w.page, file)).toContain('只接受 PNG 或 JPG')
    // Drop a 300×300 PNG on the zone.
    const bytes = [...pngHeader(300, 300)]
    await card.locator('.lp-zone').evaluate((zone, data) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(data)], 'icon.png', { type: 'image/png' }))
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    }, bytes)
    await expect.poll(() => card.locator('.lp-info').innerText()).toContain('300×300 像素')
    expect(await file.getAttribute('aria-invalid')).toBe('false')
    expect(await described(w.page, file)).toContain('符合要求')
    expect(await card.locator('img.lp-img').getAttribute('src')).toMatch(/^blob:/)
    await w.close()
  })

  it('finds rounded corners by their transparency and previews the icon without rounding it (issue 13)', async () => {
    const w = await openWatched(browser)
    const card = await openCard(w, 'app/basic-info', '检查基本信息')
    const file = card.locator('input[type=file]')
    const drop = (radius: number) =>
      card.locator('.lp-zone').evaluate(async (zone, r) => {
        const c = document.createElement('canvas')
        c.width = c.height = 300
        const ctx = c.getContext('2d')!
        ctx.fillStyle = '#1677ff'
        ctx.beginPath()
        ctx.roundRect(0, 0, 300, 300, r)
        ctx.fill()
        const blob = await new Promise<Blob>((done) => c.toBlob((b) => done(b!), 'image/png'))
        const dt = new DataTransfer()
        dt.items.add(new File([blob], 'icon.png', { type: 'image/png' }))
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
      }, radius)
    await drop(60)
    await expect.poll(() => described(w.page, file)).toContain('像是圆角图标')
    expect(await card.locator('img.lp-img').evaluate((img) => getComputedStyle(img).borderTopLeftRadius)).toBe('0px')
    expect(await card.locator('.lp-eye').innerText()).toContain('目测')
    await drop(0)
    await expect.poll(() => described(w.page, file)).toContain('符合要求')
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('explains both 开发方式 options and is usable by keyboard', async () => {
    const w = await openWatched(browser)
    const card = await openCard(w, 'app/basic-info', '检查基本信息')
    expect(await card.innerText()).toContain('企业内无开发团队，授权给定制服务商为企业开发应用')
    await card.getByRole('radio', { name: /企业内部自主开发/ }).focus()
    await w.page.keyboard.press('Space')
    expect(await card.getByRole('radio', { name: /企业内部自主开发/ }).isChecked()).toBe(true)
    await w.page.keyboard.press('ArrowDown')
    expect(await card.getByRole('radio', { name: /授权给服务商开发/ }).isChecked()).toBe(true)
    await expect.poll(() => card.locator('.ss').innerText()).toContain('与本指南的交接方式不同')
    await w.close()
  })
})

describe('开发信息 (DevInfoForm)', () => {
  it('rejects a homepage without http(s), advises the trailing slash, accepts the example', async () => {
    const w = await openWatched(browser, PHONE)
    const card = await openCard(w, 'app/dev-info', '检查开发信息')
    const home = await field(card, '应用首页链接')
    await home.fill('gt.example.com/m/')
    expect(await home.getAttribute('aria-invalid')).toBe('true')
    expect(await described(w.page, home)).toContain('必须以 http:// 或 https:// 开头')
    await home.fill('https://gt.example.com/m')
    expect(await home.getAttribute('aria-invalid')).toBe('false')
    expect(await described(w.page, home)).toContain('注意以斜杠结尾')
    await home.fill(EXAMPLE.homepageUrl)
    expect(await described(w.page, home)).toContain('格式正确')
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('checks the egress IPs and offers the cleaned list', async () => {
    const w = await openWatched(browser)
    const card = await openCard(w, 'app/dev-info', '检查开发信息')
    const ips = await field(card, '服务器出口IP')
    await ips.fill('2001:db8::1')
    expect(await ips.getAttribute('aria-invalid')).toBe('true')
    expect(await described(w.page, ips)).toContain('IPv6')
    await ips.fill('110.82.*.*')
    expect(await described(w.page, ips)).toContain('错误：')
    await ips.fill('203.0.113.10，198.51.100.*')
    expect(await ips.getAttribute('aria-invalid')).toBe('false')
    expect(await card.locator('.cv code').innerText()).toBe('203.0.113.10,198.51.100.*')
    await w.close()
  })
})

describe('权限清单 (PermissionPlanner)', () => {
  it("lists what to apply for, by keyboard, by today's code with the FAQ's name", async () => {
    const w = await openWatched(browser, PHONE)
    const card = await openCard(w, 'app/permissions', '权限清单')
    await expect.poll(() => card.innerText()).toContain('还没有勾选任何功能')
    await card.getByRole('checkbox', { name: /员工在钉钉里打开系统时免登录/ }).focus()
    await w.page.keyboard.press('Space')
    await expect.poll(() => card.innerText()).toContain('无需申请额外权限')
    await card.getByRole('checkbox', { name: /读取员工的手机号/ }).check()
    const apply = card.locator('.pp-section.apply')
    await expect.poll(() => apply.innerText()).toContain('手机号码信息')
    expect(await apply.innerText()).toContain('qyapi_get_member')
    expect(await apply.innerText()).toContain('通讯录只读权限')
    expect(await card.locator('.pp-section.on').innerText()).toContain('身份验证')
    expect(w.errors).toEqual([])
    await w.close()
  })
})

describe('凭证交接 (CredentialsHandover)', () => {
  it('validates each credential as typed', async () => {
    const w = await openWatched(browser)
    const card = await openCard(w, 'app/credentials', '凭证交接')
    const corpId = await field(card, 'CorpId')
    await corpId.fill(EXAMPLE.appKey)
    expect(await corpId.getAttribute('aria-invalid')).toBe('true')
    expect(await described(w.page, corpId)).toContain('这看起来是 AppKey')
    await corpId.fill(EXAMPLE.corpIdLong)
    expect(await corpId.getAttribute('aria-invalid')).toBe('false')
    expect(await described(w.page, corpId)).toContain('格式正确')
    const agentId = await field(card, 'AgentId')
    await agentId.fill('12345６')
    expect(await described(w.page, agentId)).toContain('注意：')
    await agentId.fill('abc')
    expect(await agentId.getAttribute('aria-invalid')).toBe('true')
    const secret = await field(card, 'AppSecret')
    expect(await secret.getAttribute('type')).toBe('password')
    expect(await secret.getAttribute('autocomplete')).toBe('off')
    await secret.fill('GT-lsu-taDA****')
    expect(await secret.getAttribute('aria-invalid')).toBe('true')
    expect(await described(w.page, secret)).toContain('打码')
    await secret.fill(EXAMPLE.appSecret)
    expect(await secret.getAttribute('aria-invalid')).toBe('false')
    await card.getByRole('button', { name: '显示AppSecret（Client Secret）' }).click()
    expect(await secret.getAttribute('type')).toBe('text')
    expect(w.errors).toEqual([])
    await w.close()
  })

  it('hands over as text / JSON / .env without the AppSecret by default; with it on request, masked on screen and copied in full', async () => {
    const w = await openWatched(browser, { viewport: { width: 1280, height: 860 }, permissions: ['clipboard-read', 'clipboard-write'] })
    const card = await openCard(w, 'app/credentials', '凭证交接')
    await expect.poll(() => card.innerText()).toContain('还没有内容')
    await card.getByRole('button', { name: '填入示例' }).click()
    const out = card.locator('pre.wui-out-text')
    expect(await out.innerText()).toContain(`CorpId: ${EXAMPLE.corpId}`)
    expect(await out.innerText()).not.toContain(EXAMPLE.appSecret)
    await card.getByRole('button', { name: '.env', exact: true }).click()
    expect(await card.getByRole('button', { name: '.env', exact: true }).getAttribute('aria-pressed')).toBe('true')
    expect(await out.innerText()).toContain(`DINGTALK_AGENT_ID=${EXAMPLE.agentId}`)
    await card.getByRole('button', { name: /^复制（不含 AppSecret）交接内容/ }).click()
    await expect.poll(() => card.getByRole('status').first().innerText()).toBe('已复制')
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).not.toContain(EXAMPLE.appSecret)
    await card.getByRole('button', { name: '复制 AppSecret（单独发送）' }).click()
    await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toBe(EXAMPLE.appSecret)
    await card.getByRole('checkbox', { name: '交接内容里包含 AppSecret' }).check()
    expect(await card.locator('[data-output-note]').innerText()).toContain('含有 AppSecret')
    await card.getByRole('button', { name: /^复制（含 AppSecret）交接内容/ }).click()
    await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toContain(`DINGTALK_APP_SECRET=${EXAMPLE.appSecret}`)
    await card.getByRole('checkbox', { name: /显示完整的 AppSecret/ }).check()
    expect(await out.innerText()).toContain(EXAMPLE.appSecret)
    await w.close()
  })

  it('outside DingTalk, the 免登测试 says why it cannot run and links to DingTalk without any typed value', async () => {
    const w = await openWatched(browser, PHONE)
    const card = await openCard(w, 'app/credentials', '凭证交接')
    await card.getByRole('button', { name: '填入示例' }).click()
    const button = card.getByRole('button', { name: '获取免登授权码' })
    expect(await button.isDisabled()).toBe(true)
    const why = await described(w.page, button)
    expect(why).toContain('免登测试只能在钉钉里运行')
    const href = (await card.getByRole('link', { name: '在钉钉中打开本页' }).getAttribute('href')) ?? ''
    expect(href).toBe(`dingtalk://dingtalkclient/page/link?url=${encodeURIComponent(site.url + 'app/credentials')}`)
    for (const v of Object.values(EXAMPLE)) expect(href).not.toContain(encodeURIComponent(v))
    await w.close()
  })
})
