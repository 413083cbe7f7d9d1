/**
 * How DingTalk's client libraries and bots print an answer (issue 21): what people paste is mostly not
 * DingTalk's raw JSON but the line their library wrote around it. Each form below copies the library's own
 * format string (its `source`: the file and line, at a fixed commit); everything around it (times, paths,
 * request ids, the text sent) is INVENTED, with made-up values. A form must not change the diagnosis
 * (library-forms.test.ts).
 */
import type { Answer } from './paste-forms'

/** An answer of the old server API that wraps its cause: errcode 88 with sub_code / sub_msg. */
export interface LibraryAnswer extends Answer {
  sub?: { code: number | string; message: string }
}

export interface LibraryForm {
  name: string
  /** The library's format string: a GitHub file URL with commit and line. */
  source: string
  /** The paste in this form; null where the library never prints such an answer (a gateway code in an errcode library). */
  render: (a: LibraryAnswer) => string | null
  /** Words the form adds that rightly tell the side (a robot's webhook, an oapi address): the plain answer is read with them too. */
  context?: string
  /**
   * The form prints DingTalk's message without its code (CatchZeng's error, DingtalkChatbot's notice, the
   * Tea SDKs' exception message): it is held to the bare message's diagnosis, not the JSON's.
   */
  messageOnly?: boolean
}

const GH = 'https://github.com'
const RID = '3F2A9C1E-0000-4000-8000-00000000000A'
const isErrcode = (a: Answer): boolean => typeof a.code === 'number'
/** Java and Go print a missing string as `null` / empty. */
const javaStr = (s: string | null): string => s ?? 'null'
/** Python's repr of a str: single quotes unless the text holds one and no double quote. */
const pyRepr = (s: string): string => {
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
  return s.includes("'") && !s.includes('"') ? `"${body}"` : `'${body.replace(/'/g, "\\'")}'`
}
/** A JSON answer as json_encode / json.dumps write it by default: non-ASCII as \uXXXX (PHP also escapes `/`). */
const asciiJson = (v: unknown, slash = false): string => {
  const s = JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return slash ? s.replace(/\//g, '\\/') : s
}
/** DingTalk's old-API body: errcode, errmsg, and sub_code / sub_msg when errcode 88 wraps the cause. */
const oldBody = (a: LibraryAnswer): Record<string, unknown> => {
  const body: Record<string, unknown> = { errcode: a.code }
  if (a.message !== null) body.errmsg = a.message
  if (a.sub) Object.assign(body, { sub_code: String(a.sub.code), sub_msg: a.sub.message, request_id: '15xb2u7qdtmkj' })
  return body
}
/** A Python dict as `%s` prints it. */
const pyDict = (o: Record<string, unknown>): string =>
  `{${Object.entries(o)
    .map(([k, v]) => `'${k}': ${typeof v === 'string' ? pyRepr(v) : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v)}`)
    .join(', ')}}`
