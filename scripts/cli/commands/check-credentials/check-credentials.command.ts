/** `check-credentials`: its declaration (summary, help, examples) for the command list; the options are check-credentials.options.ts, the code check-credentials.ts, loaded only when it runs. */
import { EXAMPLE } from '../../../../playground/logic/examples'
import { defineCommand } from '../../core/command'
import { NEW_API_ORIGIN, OLD_API_ORIGIN } from '../../core/endpoint'
import { CHECK_CREDENTIALS_OPTIONS } from './check-credentials.options'

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
