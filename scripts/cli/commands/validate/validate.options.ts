/** `validate`: its options and the constants its code shares with its help (the declaration is validate.command.ts). */
import { ENV_FIELDS } from '../../core/env-file'
import type { OptionDecls, Values } from '../../core/options'

const envNames = (required: boolean, separately = false) =>
  ENV_FIELDS.filter((f) => f.required === required && (f.separately ?? false) === separately)
    .map((f) => f.env)
    .join('、')

export const VALIDATE_OPTIONS = {
  field: { value: 'NAME', help: '字段名，见下面的“字段”' },
  value: {
    value: 'V',
    help: '要检查的值（含空格时请加引号）',
    dash: '从标准输入读取要检查的值（检查 AppSecret 等机密时，免得它出现在 ps 里）',
  },
  env: { value: 'FILE', help: `检查交接用的 .env 文件。必需：${envNames(true)}；\n可单独交付（缺少时只提醒）：${envNames(false, true)}；\n可选：${envNames(false)}` },
  json: {
    help: `每个字段输出一行 JSON：
{"field":"…","level":"ok"|"warning"|"error","findings":[{"level":"…","code":"…","message":"…"}]}
level 取最严重的一条`,
  },
} as const satisfies OptionDecls

export type ValidateValues = Values<typeof VALIDATE_OPTIONS>
