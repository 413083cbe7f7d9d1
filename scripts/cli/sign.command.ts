/** `sign`: its options and help (the code is sign.ts). */
import { EXAMPLE } from '../../playground/logic/examples'
import { defineCommand } from './command'
import type { OptionDecls, Values } from './options'
import { ROBOT_SECRET } from './secrets'

export const SIGN_OPTIONS = {
  secret: {
    value: 'S',
    help: '密钥：群机器人的加签密钥（安全设置 → 加签，SEC 开头），或应用的 AppSecret。',
    credential: { ...ROBOT_SECRET, required: { what: '密钥', hint: '加签密钥在机器人安全设置的“加签”下方，SEC 开头。' } },
  },
  env: { value: 'FILE', help: '从 .env 文件读取', credentialsFile: true },
  timestamp: { value: 'MS', help: '毫秒时间戳（13 位）。不填则用当前时间；签名在该时间前后 1 小时内有效' },
  webhook: { value: 'URL', help: '机器人的 Webhook 地址（或单独的 access_token）。给出时输出带 timestamp 和 sign 的完整地址' },
  json: {
    help: '输出一行 JSON：{"timestamp":"…","sign":"…","url":"…"}\n（url 仅在给出 --webhook 时出现；sign 已做 URL 编码，与地址里的一致）',
  },
} as const satisfies OptionDecls

export type SignValues = Values<typeof SIGN_OPTIONS>

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
