/** `diagnose`: its declaration (summary, help, examples) for the command list; the options are diagnose.options.ts, the code diagnose.ts, loaded only when it runs. */
import { defineCommand } from '../../core/command'
import { DIAGNOSE_OPTIONS } from './diagnose.options'

export const DIAGNOSE = defineCommand({
  name: 'diagnose',
  summary: '说明钉钉返回的错误（机器人、服务端接口、免登）：原因、怎么办和钉钉文档',
  usage: ['[{text}] [{json}]'],
  about: `说明钉钉返回的错误：原因、怎么办、钉钉自己的说明和文档链接（与文档站“故障排查”页同一套说明）。
群机器人、应用的服务端接口（gettoken、通讯录、工作通知…）和免登 / JS-API 的返回都可以；
整段 JSON、日志里的一行、SDK 打印的内容或只有 errmsg 的文字都行。`,
  options: DIAGNOSE_OPTIONS,
  examples: [
    `npm run -s dingtalk -- diagnose --text '{"errcode":310000,"errmsg":"sign not match"}'`,
    'npm run -s dingtalk -- diagnose --json < error.log',
    "echo '访问ip不在白名单之中' | npm run -s dingtalk -- diagnose",
  ],
  exits: '0 认出了这个返回（或它表示成功）；1 没有认出，或没有内容；2 用法错误',
  load: async () => (await import('./diagnose')).runDiagnose,
})
