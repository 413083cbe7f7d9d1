/**
 * Every wording of each catalog entry's error found in public evidence (issue 21, tenth pass): DingTalk's
 * own pages (the message, and where a paste may carry it the explanation, of every generation: the old
 * oapi `errmsg`, the new api.dingtalk.com `message`) and public threads where DingTalk's answer was printed
 * by a tool. Each wording cites its source. The text is DingTalk's (or the library's) exactly; only the
 * IP address in 310000's message is an invented one (documentation range) where DingTalk writes X.X.X.X.
 * entry-wordings.test.ts pastes each one alone, inside a log line and in a JSON answer with its code.
 * The threads used are none of the held-out answers' sources.
 */

/** DingTalk's page on the custom robot, with its error tables (errmsg and 错误码描述). */
const ROBOT_DOC = 'https://open.dingtalk.com/document/development/custom-robots-send-group-messages'
/** DingTalk's global error-code table: old numeric codes and the new gateway codes, message and explanation. */
const CODES_DOC = 'https://open.dingtalk.com/document/development/server-api-error-codes-1'
/** DingTalk's common errors page (an example errmsg for 50004). */
const COMMON_DOC = 'https://open.dingtalk.com/document/development/common-errors'
/** Setting up event subscription: the console's words and the crypto library's, with their causes. */
const CONFIG_DOC = 'https://open.dingtalk.com/document/development/configure-stream-push'
/** Stream mode's page, with its error table (20001). */
const STREAM_DOC = 'https://open.dingtalk.com/document/development/develop-stream-mode-push-server'
const GH = 'https://github.com'

export interface Wording {
  /** The words as DingTalk (or the tool) printed them. */
  text: string
  /** Where they are printed: a page of open.dingtalk.com or a public thread. */
  source: string
  /** The code they come with (default: the entry's first code); null: they come without one. */
  code?: number | string | null
  /**
   * The entry the words alone are read as, when another entry has the same words and only the code tells
   * them apart (访问ip不在白名单之中 is 60020 and Forbidden.AccessDenied.IpNotInWhiteList), or `official:<code>`
   * where DingTalk's global table gives the words to a new API code (含有不合适的图片: contain.notAllowed.picture).
   */
  alone?: string
}

