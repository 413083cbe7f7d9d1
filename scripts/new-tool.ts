/**
 * npm run new:tool -- <id> --title 标签名 --summary 一句说明 --page /app/某页 [--topic 文件夹]
 *
 * Writes a new tool's files (scripts/new-tool/scaffold.ts): its logic and test under
 * playground/logic/<topic>/, its component and test in playground/widgets/, its entry in
 * playground/logic/toolbox/tools.ts and its place on the guide page. Refuses an id or widget that
 * exists, a page that does not, and a page that already embeds a tool; never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { pageFile, scaffoldTool, specProblems } from './new-tool/scaffold'

const ROOT = process.env.NEW_TOOL_ROOT ?? join(import.meta.dirname, '..')
const USAGE = '用法：npm run new:tool -- <id> --title 标签名 --summary 一句说明 --page /app/某页 [--topic 文件夹]'
function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { title: { type: 'string' }, summary: { type: 'string' }, page: { type: 'string' }, topic: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (e) {
    // An unknown option or a missing value: say which, in Chinese, without a stack trace.
    const { code, message } = e as { code?: string; message: string }
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? ''
    const why = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `没有选项 ${option}` : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `选项 ${option} 后面要跟一个值` : '参数有误'
    console.error(`${USAGE}\n- ${why}。`)
    process.exit(2)
  }
}
const { values, positionals } = readArgs()
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const spec = { id: positionals[0] ?? '', title: values.title ?? '', summary: values.summary ?? '', page: values.page ?? '', topic: values.topic }
const TOOLS_FILE = 'playground/logic/toolbox/tools.ts'
const read = (path: string) => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : null)
const toolsSource = read(TOOLS_FILE)!
const pageSource = spec.page ? read(pageFile(spec.page)) : null
const problems = specProblems(spec, toolsSource, pageSource)
if (problems.length) {
  console.error(`${USAGE}\n${problems.map((p) => `- ${p}`).join('\n')}`)
  process.exit(2)
}
const { files, widget } = scaffoldTool(spec, toolsSource, pageSource!)
const edited = new Set([TOOLS_FILE, pageFile(spec.page)])
const clashes = Object.keys(files).filter((path) => !edited.has(path) && existsSync(join(ROOT, path)))
if (clashes.length) {
  console.error(`这些文件已经存在，没有改动任何文件：${clashes.join('、')}`)
  process.exit(1)
}
// Every file first, then the report: a closed stdout (`| head`) must not leave a tool half written.
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true })
  writeFileSync(join(ROOT, path), text)
}
process.stdout.on('error', () => {})
for (const path of Object.keys(files)) console.log(`${edited.has(path) ? '改动' : '新建'} ${path}`)
console.log(`\n工具 ${spec.id}（${widget}）已生成。接下来：写真正的检查和它的测试（真实输入在先，注明出处），然后 npx vitest run playground/widgets/toolbox ${Object.keys(files)
  .filter((p) => p.endsWith('.test.ts'))
  .join(' ')}，以及 npm run size。`)
