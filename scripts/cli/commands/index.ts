/**
 * The list of commands: each declared once in its `<name>.command.ts` (name, summary, options,
 * help, load). The code that runs a command is loaded only when it runs, so one command's
 * start-up does not pay for the others' imports.
 */
import { CHECK_CREDENTIALS } from './check-credentials/check-credentials.command'
import { type Command, PROG } from '../core/command'
import { DIAGNOSE } from './diagnose/diagnose.command'
import { DOCTOR } from './doctor/doctor.command'
import { SEND } from './send/send.command'
import { SIGN } from './sign/sign.command'
import { VALIDATE } from './validate/validate.command'
import { VERIFY } from './verify/verify.command'

export const COMMANDS: readonly Command[] = [SIGN, VERIFY, SEND, CHECK_CREDENTIALS, DOCTOR, DIAGNOSE, VALIDATE]

export const MAIN_HELP = `钉钉接入命令行工具（与文档站共用同一套校验、签名和错误说明）

用法：${PROG} <命令> [选项]

命令：
${COMMANDS.map((c) => `  ${c.name.padEnd(19)}${c.summary}`).join('\n')}

每个命令的说明：${PROG} <命令> --help
版本和正在运行的文件的 SHA-256：${PROG} --version

退出码：0 成功；1 输入有误或钉钉拒绝；2 用法错误（未知命令或选项、缺少必填选项、选项冲突）；
75 暂时失败或可能已送达（send：稍后用同一个 msgUuid 再发）`
