/** `doctor` (接入体检): its declaration (summary, help, examples) for the command list; the options are doctor.options.ts, the code doctor.ts. */
import { NEEDS } from '../../../../playground/logic/app/permissions/needs'
import { NEEDS_ENV } from '../../../../playground/logic/doctor/needs-line'
import { defineCommand } from '../../core/command'
import { DOCTOR_OPTIONS } from './doctor.options'

export const DOCTOR = defineCommand({
  name: 'doctor',
  summary: '接入体检：在服务器上逐项验证凭证、出口 IP、权限和机器人能否真正用起来',
  usage: ['[{env}] [{needs}] [{send-test}] [{keyword}] [{json}]\n[{timeout}] [{deadline}] [{offline}] [{endpoint}]'],
  about: `在将要调用钉钉的服务器上运行：按管理员排查的顺序逐项检查，每项一行
（✓ 通过、✗ 失败、! 注意、– 跳过并说明原因）：
  1. 连通 oapi.dingtalk.com 和 api.dingtalk.com（DNS、HTTPS，设置了 HTTPS_PROXY 时经代理）；
  2. 本机时钟与钉钉的时间；
  3. AppKey / AppSecret 能否从新版接口和旧版 gettoken 换到 access_token；
  4. 钉钉是否接受本机的出口 IP（被拒时给出钉钉看到的 IP）；
  5. CorpId、AgentId 是否属于这个应用（钉钉没有接口能证实的，会直说）；
  6. 需要的每项权限是否已生效，各用一个只读接口验证；
  7. 机器人 Webhook 和加签密钥（离线检查；加 --send-test 才真正发一条）。
默认只读：不发消息，不改钉钉里的任何设置。不打印 AppSecret、access_token 和 Webhook 的 access_token。`,
  options: DOCTOR_OPTIONS,
  notes: [
    `需要（--needs 和 ${NEEDS_ENV} 的值，来自权限规划工具“复制清单”里的那一行）：\n${NEEDS.map((n) => `  ${n.id.padEnd(22)}${n.label}`).join('\n')}`,
    `体检的每次请求（约 10 次）计入企业每月的 API 调用量；--send-test 会真的发出一条消息，
计入每月的 Webhook&Stream 用量（标准版每月 3000 次，全企业的群机器人共用）。同一次体检只发一次，失败不重试。`,
  ],
  examples: [
    'npm run -s dingtalk -- doctor --env .env',
    'npm run -s dingtalk -- doctor --env .env --needs login,workNotice,readContacts --json',
    'npm run -s dingtalk -- doctor --env .env --send-test --keyword 通知',
  ],
  exits: '0 没有失败项（可能有注意或跳过）；1 有失败项；2 用法错误',
  load: async () => (await import('./doctor')).runDoctor,
})
