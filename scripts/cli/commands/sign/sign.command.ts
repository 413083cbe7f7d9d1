/** `sign`: its declaration (summary, help, examples) for the command list; the options are sign.options.ts, the code sign.ts, loaded only when it runs. */
import { EXAMPLE } from '../../../../playground/logic/examples'
import { defineCommand } from '../../core/command'
import { SIGN_OPTIONS } from './sign.options'

export const SIGN = defineCommand({
  name: 'sign',
  summary: '计算机器人加签 sign，或生成带签名的 Webhook 地址',
  usage: ['[{secret} | {env}] [{timestamp}] [{webhook}] [{json}]'],
  about: `计算自定义机器人的加签 sign：把 timestamp + "\\n" + 密钥 用 HmacSHA256（密钥为 key）签名，
Base64 编码后再做 URL 编码（与文档站的签名工具同一套代码）。
同一算法也用于钉钉发给企业内部机器人的消息回调的签名，那时密钥是应用的 AppSecret（HTTP 事件订阅的回调另有一套：token 与 aes_key 加密，不是这个算法）：
不以 SEC 开头的密钥照样签名，只给出提醒。`,
  options: SIGN_OPTIONS,
  notes: ['标准输出只有 sign（或带签名的地址），说明和提醒写到标准错误。密钥不会被打印。'],
  examples: [
    `npm run -s dingtalk -- sign --secret ${EXAMPLE.robotSecret} --timestamp 1700000000000`,
    `npm run -s dingtalk -- sign --secret ${EXAMPLE.robotSecret} --webhook '${EXAMPLE.robotWebhook}' --json`,
    'DINGTALK_ROBOT_SECRET=… npm run -s dingtalk -- sign --webhook "$DINGTALK_ROBOT_WEBHOOK"',
    `printf '%s' "$SECRET" | npm run -s dingtalk -- sign --secret - --json`,
  ],
  exits: '0 成功；1 密钥、时间戳或地址有误；2 用法错误',
  load: async () => (await import('./sign')).runSign,
})
