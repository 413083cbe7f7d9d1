/** `validate`: its declaration (summary, help, examples) for the command list; the options are validate.options.ts, the code validate.ts. The field list is the site's field registry. */
import { EXAMPLE } from '../../../../playground/logic/examples'
import { FIELD_LABELS, FIELD_NAMES, FIELDS } from '../../../../playground/logic/fields'
import { defineCommand } from '../../core/command'
import { VALIDATE_OPTIONS } from './validate.options'

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
