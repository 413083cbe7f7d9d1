/** `verify`: its options and the constants its code shares with its help (the declaration is verify.command.ts). */
import type { OptionDecls, Values } from '../../core/options'
import { CALLBACK_SECRET } from '../../core/secrets'

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
