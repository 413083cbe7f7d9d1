/** `sign`: its options and the constants its code shares with its help (the declaration is sign.command.ts). */
import type { OptionDecls, Values } from '../../core/options'
import { ROBOT_SECRET } from '../../core/secrets'

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
