/** `doctor`: its options and the constants its code shares with its help (the declaration is doctor.command.ts). */
import { NEEDS_ENV } from '../../../../playground/logic/doctor/needs-line'
import { ENV_FIELDS } from '../../core/env-file'
import type { OptionDecls, Values } from '../../core/options'

export const DOCTOR_DEFAULT_TIMEOUT_S = 5
export const DOCTOR_DEFAULT_DEADLINE_S = 30

export const DOCTOR_OPTIONS = {
  env: {
    value: 'FILE',
    help: `凭证交接导出的 .env 文件（这时不读环境变量）。读取：\n${ENV_FIELDS.map((f) => f.env).join('、')}、${NEEDS_ENV}`,
  },
  needs: { value: 'LIST', help: `系统需要做的事，逗号分隔（与 .env 里的 ${NEEDS_ENV} 合并），见下面的“需要”` },
  keyword: { value: 'WORD', help: '机器人的自定义关键词：测试消息会带上它' },
  'send-test': { help: '向机器人发一条简短的测试消息（带 msgUuid）；不加则什么都不发' },
  offline: { help: '只做离线检查（格式、签名），不连接钉钉' },
  json: { help: '输出一个 JSON 对象（每项检查：id、status、code、title、fix、page）' },
  timeout: { value: 'SEC', help: '每次请求的超时秒数', default: String(DOCTOR_DEFAULT_TIMEOUT_S) },
  deadline: { value: 'SEC', help: '整个体检的时限秒数', default: String(DOCTOR_DEFAULT_DEADLINE_S) },
  endpoint: { value: 'URL', help: '把 oapi 和 api 两个地址都换成这个（测试或中转用）' },
} as const satisfies OptionDecls

export type DoctorValues = Values<typeof DOCTOR_OPTIONS>
