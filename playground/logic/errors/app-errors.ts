import type { ErrorRule } from './entry'

/** DingTalk's global error-code table (numeric codes of oapi and the gateway codes of api.dingtalk.com). */
const CODES_DOC = 'https://open.dingtalk.com/document/development/server-api-error-codes-1'
const TOKEN_DOC = 'https://open.dingtalk.com/document/development/obtain-the-access-token-of-an-internal-app'
const PERMISSION_DOC = 'https://open.dingtalk.com/document/development/add-api-permission'
const THROTTLE_DOC = 'https://open.dingtalk.com/document/development/how-to-process-api-throttling-on-the-dingtalk-server'

/** DingTalk server API errors an internal app meets: gettoken, 通讯录, 工作通知… (oapi and api.dingtalk.com). */
export const APP_ERRORS = [
  {
    // Today's gettoken answer to a made-up appkey/appsecret (curl probe, 2026-09); not in DingTalk's table.
    id: 'app.40096',
    source: 'app',
    codes: [40096],
    text: /不合法的\s*appKey\s*或\s*appSecret/i,
    anchor: 'err-40089',
    docUrl: TOKEN_DOC,
  },
  {
    id: 'app.40089',
    source: 'app',
    codes: [40089],
    text: /不合法的\s*corp_?id\s*或\s*corp_?secret/i,
    anchor: 'err-40089',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.invalidClientIdOrSecret',
    source: 'app',
    codes: ['invalidClientIdOrSecret', 'invalidParameter.idOrSecret.notFound', 'invalid.client'],
    // A Stream SDK given none (Node's constructor: github.com/open-dingtalk/dingtalk-stream-sdk-nodejs/blob/d9d346b3ef64ee3806c160969ba4742b9e19be5c/src/client.ts#L101;
    // Go's Start(): github.com/open-dingtalk/dingtalk-stream-sdk-go/blob/d8d6e1f19d68b231c1514fdac973d866a2882b93/client/config.go#L27-L31).
    text: /invalidClientIdOrSecret|clientId\s*或者\s*clientSecret\s*错误|无效的\s*clientId|invalid[ .]client|clientId or clientSecret is null|AppCredentialConfig(?:Nil|Empty)/i,
    anchor: 'err-40089',
    docUrl: TOKEN_DOC,
  },
  {
    id: 'app.unsupportedGrantType',
    source: 'app',
    codes: ['unsupported.grant.type'],
    // DingTalk's explanation of the code (CODES_DOC): 不支持此授权类型，请检查授权类型参数.
    text: /不支持此授权类型/,
    anchor: 'err-40089',
    docUrl: TOKEN_DOC,
  },
  {
    id: 'app.40035',
    source: 'app',
    codes: [40035],
    // The app's wordings of 40035 also include 参数不合法 (open.dingtalk.com/document/development/new-to-do-items); the
    // robot's is 缺少参数 json (…/custom-robots-send-group-messages). 无效的请求参数 begins invalidParameter's messages too.
    text: /缺少参数\s*(?!json)\S|不合法的参数|参数非法|参数不合法/i,
    anchor: 'err-40035',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.60020',
    source: 'app',
    codes: [60020],
    text: /访问\s*ip\s*不在白名单/i,
    anchor: 'err-60020',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.ipNotInWhiteList',
    source: 'app',
    codes: ['Forbidden.AccessDenied.IpNotInWhiteList'],
    text: /IpNotInWhiteList/i,
    anchor: 'err-60020',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.InvalidAuthentication',
    source: 'app',
    codes: ['InvalidAuthentication'],
    // Also DingTalk's explanation of the code (CODES_DOC): access_token过期或者不存在.
    text: /InvalidAuthentication|access_?token\s*过期或者?不存在/i,
    anchor: 'err-40014',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.missingTokenHeader',
    source: 'app',
    codes: ['AuthenticationFailed.MissingParameter'],
    text: /缺少参数[:：]\s*x-acs-dingtalk-access-token/i,
    anchor: 'err-40014',
    docUrl: CODES_DOC,
  },
  {
    // 40000 itself is 参数错误 in DingTalk's table (server-api-error-codes-1); "access_token is blank" comes as
    // errcode 88 with sub_code 40000. So this entry is found by its text only, never by the bare code.
    id: 'app.40000',
    source: 'app',
    codes: [],
    text: /access_token\s*is\s*blank/i,
    anchor: 'err-40014',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.90001-90006',
    source: 'app',
    codes: [90001, 90003, 90004, 90005, 90006],
    // DingTalk's messages of these codes (CODES_DOC); before 40001's entries, whose words (CorpSecret) they hold.
    text: /所有接口的请求都被暂时禁用|仅对企业自己的\s*Access_?token有效/i,
    anchor: 'err-90018',
    docUrl: THROTTLE_DOC,
  },
  {
    // 40001 = 获取access_token时Secret错误，或者access_token无效 (server-api-error-codes-1): at gettoken it is the AppSecret.
    id: 'app.40001.gettoken',
    source: 'app',
    codes: [40001],
    text: /app_?secret|corp_?secret/i,
    at: /gettoken|oauth2\/accessToken/i,
    anchor: 'err-40089',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.40001',
    source: 'app',
    codes: [40001],
    anchor: 'err-40014',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.40014',
    source: 'app',
    codes: [40014],
    text: /不合法的\s*access_?token|invalid\s*access_?token/i,
    anchor: 'err-40014',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.42001',
    source: 'app',
    codes: [42001],
    text: /access_token\s*超时/i,
    anchor: 'err-40014',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.40078',
    source: 'jsapi',
    codes: [40078, 'invalidParameter.authCode.notFound'],
    text: /不存在的临时授权码|不合法的临时授权码|authCode\.notFound/i,
    anchor: 'err-40078',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.40056',
    source: 'app',
    codes: [40056],
    // The old API's parameter is agent_id (open.dingtalk.com/document/development/asynchronous-sending-of-enterprise-session-messages).
    text: /不合法的\s*agent_?id/i,
    anchor: 'err-40056',
    docUrl: CODES_DOC,
  },
  {
    // Not in DingTalk's table: observed when work notices used a token cached for another app
    // (github.com/007gzs/dingtalk-sdk/issues/44: “accessToken中包含的appKey与agentId不一致”).
    id: 'app.41020',
    source: 'app',
    codes: [41020],
    text: /appKey\s*与\s*agentId\s*不一致|accessToken\s*中包含的\s*appKey/i,
    anchor: 'err-40056',
    unconfirmed: true,
  },
  {
    id: 'app.60011',
    source: 'app',
    codes: [60011],
    text: /没有调用该接口的权限/i,
    anchor: 'err-60011',
    docUrl: PERMISSION_DOC,
  },
  {
    id: 'app.permissionDenied',
    source: 'app',
    codes: ['Forbidden.AccessDenied.AccessTokenPermissionDenied'],
    // Also a 403 (or Forbidden) followed by a permission code, as a status precedes its body: new codes
    // are dotted names ending in Read / Write (Contact.User.Read, Card.Instance.Write), old ones start
    // qyapi_ (see PERMISSION_DOC). Case-sensitive on purpose: the gateway code's casing is in `codes`.
    text: /AccessTokenPermissionDenied|(?:\b403\b|Forbidden)[\s\S]{0,300}?(?:\b[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]+){1,3}\.(?:Read|Write)\b|\bqyapi_[a-z_]+)/,
    anchor: 'err-60011',
    docUrl: PERMISSION_DOC,
  },
  {
    id: 'app.50004',
    source: 'app',
    codes: [50004],
    text: /部门\s*(?:id)?\s*不在授权范围|部门不在权限范围/i,
    anchor: 'err-50004',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.60003',
    source: 'app',
    codes: [60003],
    text: /部门不存在/,
    anchor: 'err-50004',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.apiNotFound',
    source: 'app',
    codes: [22, 404, 'InvalidAction.NotFound'],
    text: /不合法\s*ApiName|Invalid method|请求的URI地址不存在|Specified api is not found|InvalidAction\.\w*found/i,
    anchor: 'err-api-not-found',
    docUrl: CODES_DOC,
  },
  {
    id: 'app.missingBody',
    source: 'app',
    codes: ['Missingbody', 'MissingBody'],
    text: /body is mandatory/i,
    anchor: 'err-43004',
    docUrl: TOKEN_DOC,
  },
  {
    id: 'app.43009',
    source: 'app',
    codes: [43009],
    text: /post\s*参数需要\s*json/i,
    anchor: 'err-43004',
    docUrl: CODES_DOC,
  },
  {
    // DingTalk's table and the robot's page give 43004 the same message (server-api-error-codes-1,
    // open.dingtalk.com/document/development/custom-robots-send-group-messages): an endpoint or SDK of the app decides.
    id: 'app.43004',
    source: 'app',
    codes: [43004],
    anchor: 'err-43004',
    docUrl: CODES_DOC,
  },
  {
    // 90002 / QpsLimitForApi: the limit of one API for all organisations together
    // (how-to-process-api-throttling-on-the-dingtalk-server); not the reader's own rate.
    id: 'app.90002',
    source: 'app',
    codes: [90002, 'Forbidden.AccessDenied.QpsLimitForApi'],
    // DingTalk words 90002 / QpsLimitForApi as 您的服务器调用…当前接口的所有请求…; the same sentence with
    // 您的企业应用 / 您的ISV应用 is the app's own limit (QpsLimitForAppkeyAndApi), and 90001, 90003–90014 say
    // other things (DingTalk's table answers those by their message).
    text: /您的服务器调用钉钉开放平台当前接口的所有请求|QpsLimitForApi\b/i,
    anchor: 'err-90002',
    docUrl: THROTTLE_DOC,
  },
  {
    id: 'app.90018',
    source: 'app',
    codes: [90018],
    anchor: 'err-90018',
    docUrl: THROTTLE_DOC,
  },
  {
    // Quota: standard-edition organisations, after the 5-day buffer (how-to-process-api-throttling-on-the-dingtalk-server).
    id: 'app.90020',
    source: 'app',
    codes: [90020, 'Forbidden.AccessDenied.ApiCountLimitForOrg'],
    text: /ApiCountLimitForOrg|付费API调用量|超量不限制保护/i,
    anchor: 'err-90020',
    docUrl: THROTTLE_DOC,
  },
  {
    id: 'app.qpsLimit',
    source: 'app',
    codes: ['Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', 'Forbidden.AccessDenied.QpmLimitForAppkeyAndApi', 'systemBusy'],
    // 请求太频繁: DingTalk's message of systemBusy (CODES_DOC).
    text: /Qp[sm]LimitForAppkeyAndApi|systemBusy|请求太频繁|QPS\s*限流|您的企业应用调用钉钉开放平台当前接口的所有请求/i,
    anchor: 'err-90002',
    docUrl: THROTTLE_DOC,
  },
  {
    id: 'app.ipBanned',
    source: 'app',
    codes: ['punish'],
    text: /"punish"\s*:\s*"deny"/i,
    anchor: 'err-ip-banned',
    docUrl: THROTTLE_DOC,
  },
  {
    id: 'app.71012',
    source: 'app',
    codes: [71012],
    text: /url\s*地址访问异常/i,
    anchor: 'err-71012',
    docUrl: CODES_DOC,
    unconfirmed: true,
  },
  {
    id: 'app.illegalIp',
    source: 'app',
    codes: ['illegalIp'],
    // DingTalk's message of the code (CODES_DOC): ip不合法.
    text: /\bip\s*不合法/i,
    anchor: 'err-60020',
  },
  {
    id: 'app.illegalAppName',
    source: 'app',
    codes: ['illegalAppName', 'illegalAppDesc'],
    anchor: 'err-illegal-app',
  },
  {
    // {"errcode":1,"errmsg":"Platform System error"} when a work notice went out with an empty
    // userid_list and agent_id (github.com/hhyo/Archery/issues/836); DingTalk's table has no such row.
    id: 'app.1',
    source: 'app',
    codes: [1],
    text: /Platform System error/i,
    anchor: 'err-system-busy',
    unconfirmed: true,
  },
  {
    // Global: oapi answers -1 系统繁忙 (server-api-error-codes-1); robots have met it too.
    id: 'common.-1',
    source: 'unknown',
    codes: [-1],
    text: /system\s*busy|系统繁忙/i,
    anchor: 'err-system-busy',
    docUrl: CODES_DOC,
  },
  {
    // DingTalk's own answer (not in its error-code table), seen in
    // github.com/DingTalk-Real-AI/dingtalk-openclaw-connector/issues/242: several robots in one group, the
    // message sent with another app's access_token.
    id: 'app.robotNotInApp',
    source: 'app',
    codes: [],
    text: /机器人权限校验不通过|机器人是否归属于\s*token\s*对应的主应用/,
    anchor: 'err-60011',
    unconfirmed: true,
  },
  {
    // card/streaming answers 500 unknownError; the answer found in
    // github.com/zfanswer/dify-on-dingtalk/issues/12 was two permissions the app had not been granted.
    // The old topapi gateway's own refusal of one argument, “Invalid arguments:<name>” (errcode 41), not
    // in DingTalk's table; seen in github.com/007gzs/dingtalk-sdk/pull/39 (to_all_user sent as a boolean).
    // Known by its words only: errcode 41 with other words is not guessed to be this.
    id: 'app.topInvalidArguments',
    source: 'app',
    codes: [],
    text: /Invalid arguments?\s*:\s*\w/i,
    anchor: 'err-40035',
    unconfirmed: true,
  },
  {
    id: 'app.cardStreamingUnknown',
    source: 'app',
    codes: [],
    // Also in a log's words, an AI card's streaming update (github.com/soimy/openclaw-channel-dingtalk/issues/79).
    text: /(?:card\/streaming|AI ?Card\]?[^\r\n]{0,60}?stream)[\s\S]{0,400}?unknownError/i,
    anchor: 'err-60011',
    unconfirmed: true,
  },
  {
    // Sent, but not to everyone: getsendresult's forbidden_user_id_list (未发送: 流控), invalid_user_id_list, failed_user_id_list
    // and invalid_dept_id_list (open.dingtalk.com/document/development/gets-the-result-of-sending-messages-asynchronously-to-the-enterprise); the app
    // robot's invalidStaffIdList / flowControlledStaffIdList (…/chatbots-send-one-on-one-chat-messages-in-batches); the older
    // message/send's invaliduser / invalidparty / forbiddenUserId. A non-empty list beside errcode 0 is a partial failure, not a success.
    id: 'app.notDelivered',
    source: 'app',
    codes: [],
    text: /(?:forbidden|invalid|failed|flow_?controlled)_?(?:user|staff|party|dept)\w{0,12}["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}["']?(?!null\b|none\b|nil\b)[\w-]/i,
    // DingTalk's pages are linked from its section on 故障排查 (the rules chunk's bytes).
    anchor: 'err-not-delivered',
  },
] as const satisfies readonly ErrorRule[]
