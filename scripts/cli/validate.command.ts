/** `validate`: its options and help (the code is validate.ts). The field list is the site's field registry. */
import { EXAMPLE } from '../../playground/logic/examples'
import { FIELD_LABELS, FIELD_NAMES, FIELDS } from '../../playground/logic/fields'
import { defineCommand } from './command'
import { ENV_FIELDS } from './env-file'
import type { OptionDecls, Values } from './options'

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

/** After a secret field's label: its value is best given with `--value -` (stdin), out of `ps`. */
export const SECRET_MARK = '（机密，宜用 --value - 从标准输入给出）'

function fieldTable(): string {
  const width = Math.max(...FIELD_NAMES.map((n) => n.length)) + 3
  const secret = (n: (typeof FIELD_NAMES)[number]) => (FIELDS[n].secret ? SECRET_MARK : '')
  return `字段（--field 的取值，与文档站表单里的名称对应）：\n${FIELD_NAMES.map((n) => `  ${n.padEnd(width)}${FIELD_LABELS[n]}${secret(n)}`).join('\n')}`
}

export const VALIDATE = defineCommand({
  name: 'validate',
  summary: '用文档站的校验规则检查一个值，或检查交接用的 .env 文件',
  usage: ['{field} {value} [{json}]', '{env} [{json}]'],
  about: '用文档站的同一套规则检查填写的值：错误（error）表示肯定不对，提醒（warning）表示不常见、请再确认。',
  options: VALIDATE_OPTIONS,
  notes: [fieldTable(), '不会打印值本身（AppSecret、加签密钥和 Webhook 里的 access_token 是机密）。'],
  examples: [
    `npm run -s dingtalk -- validate --field corpId --value ${EXAMPLE.corpId}`,
    `npm run -s dingtalk -- validate --field robotKeywords --value '${EXAMPLE.robotKeywords}' --json`,
    'npm run -s dingtalk -- validate --env .env --json',
  ],
  exits: '0 没有错误（可以有提醒）；1 有错误或读不到文件；2 用法错误（如未知字段名）',
  load: async () => (await import('./validate')).runValidate,
})
