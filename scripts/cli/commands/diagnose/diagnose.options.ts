/** `diagnose`: its options and the constants its code shares with its help (the declaration is diagnose.command.ts). */
import type { OptionDecls, Values } from '../../core/options'

export const DIAGNOSE_OPTIONS = {
  text: { value: 'T', help: '钉钉返回的内容；不给时从标准输入读取（粘贴后按 Ctrl-D 结束）' },
  json: {
    help: `输出一行 JSON：
{"matched","errcode","source","title","cause","fix","officialDescription","docUrl","id","anchor"}
source 为 robot（群机器人）、app（服务端接口）、jsapi（免登 / JS-API）或 unknown`,
  },
} as const satisfies OptionDecls

export type DiagnoseValues = Values<typeof DIAGNOSE_OPTIONS>
