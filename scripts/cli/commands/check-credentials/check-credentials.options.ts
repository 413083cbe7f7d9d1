/** `check-credentials`: its options and the constants its code shares with its help (the declaration is check-credentials.command.ts). */
import type { OptionDecls, Values } from '../../core/options'
import { APP_KEY, APP_SECRET } from '../../core/secrets'

export const CHECK_CREDENTIALS_OPTIONS = {
  'app-key': { value: 'K', help: 'AppKey（新版控制台叫 Client ID）。', credential: { ...APP_KEY, required: { what: 'AppKey' } } },
  'app-secret': { value: 'S', help: 'AppSecret（Client Secret）。', credential: { ...APP_SECRET, required: { what: 'AppSecret' } } },
  env: { value: 'FILE', help: '只从 .env 文件读取\n（这时不再给 --app-key、--app-secret，也不读环境变量）', credentialsFile: true },
  endpoint: { value: 'URL', help: '把两个接口都换成这个地址（如 http://127.0.0.1:8080），用于测试或代理' },
  json: { help: '在标准输出写一行 JSON 结果：{"status":"valid|invalid|refused|uncertain","api","errcode","attempts"}（不含 access_token）' },
} as const satisfies OptionDecls

export type CheckCredentialsValues = Values<typeof CHECK_CREDENTIALS_OPTIONS>