/** go-logfmt: a value with a space, `=`, `"` or a control character is quoted, Go-escaped. */
const logfmt = (s: string): string => (s !== '' && !/[\s="\\\u0000-\u001f]/.test(s) ? s : JSON.stringify(s))
/** The new API's error body (api.dingtalk.com), as the Tea SDKs keep it in `data`. */
const gatewayBody = (a: Answer): Record<string, unknown> => ({ code: String(a.code), message: a.message ?? '', requestid: RID })
/** Darabonba OpenAPI's exception message: `code: <HTTP status>, <message> request id: <id>`. */
const teaMessage = (a: Answer): string => `code: 400, ${a.message ?? ''} request id: ${RID}`
/** Node's util.inspect of a string: single quotes, escaped. */
const nodeStr = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`

const TOP_SDK = `${GH}/opendingtalk/alibaba-dingtalk-service-sdk/blob/d6863f9d298da82eeaf6491b90899e0a5a06e578/src/main/java/com/taobao/api`
const OPENAPI = `${GH}/aliyun/darabonba-openapi/blob/8b916ca848bbdcb8348fceb2fbb65af906cc7aec`

export const LIBRARY_FORMS: readonly LibraryForm[] = [
  {
    // super(errCode + ":" + errMsg), thrown by user code and the SDK's cluster manager with the response's errcode / errmsg.
    name: 'TOP SDK ApiException (Java)',
    source: `${TOP_SDK}/ApiException.java#L51`,
    render: (a) =>
      isErrcode(a)
        ? `com.taobao.api.ApiException: ${a.code}:${javaStr(a.message)}\n\tat com.example.oa.DingTalkService.call(DingTalkService.java:57)\n\tat com.example.oa.SyncJob.run(SyncJob.java:31)`
        : null,
  },
  {
    // super(errCode + ":" + errMsg + ":" + subErrCode + ":" + subErrMsg)
    name: 'TOP SDK ApiException with the sub code (Java)',
    source: `${TOP_SDK}/ApiException.java#L57`,
    render: (a) => (a.sub ? `com.taobao.api.ApiException: ${a.code}:${javaStr(a.message)}:${a.sub.code}:${a.sub.message}` : null),
  },
  {
    // TaobaoResponse's getters (errcode → getErrorCode, errmsg → getMsg, sub_code → getSubCode, sub_msg → getSubMsg), logged by name.
    name: 'TOP SDK response getters in a log line (Java)',
    source: `${TOP_SDK}/TaobaoResponse.java#L20-L37`,
    render: (a) =>
      isErrcode(a)
        ? `2026-12-03 10:15:42.123 ERROR 4711 --- [main] c.e.oa.DingTalkService : 钉钉接口调用失败 errorCode=${a.code}, msg=${javaStr(a.message)}, subCode=${javaStr(a.sub ? String(a.sub.code) : null)}, subMsg=${javaStr(a.sub?.message ?? null)}`
        : null,
  },
  {
    name: 'TOP SDK getBody() in a log line (Java)',
    source: `${TOP_SDK}/TaobaoResponse.java#L101`,
    render: (a) => (isErrcode(a) ? `[WARN] 2026-12-03 10:15:42 c.e.oa.DingTalkService - 获取用户详情失败：${JSON.stringify(oldBody(a))}` : null),
  },
  {
    // "errcode=" + … + " errmsg=" + … + " application_host=" + … + " service_host=" + …: DingTalk's own Python SDK
    // (dingtalk/api/base.py, as downloaded from open.dingtalk.com; here a project's copy of it).
    name: 'TopException (Python, DingTalk’s TOP SDK)',
    source: `${GH}/luss613/oauth_dingtalk/blob/1e2554642d2b16c642a031670d08efa4a74e8252/dingtalk/api/base.py#L145`,
    render: (a) =>
      isErrcode(a)
        ? `Traceback (most recent call last):\n  File "/srv/app/notify.py", line 31, in send\n    rsp = req.getResponse(token)\ndingtalk.api.base.TopException: errcode=${a.code} errmsg=${a.message ?? 'None'} application_host= service_host=`
        : null,
  },
  {
    // The response object serialised by its getters (fastjson's JSON.toJSONString(rsp), keys sorted): getBody() holds
    // DingTalk's answer as an escaped string beside errorCode (a string), msg, subCode, subMsg and isSuccess().
    name: 'TOP SDK response as fastjson writes it (Java)',
    source: `${TOP_SDK}/TaobaoResponse.java#L69-L117`,
    render: (a) => {
      if (!isErrcode(a)) return null
      const o: Record<string, unknown> = { body: JSON.stringify(oldBody(a)), errcode: a.code, errmsg: a.message ?? undefined, errorCode: String(a.code), msg: a.message ?? undefined }
      Object.assign(o, { params: { userid: 'made-up-user' }, subCode: a.sub ? String(a.sub.code) : undefined, subMsg: a.sub?.message, success: false })
      return `获取用户详情失败：${JSON.stringify(o)}`
    },
  },
  {
    // 'Error code: {code}, message: {msg}'
    name: 'dingtalk-sdk DingTalkClientException (Python, 007gzs)',
    source: `${GH}/007gzs/dingtalk-sdk/blob/7979da2e259fdbc571728cae2425a04dbc65850a/dingtalk/core/exceptions.py#L20`,
    render: (a) =>
      isErrcode(a)
        ? `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 40, in <module>\n    client.user.get('made-up-user')\ndingtalk.core.exceptions.DingTalkClientException: Error code: ${a.code}, message: ${a.message ?? a.code}`
        : null,
  },
  {
    // '{klass}({code}, {msg})'
    name: 'dingtalk-sdk exception repr (Python, 007gzs)',
    source: `${GH}/007gzs/dingtalk-sdk/blob/7979da2e259fdbc571728cae2425a04dbc65850a/dingtalk/core/exceptions.py#L31`,
    render: (a) => (isErrcode(a) ? `同步失败：[DingTalkClientException(${a.code}, ${a.message ?? a.code})]` : null),
  },
  {
    // "\n【请求地址】: %s\n【请求参数】：%s \n%s\n【错误信息】：%s", the last the answer as a dict.
    name: 'dingtalk-sdk error log (Python, 007gzs)',
    context: 'https://oapi.dingtalk.com/topapi/v2/user/get',
    source: `${GH}/007gzs/dingtalk-sdk/blob/7979da2e259fdbc571728cae2425a04dbc65850a/dingtalk/client/base.py#L152`,
    render: (a) =>
      isErrcode(a)
        ? `ERROR:dingtalk.client.base:\n【请求地址】: https://oapi.dingtalk.com/topapi/v2/user/get\n【请求参数】：{'access_token': 'made-up-token'} \n{"userid": "made-up-user"}\n【错误信息】：${pyDict(oldBody(a))}`
        : null,
  },
  {
    // fmt.Errorf("%d: %s", data.ErrCode, data.ErrMsg), printed by Go's log package.
    name: 'godingtalk error in a Go log line (hugozhu)',
    source: `${GH}/hugozhu/godingtalk/blob/99ad709b052b4498553a86b07848b62e5d6cf326/godingtalk.go#L48`,
    render: (a) => (isErrcode(a) ? `2026/12/03 10:15:42 ${a.code}: ${a.message ?? ''}` : null),
  },
  {
    // fmt.Errorf("errcode: %d\nerrmsg: %s", …)
    name: 'go-dingtalk error (icepy)',
    source: `${GH}/icepy/go-dingtalk/blob/e8997a39181445159113232fb96fab3c2d189289/src/open_api_response.go#L17`,
    render: (a) => (isErrcode(a) ? `2026/12/03 10:15:42 发送工作通知失败: errcode: ${a.code}\nerrmsg: ${a.message ?? ''}` : null),
  },
  {
    // errors.Errorf("code:%d,msg:%s", res.Code, res.Msg)
    name: 'dingtalk error (Go, zhaoyunxing92)',
    source: `${GH}/zhaoyunxing92/dingtalk/blob/864ddcfb575ce7f746d18e3e937b91300c1be86c/response/response.go#L44`,
    render: (a) => (isErrcode(a) ? `2026/12/03 10:15:42 get user failed: code:${a.code},msg:${a.message ?? ''}` : null),
  },
  {
    // fmt.Errorf("send message to dingtalk error = %s", res.ErrMsg): the message only.
    name: 'dingtalk robot error (Go, CatchZeng)',
    source: `${GH}/CatchZeng/dingtalk/blob/f4f1df9b5f30829d09af16dc9e647e70f414d619/pkg/dingtalk/client.go#L77`,
    messageOnly: true,
    render: (a) => (isErrcode(a) && a.message ? `2026/12/03 10:15:42 send message to dingtalk error = ${a.message}` : null),
  },
  {
    // logging.debug('发送结果：%s' % result), Python logging's default format.
    name: 'DingtalkChatbot result log (Python, zhuifengshen)',
    source: `${GH}/zhuifengshen/DingtalkChatbot/blob/058944ae9e7e6508af8524506e90d05cd1873d98/dingtalkchatbot/chatbot.py#L322`,
    render: (a) => (isErrcode(a) ? `DEBUG:root:发送结果：${pyDict(oldBody(a))}` : null),
  },
  {
    // logging.error("消息发送失败，自动通知：%s" % error_data): the notice carries errmsg, not errcode.
    name: 'DingtalkChatbot failure notice (Python, zhuifengshen)',
    source: `${GH}/zhuifengshen/DingtalkChatbot/blob/058944ae9e7e6508af8524506e90d05cd1873d98/dingtalkchatbot/chatbot.py#L329-L336`,
    messageOnly: true,
    render: (a) => {
      if (!isErrcode(a) || !a.message) return null
      const sent = asciiJson({ msgtype: 'text', text: { content: '告警：磁盘使用率 91%' }, at: { isAtAll: false } })
      const content = `[异常通知]钉钉机器人消息发送失败，失败时间：2026-12-03 10:15:42，失败原因：${a.message}，要发送的消息：${sent}，请及时跟进，谢谢!`
      return `ERROR:root:消息发送失败，自动通知：{'msgtype': 'text', 'text': {'content': ${pyRepr(content)}}, 'at': {'isAtAll': False}}`
    },
  },
  {
    // level.Error(logger).Log("msg", "Failed to send notification to DingTalk", "respCode", …, "respMsg", …), logfmt.
    name: 'prometheus-webhook-dingtalk logfmt line',
    context: 'target=webhook1',
    source: `${GH}/timonwong/prometheus-webhook-dingtalk/blob/589d858c1f7c9409a67146d8c14e28a208bf34e7/web/dingtalk/dingtalk.go#L103`,
    render: (a) =>
      isErrcode(a)
        ? `level=error ts=2026-12-03T10:15:42.123Z caller=dingtalk.go:103 component=web target=webhook1 msg="Failed to send notification to DingTalk" respCode=${a.code} respMsg=${logfmt(a.message ?? '')}`
        : null,
  },
  {
    // String.format("钉钉机器人发生错误：%s", …) of the body DingTalkSender returns when errcode != 0; listener.error adds "ERROR: ".
    name: 'Jenkins dingtalk-plugin build log',
    context: '钉钉机器人',
    source: `${GH}/jenkinsci/dingtalk-plugin/blob/1568e8966cda6acc07c2d6528143c2a6f6c2be96/src/main/java/io/jenkins/plugins/tools/Logger.java#L45`,
    render: (a) => (isErrcode(a) ? `ERROR: 钉钉机器人发生错误：${JSON.stringify(oldBody(a))}` : null),
  },
  {
    // throw new InvalidCredentialsException(json_encode($value)): PHP's default json_encode escapes non-ASCII and `/`.
    name: 'EasyDingTalk InvalidCredentialsException (PHP, mingyoung)',
    context: 'AccessToken',
    source: `${GH}/mingyoung/dingtalk/blob/f00500f40514015429b18bc9178c7270a1d7dea9/src/Kernel/AccessToken.php#L80`,
    render: (a) =>
      isErrcode(a)
        ? `PHP Fatal error:  Uncaught EasyDingTalk\\Kernel\\Exceptions\\InvalidCredentialsException: ${asciiJson(oldBody(a), true)} in /srv/www/vendor/mingyoung/dingtalk/src/Kernel/AccessToken.php:80\nStack trace:\n#0 /srv/www/app/Sync.php(21): EasyDingTalk\\Kernel\\AccessToken->refresh()\n#1 {main}\n  thrown in /srv/www/vendor/mingyoung/dingtalk/src/Kernel/AccessToken.php on line 80`
        : null,
  },
  {
    // new Error(`${url} got error: ${JSON.stringify(result)}`), name DingTalkClientResponseError, code and data set on it.
    name: 'node-dingtalk DingTalkClientResponseError (Node, ali-sdk)',
    source: `${GH}/ali-sdk/node-dingtalk/blob/d5c06fed92f1436f94ff7369461b186ed337f2d5/lib/api/client.js#L137`,
    context: 'https://oapi.dingtalk.com/user/get',
    render: (a) => {
      if (!isErrcode(a)) return null
      const fields = Object.entries(oldBody(a)).map(([k, v]) => `${k}: ${typeof v === 'string' ? nodeStr(v) : String(v)}`)
      return `DingTalkClientResponseError: https://oapi.dingtalk.com/user/get?access_token=made-up&userid=made-up-user got error: ${JSON.stringify(oldBody(a))}\n    at DingTalkClient.request (/srv/app/node_modules/node-dingtalk/lib/api/client.js:137:21) {\n  code: ${a.code},\n  data: { ${fields.join(', ')} }\n}`
    },
  },
  {
    // fmt.Sprintf("SDKError:\n   StatusCode: %d\n   Code: %s\n   Message: %s\n   Data: %s\n", …); Message from Darabonba OpenAPI.
    name: 'Tea SDKError (Go, alibabacloud-go/dingtalk)',
    source: `${GH}/alibabacloud-go/tea/blob/f93724f86573b11eb172a0919ec41b4266bd9a15/tea/tea.go#L266`,
    render: (a) => {
      if (isErrcode(a)) return null
      const data = JSON.stringify({ ...gatewayBody(a), statusCode: 400 }, Object.keys({ ...gatewayBody(a), statusCode: 400 }).sort())
      return `SDKError:\n   StatusCode: 400\n   Code: ${a.code}\n   Message: ${teaMessage(a)}\n   Data: ${data}\n`
    },
  },
  {
    // super(`${map.code}: ${map.message}`), as Node prints a thrown error with its own fields.
    name: 'Tea ResponseError (Node, @alicloud/dingtalk)',
    source: `${GH}/aliyun/tea-typescript/blob/0b23fb4b9841ebfbc6d61f2057851878a81fb019/src/error.ts#L11`,
    render: (a) => {
      if (isErrcode(a)) return null
      const body = gatewayBody(a)
      return `ResponseError: ${a.code}: ${teaMessage(a)}\n    at Client.execute (/srv/app/node_modules/@alicloud/openapi-client/dist/client.js:412:23)\n    at async main (/srv/app/notify.js:18:5) {\n  code: ${nodeStr(String(a.code))},\n  data: { code: ${nodeStr(String(body.code))}, message: ${nodeStr(String(body.message))}, requestid: '${RID}', statusCode: 400 },\n  statusCode: 400\n}`
    },
  },
  {
    // The same error's message alone, as `${err}` or err.message writes it.
    name: 'Tea ResponseError message (Node)',
    source: `${GH}/aliyun/tea-typescript/blob/0b23fb4b9841ebfbc6d61f2057851878a81fb019/src/error.ts#L11`,
    render: (a) => (isErrcode(a) ? null : `[2026-12-03T10:15:42.123Z] ERROR 发送工作通知失败 ResponseError: ${a.code}: ${teaMessage(a)}`),
  },
  {
    // 'message' => 'code: ' . statusCode . ', ' . message . ' request id: ' . requestId: the gateway code is not in it.
    name: 'OpenAPI ClientException uncaught (PHP, alibabacloud/dingtalk)',
    source: `${OPENAPI}/php/src/OpenApiClient.php#L472`,
    messageOnly: true,
    render: (a) =>
      isErrcode(a) || !a.message
        ? null
        : `PHP Fatal error:  Uncaught Darabonba\\OpenApi\\Exceptions\\ClientException: ${teaMessage(a)} in /srv/www/vendor/alibabacloud/darabonba-openapi/src/OpenApiClient.php:469`,
  },
  {
    // new TeaPair("message", "code: " + statusCode + ", " + message + " request id: " + requestId); Throwable.toString() prints only it.
    name: 'TeaException as Java prints it (alibabacloud dingtalk)',
    source: `${OPENAPI}/java/src/main/java/com/aliyun/teaopenapi/Client.java#L284`,
    messageOnly: true,
    render: (a) =>
      isErrcode(a) || !a.message ? null : `com.aliyun.tea.TeaException: ${teaMessage(a)}\n\tat com.aliyun.teaopenapi.Client.doROARequest(Client.java:300)\n\tat com.example.oa.Notify.send(Notify.java:42)`,
  },
]

/**
 * errcode 88 (and 15) wrap the real cause in sub_code / sub_msg; the answer is the sub code's (DingTalk's
 * own example: errcode 15 with sub_code isp.-1, https://open.dingtalk.com/document/development/common-questions-about-official-oa-approval).
 * The sub codes and messages are DingTalk's (https://open.dingtalk.com/document/development/server-api-error-codes-1),
 * except 40000 `access_token is blank`, which the catalog reads by its text (app-errors.ts, app.40000).
 */
export const SUB_CODE_ANSWERS: readonly { code: number; message: string }[] = [
  { code: 60011, message: '没有调用该接口的权限' },
  { code: 60020, message: '访问ip不在白名单之中' },
  { code: 60121, message: '找不到该用户' },
  { code: 33012, message: '无效的USERID' },
  { code: 40000, message: 'access_token is blank' },
]

/** The errcode-88 wrappers of a sub answer: DingTalk's usual `ding talk error[…]` errmsg, and a generic one. */
export function wrapped(sub: { code: number; message: string }): LibraryAnswer[] {
  return [
    { code: 88, message: `ding talk error[subcode=${sub.code},submsg=${sub.message}]`, sub },
    { code: 88, message: 'Remote service error', sub },
  ]
}
