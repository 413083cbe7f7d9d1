/** `check-credentials`: its options and help (the code is check-credentials.ts). */
import { EXAMPLE } from '../../playground/logic/examples'
import { defineCommand } from './command'
import type { OptionDecls, Values } from './options'
import { APP_KEY, APP_SECRET } from './secrets'

export const NEW_API_ORIGIN = 'https://api.dingtalk.com'
export const OLD_API_ORIGIN = 'https://oapi.dingtalk.com'

export const CHECK_CREDENTIALS_OPTIONS = {
  'app-key': { value: 'K', help: 'AppKey（新版控制台叫 Client ID）。', credential: { ...APP_KEY, required: { what: 'AppKey' } } },
  'app-secret': { value: 'S', help: 'AppSecret（Client Secret）。', credential: { ...APP_SECRET, required: { what: 'AppSecret' } } },
  env: { value: 'FILE', help: '只从 .env 文件读取\n（这时不再给 --app-key、--app-secret，也不读环境变量）', credentialsFile: true },
  endpoint: { value: 'URL', help: '把两个接口都换成这个地址（如 http://127.0.0.1:8080），用于测试或代理' },
  json: { help: '在标准输出写一行 JSON 结果：{"status":"valid|invalid|refused|uncertain","api","errcode","attempts"}（不含 access_token）' },
} as const satisfies OptionDecls

export type CheckCredentialsValues = Values<typeof CHECK_CREDENTIALS_OPTIONS>

export const CHECK_CREDENTIALS = defineCommand({
  name: 'check-credentials',
  summary: '用 AppKey / AppSecret 向钉钉申请 access_token，检查这对凭证是否有效',
  usage: ['[{app-key}] [{app-secret}] [{endpoint}] [{json}]', '{env} [{endpoint}] [{json}]'],
  about: `用 AppKey 和 AppSecret 向钉钉申请企业内部应用的 access_token，以此判断这对凭证是否有效；
无效时说明原因。先用新版接口 POST ${NEW_API_ORIGIN}/v1.0/oauth2/accessToken，
新版接口没有明确答复时再试旧版接口 GET ${OLD_API_ORIGIN}/gettoken。
不会打印 AppSecret，也不会打印拿到的 access_token。`,
  options: CHECK_CREDENTIALS_OPTIONS,
  notes: [
    `需要能访问钉钉的网络；若应用设置了服务器出口 IP，请在这些 IP 的机器上运行。
设置了 HTTPS_PROXY / HTTP_PROXY 时经代理连接（NO_PROXY 里的主机除外）。`,
  ],
  examples: [
    'npm run -s dingtalk -- check-credentials --env .env',
    `DINGTALK_APP_KEY=${EXAMPLE.appKey} DINGTALK_APP_SECRET=… npm run -s dingtalk -- check-credentials`,
    `npm run -s dingtalk -- check-credentials --app-key ${EXAMPLE.appKey} --app-secret - < app-secret.txt`,
  ],
  exits: '0 凭证有效；1 凭证无效或钉钉拒绝；2 用法错误；75 没有得到确切答复（无法连接、超时、5xx），稍后再试',
  load: async () => (await import('./check-credentials')).runCheckCredentials,
})
