/** `verify`: its declaration (summary, help, examples) for the command list; the options are verify.options.ts, the code verify.ts, loaded only when it runs. */
import { defineCommand } from '../../core/command'
import { VERIFY_OPTIONS } from './verify.options'

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
