/**
 * INVENTED forms a pasted answer takes (issue 21): the same DingTalk answer as a log line, a Java / Python
 * / PHP / Go dump, escaped or pretty JSON, curly quotes, full-width punctuation, `curl -v`, a Chinese
 * sentence, a Markdown fence, an OCR-like paste… Every value around the answer is made up; the shapes are
 * those the languages' own printers produce (Python repr, PHP var_dump / print_r, Go `%+v`, Java's
 * exception line with a stack trace, the Tea SDK's TeaException). A form must not change the diagnosis.
 */

/** The essential answer: DingTalk's code and its message (null when the answer has none). */
export interface Answer {
  code: number | string
  message: string | null
}

export interface Form {
  name: string
  /** The paste in this form; null where the form does not apply (a TeaException carries only a gateway code). */
  render: (a: Answer) => string | null
  /**
   * Words the form adds that rightly carry meaning (the address called tells the side of a code both
   * sides use): the plain answer is read with them too.
   */
  context?: string
}

/** The keys the answer's side uses: errcode / errmsg for a number, code / message for a gateway code. */
const keys = (a: Answer): [string, string] => (typeof a.code === 'number' ? ['errcode', 'errmsg'] : ['code', 'message'])
const body = (a: Answer): Record<string, unknown> => {
  const [c, m] = keys(a)
  return a.message === null ? { [c]: a.code } : { [c]: a.code, [m]: a.message }
}
const json = (a: Answer): string => JSON.stringify(body(a))
const pyStr = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
const pyVal = (v: unknown): string => (typeof v === 'string' ? pyStr(v) : String(v))
/** PHP counts bytes, not characters. */
const bytes = (s: string): number => new TextEncoder().encode(s).length
/** Go's `%+v` prints field names capitalised, strings bare. */
const goName = (k: string): string => ({ errcode: 'ErrCode', errmsg: 'ErrMsg', code: 'Code', message: 'Message' })[k] ?? k
/** Straight quotes turned curly, as chat apps and word processors do (alternating open / close). */
const curly = (s: string): string => {
  let open = true
  return s.replace(/"/g, () => ((open = !open) ? '”' : '“'))
}
/** Full-width colon, comma, brackets and quotes, as a Chinese input method types them. */
const fullWidth = (s: string): string =>
  s.replace(/"([^"]*)"/g, '“$1”').replace(/:/g, '：').replace(/,/g, '，').replace(/\{/g, '｛').replace(/\}/g, '｝')
/** OCR of a screenshot: spaces between Chinese characters and around the key, a full-width colon. */
const ocrSpaces = (s: string): string => s.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, '$1 ')

