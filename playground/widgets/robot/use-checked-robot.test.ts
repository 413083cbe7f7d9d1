// @vitest-environment happy-dom
/**
 * 机器人签名 and 发送设置 check the Webhook and secret once per change, for the fields' messages and
 * the signing alike (use-checked-robot.ts). Counted at the module boundary: a parse is a call of
 * parseWebhook or validateRobotWebhook from outside webhook.ts; a secret check a call of validateRobotSecret.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE } from '../../logic/examples'
import RobotSigner from '../RobotSigner.vue'
import SendSettings from './SendSettings.vue'
import { robotSecret, robotWebhook } from './robot-inputs'
import { forgetAll } from '../ui/page-memory'

const calls = vi.hoisted(() => ({ parse: 0, secret: 0 }))
vi.mock('../../logic/robot/webhook/webhook', async (load) => {
  const m = await load<typeof import('../../logic/robot/webhook/webhook')>()
  return {
    ...m,
    parseWebhook: (raw: string) => (calls.parse++, m.parseWebhook(raw)),
    validateRobotWebhook: (raw: string) => (calls.parse++, m.validateRobotWebhook(raw)),
  }
})
vi.mock('../../logic/robot/security/secret', async (load) => {
  const m = await load<typeof import('../../logic/robot/security/secret')>()
  return { ...m, validateRobotSecret: (raw: string) => (calls.secret++, m.validateRobotSecret(raw)) }
})

afterEach(() => {
  forgetAll()
  robotWebhook.value = ''
  robotSecret.value = ''
})

const TOOLS = [
  ['机器人签名', () => mount(RobotSigner, { attachTo: document.body })],
  ['发送设置', () => mount(SendSettings, { props: { json: '{"msgtype":"text","text":{"content":"测试"}}' }, attachTo: document.body })],
] as const

describe.each(TOOLS)('%s checks the Webhook and secret once per change', (_name, mountTool) => {
  it('parses the webhook once when it changes, and checks the secret once when it changes', async () => {
    const w = mountTool()
    await flushPromises()
    // The first two inputs are the Webhook and the secret, in that order.
    const [webhook, secret] = w.findAll('input')
    calls.parse = calls.secret = 0
    await webhook!.setValue(EXAMPLE.robotWebhook)
    await flushPromises()
    expect(calls.parse).toBe(1)
    calls.parse = calls.secret = 0
    await secret!.setValue(EXAMPLE.robotSecret)
    await flushPromises()
    expect(calls.secret).toBe(1)
    expect(calls.parse).toBe(0)
    // …and the one check still signs: the signed address or the curl command carries timestamp and sign.
    expect(w.text()).toMatch(/timestamp=\d{13}&(amp;)?sign=/)
    w.unmount()
  })
})
