/** `verify`: its options and help (the code is verify.ts). */
import { defineCommand } from './command'
import type { OptionDecls, Values } from './options'
import { CALLBACK_SECRET } from './secrets'

export const VERIFY_OPTIONS = {
  timestamp: { value: 'T', help: '请求头里的 timestamp（毫秒）。必填' },
  sign: { value: 'S', help: '请求头里的 sign（Base64；做过 URL 编码的也可以）。必填' },
  secret: {
    value: 'S',
    help: '密钥：应用的 AppSecret（企业内部机器人的消息回调），或群机器人的加签密钥。',
    credential: { ...CALLBACK_SECRET, required: { what: '密钥' } },
  },
  env: { value: 'FILE', help: '从 .env 文件读取', credentialsFile: true },
  json: { help: '输出一行 JSON：{"valid":true|false,"reason":"ok"|"mismatch"|"expired"|"future"}' },
} as const satisfies OptionDecls

export type VerifyValues = Values<typeof VERIFY_OPTIONS>

export const VERIFY = defineCommand({
  name: 'verify',
  summary: '核对钉钉回调请求头里的 timestamp 和 sign（密钥、算法、1 小时时效）',
  usage: ['{timestamp} {sign} [{secret} | {env}] [{json}]'],
  about: `核对钉钉发来的签名（企业内部机器人消息回调的请求头 timestamp 和 sign；HTTP 事件订阅的回调用的是另一套加密，不适用）：
密钥对、算法对（HmacSHA256 后 Base64），且 timestamp 与现在相差不超过 1 小时，才算有效。`,
  options: VERIFY_OPTIONS,
  notes: ['不会打印密钥。'],
  examples: [
    "npm run -s dingtalk -- verify --timestamp 1577262236757 --sign 'DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=' --env .env",
    `printf '%s' "$DINGTALK_APP_SECRET" | npm run -s dingtalk -- verify --timestamp "$TS" --sign "$SIGN" --secret - --json`,
  ],
  exits: '0 签名有效；1 签名无效、已过期或输入有误（原因写在标准错误）；2 用法错误',
  load: async () => (await import('./verify')).runVerify,
})