export const ENTRY_WORDINGS: Readonly<Record<string, readonly Wording[]>> = {
  'robot.310000.keywords': [
    { text: 'keywords not in content', source: ROBOT_DOC },
    { text: '消息内容中不包含任何关键词', source: ROBOT_DOC },
    { text: 'keywords not in content, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]', source: `${GH}/srcrs/BilibiliTask/issues/53` },
  ],
  'robot.310000.sign': [
    { text: 'sign not match', source: ROBOT_DOC },
    { text: '签名不匹配', source: ROBOT_DOC },
    { text: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]', source: `${GH}/yhy0/github-cve-monitor/issues/4` },
    {
      text: 'description:机器人发送签名不匹配;solution:请确认签名和生成签名的时间戳必须都放在调用的网址中，请确认机器人的密钥加密和填写正确;link:请参考本接口对应文档获得具体要求，或者在https://open.dingtalk.com/document/  搜索相关文档;',
      source: `${GH}/megaease/easeprobe/issues/202`,
    },
  ],
  'robot.310000.timestamp': [
    { text: 'invalid timestamp', source: ROBOT_DOC },
    { text: 'timestamp 无效', source: ROBOT_DOC },
    { text: 'invalid timestamp, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]', source: `${GH}/jenkinsci/dingtalk-plugin/issues/116` },
  ],
  'robot.310000.ip': [
    { text: 'ip 198.51.100.23 not in whitelist', source: ROBOT_DOC },
    { text: 'IP地址不在白名单', source: ROBOT_DOC },
  ],
  'robot.300001': [{ text: 'token is not exist', source: `${GH}/timonwong/prometheus-webhook-dingtalk/issues/91` }],
  'robot.300005': [{ text: 'token is not exist', source: `${GH}/timonwong/prometheus-webhook-dingtalk/issues/226`, alone: 'robot.300001' }],
  'robot.40035': [{ text: '缺少参数 json', source: ROBOT_DOC }],
  'robot.43004': [{ text: '无效的HTTP HEADER Content-Type', source: ROBOT_DOC }],
  'robot.4004xx': [
    {
      text: '错误描述:参数 markdown --》 title 缺失，或者参数格式不正确; 解决方案:请填充上对应参数;参考链接:请参考本接口对应文档查看参数获取方式，或者在https://open.dingtalk.com/document/  搜索对应文档;',
      source: `${GH}/cryozerolabs/n8n-nodes-dingtalk/issues/10`,
      code: 400402,
    },
  ],
  'robot.400013': [{ text: '群已被解散', source: ROBOT_DOC }],
  'robot.400101': [{ text: 'access_token不存在', source: ROBOT_DOC }],
  'robot.400102': [{ text: '机器人已停用', source: ROBOT_DOC }],
  'robot.400105': [{ text: '不支持的消息类型', source: ROBOT_DOC, alone: 'official:invalidParameter.msg.unsupport' }],
  'robot.400106': [{ text: '机器人不存在', source: ROBOT_DOC }],
  'robot.410100': [{ text: '发送速度太快而限流', source: ROBOT_DOC }],
  'robot.430101': [{ text: '含有不安全的外链', source: ROBOT_DOC, alone: 'official:contain.unsafe.url' }],
  'robot.430102': [{ text: '含有不合适的文本', source: ROBOT_DOC, alone: 'official:contain.notAllowed.text' }],
  'robot.430103': [{ text: '含有不合适的图片', source: ROBOT_DOC, alone: 'official:contain.notAllowed.picture' }],
  'robot.430104': [{ text: '含有不合适的内容', source: ROBOT_DOC, alone: 'official:contain.notAllowed.content' }],
  'common.-1': [
    { text: '系统繁忙', source: ROBOT_DOC },
    { text: 'SYSTEM BUSY', source: CODES_DOC, code: -1 },
  ],
  'app.40089': [
    { text: '不合法的corpId或corpSecret', source: CODES_DOC },
    { text: '不合法的corpid或corpsecret', source: CODES_DOC },
  ],
  'app.invalidClientIdOrSecret': [
    { text: 'clientId或者clientSecret错误', source: CODES_DOC },
    { text: '无效的clientId或者clientSecret', source: CODES_DOC },
    { text: '无效的ClientID或ClientSecret', source: CODES_DOC, code: 'invalid.client' },
  ],
  'app.unsupportedGrantType': [{ text: '不支持此授权类型，请检查授权类型参数', source: CODES_DOC }],
  'app.40035': [{ text: '不合法的参数', source: CODES_DOC }],
  'app.60020': [{ text: '访问ip不在白名单之中', source: CODES_DOC }],
  'app.ipNotInWhiteList': [{ text: '访问ip不在白名单之中', source: CODES_DOC, alone: 'app.60020' }],
  'app.40014': [
    { text: '不合法的access_token', source: CODES_DOC },
    { text: 'Invalid access_token', source: `${GH}/apache/ozhera/issues/74` },
  ],
  'app.InvalidAuthentication': [
    { text: '不合法的access_token', source: CODES_DOC, alone: 'app.40014' },
    { text: 'access_token过期或者不存在，需要重新获取一下。', source: CODES_DOC },
  ],
  'app.40001': [{ text: '获取access_token时Secret错误，或者access_token无效', source: CODES_DOC }],
  'app.42001': [{ text: 'access_token超时', source: CODES_DOC }],
  'app.40078': [{ text: '不存在的临时授权码', source: CODES_DOC }],
  'app.40056': [{ text: '不合法的agentid', source: CODES_DOC }],
  'app.60011': [{ text: '没有调用该接口的权限', source: CODES_DOC }],
  'app.permissionDenied': [{ text: '没有调用该接口的权限', source: CODES_DOC, alone: 'app.60011' }],
  'app.50004': [
    { text: '企业部门不在授权范围', source: CODES_DOC },
    { text: '请求的部门id不在授权范围内', source: COMMON_DOC },
  ],
  'app.60003': [{ text: '部门不存在', source: CODES_DOC }],
  'app.apiNotFound': [{ text: '请求的URI地址不存在', source: CODES_DOC, code: 404 }],
  'app.missingBody': [{ text: 'body is mandatory for this action.', source: `${GH}/aliyun/alibabacloud-php-sdk/issues/36`, code: 'Missingbody' }],
  'app.43009': [{ text: 'post参数需要json类型', source: CODES_DOC }],
  'app.90002': [{ text: '您的服务器调用钉钉开放平台当前接口的所有请求都被暂时禁用了', source: CODES_DOC }],
  'app.90001-90006': [
    { text: '您的服务器调用钉钉开放平台所有接口的请求都被暂时禁用了', source: CODES_DOC, code: 90001 },
    { text: '您的企业调用钉钉开放平台所有接口的请求都被暂时禁用了，仅对企业自己的Accesstoken有效', source: CODES_DOC, code: 90003 },
    { text: '您当前使用的CorpId及CorpSecret被暂时禁用了，仅对企业自己的Accesstoken有效', source: CODES_DOC, code: 90004 },
    { text: '您的企业调用当前接口次数过多，请求被暂时禁用了，仅对企业自己的Accesstoken有效', source: CODES_DOC, code: 90005 },
    { text: '您当前使用的CorpId及CorpSecret调用当前接口次数过多，请求被暂时禁用了，仅对企业自己的Accesstoken有效', source: CODES_DOC, code: 90006 },
  ],
  'app.qpsLimit': [
    { text: '您的企业应用调用钉钉开放平台当前接口的所有请求都被暂时禁用了', source: CODES_DOC },
    { text: '请求太频繁', source: CODES_DOC, code: 'systemBusy' },
  ],
  'app.71012': [{ text: 'url地址访问异常', source: CODES_DOC }],
  'app.illegalIp': [{ text: 'ip不合法', source: CODES_DOC }],
  'callback.71009': [
    { text: '返回文本非success', source: CODES_DOC },
    { text: 'HTTP请求结果校验返回字段值失败', source: CONFIG_DOC },
  ],
  'callback.decrypt': [
    { text: '计算解密文字错误', source: CODES_DOC, code: 900008 },
    { text: '计算加密文字错误', source: CODES_DOC, code: 900007 },
    { text: '计算解密文字长度不匹配', source: CODES_DOC, code: 900009 },
    { text: '不合法的aeskey', source: CODES_DOC, code: 900004 },
    { text: '不合法的aes key', source: CONFIG_DOC, code: 900004 },
  ],
  'callback.corpidMismatch': [{ text: '计算解密文字corpid不匹配', source: CODES_DOC }],
  'callback.signature': [
    { text: '计算签名错误', source: CODES_DOC, code: 900006 },
    { text: '签名计算失败', source: CONFIG_DOC, code: 900006 },
    { text: '签名不匹配', source: CODES_DOC, code: 900005, alone: 'robot.310000.sign' },
  ],
  'stream.20001': [{ text: '受调用量超量影响，当前我的消息服务已经暂停。请联系你所在的组织管理员并予以处理', source: STREAM_DOC }],
  'jsapi.52013': [{ text: '签名校验失败', source: CODES_DOC }],
}

/**
 * Sentences that name no DingTalk error (a success, a generic failure, a bare word of an entry's message):
 * none may be read as an entry.
 */
export const NOT_AN_ENTRY: readonly string[] = [
  '消息发送成功',
  '请求失败，请稍后重试',
  '机器人已创建',
  '机器人已启用',
  '群已创建',
  '部门已存在',
  'access_token已获取',
  '关闭不安全的外链提示',
  '消息类型：文本',
  'ip已加入列表',
  'send ok',
]
