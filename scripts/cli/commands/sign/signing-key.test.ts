import { describe, expect, it } from 'vitest'
import { validateRobotSecret } from '../../../../playground/logic/robot/security/secret'
import { checkSigningKey } from './signing-key'

describe('checkSigningKey', () => {
  it('signs with a key that is no robot secret, saying in one sentence why it is not', () => {
    const cases: [string, string][] = [
      ['secabc', '密钥以大写的 SEC 开头，这里是“sec”'],
      ['abcdef1234567890', '加签密钥以 SEC 开头，这个值不是'],
      ['SEC密钥', '密钥只含英文字母和数字，这里有中文或其他字符，请重新复制'],
    ]
    for (const [key, why] of cases) {
      const { findings } = checkSigningKey(key)
      expect(findings.every((f) => f.level === 'warning'), key).toBe(true)
      const note = findings.find((f) => f.code === 'cli.key.notRobotSecret')!
      expect(note.message, key).toBe(`这不是群机器人的加签密钥（SEC 开头）：${why}。若是为企业内部机器人的消息回调签名，密钥就是应用的 AppSecret，这样用没有问题；照样签名。`)
      // The robot-secret field says the same sentence, followed by how to fix it.
      expect(validateRobotSecret(key).findings.find((f) => f.level === 'error')!.message.startsWith(`${why}。`), key).toBe(true)
    }
  })

  it('refuses what is certainly no key: empty, or a webhook', () => {
    expect(checkSigningKey('').findings.map((f) => [f.level, f.code])).toEqual([['error', 'robotSecret.empty']])
    expect(checkSigningKey('https://oapi.dingtalk.com/robot/send?access_token=x').findings.map((f) => f.code)).toEqual(['robotSecret.isWebhook'])
  })
})
