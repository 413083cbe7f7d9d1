/**
 * The list of commands. Each is loaded only when run, so one command's start-up does not
 * pay for the others' imports.
 */
import type { ExitCode } from './exit-codes'
import type { CliIo } from './io'

export interface CommandModule {
  help: string
  run(argv: readonly string[], io: CliIo): Promise<ExitCode>
}

export interface Command {
  name: string
  summary: string
  load(): Promise<CommandModule>
}

export const COMMANDS: readonly Command[] = [
  {
    name: 'sign',
    summary: '计算机器人加签 sign，或生成带签名的 Webhook 地址',
    load: async () => {
      const m = await import('./sign')
      return { help: m.SIGN_HELP, run: m.runSign }
    },
  },
  {
    name: 'verify',
    summary: '核对钉钉回调请求头里的 timestamp 和 sign（密钥、算法、1 小时时效）',
    load: async () => {
      const m = await import('./verify')
      return { help: m.VERIFY_HELP, run: m.runVerify }
    },
  },
  {
    name: 'send',
    summary: '构造、检查并发送群机器人消息（支持从标准输入逐行发送，自动限速每分钟 20 条）',
    load: async () => {
      const m = await import('./send')
      return { help: m.SEND_HELP, run: m.runSend }
    },
  },
  {
    name: 'check-credentials',
    summary: '用 AppKey / AppSecret 向钉钉申请 access_token，检查这对凭证是否有效',
    load: async () => {
      const m = await import('./check-credentials')
      return { help: m.CHECK_CREDENTIALS_HELP, run: m.runCheckCredentials }
    },
  },
  {
    name: 'diagnose',
    summary: '说明钉钉返回的错误（机器人、服务端接口、免登）：原因、怎么办和钉钉文档',
    load: async () => {
      const m = await import('./diagnose')
      return { help: m.DIAGNOSE_HELP, run: m.runDiagnose }
    },
  },
  {
    name: 'validate',
    summary: '用文档站的校验规则检查一个值，或检查交接用的 .env 文件',
    load: async () => {
      const m = await import('./validate')
      return { help: m.VALIDATE_HELP, run: m.runValidate }
    },
  },
]

export const MAIN_HELP = `钉钉接入命令行工具（与文档站共用同一套校验、签名和错误说明）

用法：npm run -s dingtalk -- <命令> [选项]

命令：
${COMMANDS.map((c) => `  ${c.name.padEnd(19)}${c.summary}`).join('\n')}

每个命令的说明：npm run -s dingtalk -- <命令> --help

退出码：0 成功；1 输入有误或钉钉拒绝；2 用法错误（未知命令或选项、缺少必填选项、选项冲突）`