export const ANSWER_FORMS: readonly Form[] = [
  { name: 'JSON', render: json },
  { name: 'log line', render: (a) => `2026-12-03 10:15:42.123 ERROR 4711 --- [nio-8080-exec-3] c.e.demo.DingTalkClient : 调用钉钉接口失败: ${json(a)}` },
  {
    name: 'Java ApiException',
    render: (a) =>
      `com.dingtalk.api.exception.ApiException: errcode=${a.code}, errmsg=${a.message ?? ''}\n\tat com.dingtalk.api.DefaultDingTalkClient.execute(DefaultDingTalkClient.java:88)\n\tat com.example.demo.Notify.send(Notify.java:42)`,
  },
  {
    name: 'TeaException',
    render: (a) =>
      typeof a.code === 'number'
        ? null
        : `com.aliyun.tea.TeaException: code: 400, ${a.message ?? ''} request id: 3F2A9C1E-0000-4000-8000-000000000001, data: {"requestid":"3F2A9C1E-0000-4000-8000-000000000001","code":${JSON.stringify(String(a.code))},"message":${JSON.stringify(a.message ?? '')}}\n\tat com.aliyun.teaopenapi.Client.execute(Client.java:300)`,
  },
  {
    name: 'Python TeaException',
    render: (a) =>
      typeof a.code === 'number'
        ? null
        : `Traceback (most recent call last):\n  File "/srv/app/notify.py", line 58, in send\nTea.exceptions.TeaException: Error: ${a.code} code: 400, ${a.message ?? ''} request id: 3F2A9C1E-0000-4000-8000-000000000002 Response: {'requestid': '3F2A9C1E-0000-4000-8000-000000000002', 'code': '${a.code}', 'message': ${pyStr(a.message ?? '')}, 'statusCode': 400}`,
  },
  {
    name: 'Python dict',
    render: (a) => `{${Object.entries(body(a)).map(([k, v]) => `'${k}': ${pyVal(v)}`).join(', ')}, 'success': False, 'retry': True, 'result': None}`,
  },
  {
    name: 'PHP var_dump',
    render: (a) =>
      `array(${Object.keys(body(a)).length}) {\n${Object.entries(body(a))
        .map(([k, v]) => `  ["${k}"]=>\n  ${typeof v === 'number' ? `int(${v})` : `string(${bytes(String(v))}) "${v}"`}\n`)
        .join('')}}`,
  },
  {
    name: 'PHP print_r',
    render: (a) => `stdClass Object\n(\n${Object.entries(body(a)).map(([k, v]) => `    [${k}] => ${v}\n`).join('')})`,
  },
  { name: 'Go %+v', render: (a) => `&{${Object.entries(body(a)).map(([k, v]) => `${goName(k)}:${v}`).join(' ')} Extra:}` },
  { name: 'JSON in a JSON string', render: (a) => JSON.stringify({ level: 'error', time: '2026-12-03T10:15:42Z', body: json(a) }) },
  { name: 'pretty JSON', render: (a) => JSON.stringify({ ...body(a), trace: 'x1y2z3' }, null, 2) },
  { name: 'curly quotes', render: (a) => curly(json(a)) },
  { name: 'full-width', render: (a) => fullWidth(json(a)) },
  {
    name: 'curl -v',
    context: 'oapi.dingtalk.com/topapi/demo',
    render: (a) =>
      `> POST /topapi/demo?access_token=made-up HTTP/1.1\n> Host: oapi.dingtalk.com\n> Content-Type: application/json\n> Content-Length: 58\n>\n< HTTP/1.1 200 OK\n< Server: DingTalk/1.0.0\n< Date: Thu, 03 Dec 2026 10:15:42 GMT\n< Content-Type: application/json;charset=UTF-8\n<\n${json(a)}`,
  },
  { name: 'status line and URL', context: 'https://oapi.dingtalk.com/topapi/demo', render: (a) => `POST https://oapi.dingtalk.com/topapi/demo 200 OK (120 ms)\n${json(a)}` },
  {
    name: 'status 400 and the new API',
    context: 'https://api.dingtalk.com/v1.0/demo/items',
    render: (a) => `HTTP 400 Bad Request: POST https://api.dingtalk.com/v1.0/demo/items\n${json(a)}`,
  },
  { name: 'Chinese sentence', render: (a) => `报错：errcode ${a.code}，${a.message ?? ''}，请问怎么解决？` },
  { name: 'separate lines', render: (a) => `${keys(a)[0]}: ${a.code}\n${a.message === null ? '' : `${keys(a)[1]}: ${a.message}`}` },
  { name: 'Markdown fence', render: (a) => `调用后返回：\n\n\`\`\`json\n${json(a)}\n\`\`\`\n` },
  { name: 'OCR', render: (a) => `${keys(a)[0]}：${a.code}   ${keys(a)[1]} ： ${ocrSpaces(a.message ?? '')}` },
  { name: 'Chinese labels', render: (a) => `错误码：${a.code}\n错误信息：${a.message ?? ''}` },
  {
    name: 'JS object as Node prints it',
    render: (a) => `{\n  ${Object.entries(body(a)).map(([k, v]) => `${k}: ${typeof v === 'string' ? pyStr(v) : v}`).join(',\n  ')}\n}`,
  },
  {
    name: 'axios error',
    render: (a) =>
      `AxiosError: Request failed\n  response: {\n    status: 200,\n    statusText: 'OK',\n    data: { ${Object.entries(body(a)).map(([k, v]) => `${k}: ${typeof v === 'string' ? pyStr(v) : v}`).join(', ')} }\n  }`,
  },
  { name: 'Java toString', render: (a) => `OapiDemoResponse(${Object.entries(body(a)).map(([k, v]) => `${k}=${v}`).join(', ')}, success=false)` },
  { name: 'Rust Debug', render: (a) => `Error: DingTalk { ${Object.entries(body(a)).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }` },
  { name: 'YAML', render: (a) => Object.entries(body(a)).map(([k, v]) => `${k}: ${v}`).join('\n') },
  { name: 'after a success', render: (a) => `第一次：{"errcode":0,"errmsg":"ok"}\n第二次：${json(a)}` },
  { name: 'before a success', render: (a) => `${json(a)}\n重试后：{"errcode":0,"errmsg":"ok"}` },
  { name: 'twice', render: (a) => `${json(a)}\n${json(a)}` },
]

/** Forms of a whole paste (a real answer as it was pasted): what goes around it, the text itself unchanged. */
export interface TextForm {
  name: string
  render: (text: string) => string
}

export const TEXT_FORMS: readonly TextForm[] = [
  { name: 'log prefix', render: (t) => `2026-12-03 10:15:42,123 [pool-2-thread-1] ERROR com.example.Notify - ${t}` },
  { name: 'Markdown fence', render: (t) => `\`\`\`\n${t}\n\`\`\`` },
  { name: 'Chinese sentence', render: (t) => `报错如下：\n${t}\n请问是什么原因？` },
  { name: 'after a success', render: (t) => `{"errcode":0,"errmsg":"ok"}\n${t}` },
  { name: 'twice', render: (t) => `${t}\n${t}` },
  { name: 'curly quotes', render: (t) => curly(t) },
  { name: 'full-width', render: (t) => fullWidth(t) },
  { name: 'in a JSON log record', render: (t) => JSON.stringify({ level: 'error', msg: t }) },
]
