/**
 * What admins call a thing, and what the pages call it. One list, read twice: by the search
 * (a word an admin types is searched as the pages' words, see .vitepress/search/tokenize.ts) and
 * by the 常见问题索引 page, which shows it as a table (playground/logic/search/page-markdown.ts).
 *
 * `typed` holds words that are NOT how the pages say it (or only rarely): they are replaced in a
 * query. `site` holds the pages' words. Keep typed words specific: a typed word found anywhere
 * in a query (a Latin one as a whole word) rewrites it.
 */
export interface GlossaryEntry {
  /** What the pages say (searched for instead). */
  site: string[]
  /** What admins type. */
  typed: string[]
  /** One line for the table on the page. */
  note: string
  /** Where the site explains it. */
  link: string
}

export const glossary: GlossaryEntry[] = [
  {
    site: ['CorpId'],
    typed: ['企业ID', '企业 ID', 'Corp ID', '组织ID', '企业标识'],
    note: '企业的 ID，以 ding 开头，在开放平台首页',
    link: '/app/credentials#corpid-在开放平台首页',
  },
  {
    site: ['AppKey', 'Client ID'],
    typed: ['ClientID', 'client_id', '应用Key', 'App Key', 'AppID', 'App ID', '应用ID', 'SuiteKey'],
    note: '新版控制台叫 Client ID（原 AppKey）',
    link: '/app/credentials#四项凭证长什么样',
  },
  {
    site: ['AppSecret', 'Client Secret'],
    typed: ['ClientSecret', 'client_secret', '应用密钥', '应用Secret', 'App Secret', 'CorpSecret', 'SuiteSecret'],
    note: '新版控制台叫 Client Secret（原 AppSecret），只交给技术人员',
    link: '/app/credentials#怎样安全地交付-appsecret',
  },
  {
    site: ['AgentId'],
    typed: ['Agent ID', 'agent_id', '应用ID号'],
    note: '应用的数字编号，在应用的基础信息页',
    link: '/app/credentials#appkey、appsecret、agentid-在应用的-基础信息-页',
  },
  {
    site: ['加签', '签名', 'sign'],
    typed: ['签名串', '签名算法', 'signature', '验签', '加密签名', '密钥签名'],
    note: '机器人安全设置之一：用密钥给每条消息算签名',
    link: '/robot/sign',
  },
  {
    site: ['不匹配'],
    typed: ['不对', '对不上', '不一致', '错误的', '不正确'],
    note: '“签名不对”在钉钉的回答里叫“签名不匹配”（sign not match）',
    link: '/troubleshooting#sign-not-match',
  },
  {
    site: ['白名单', 'IP地址（段）', '服务器出口IP'],
    typed: ['IP白名单', '出口IP', '公网IP', '服务器IP', '外网IP', 'IP段', '可信IP', '固定IP'],
    note: '应用的“服务器出口IP”和机器人的“IP地址（段）”都是白名单，两处不同',
    link: '/app/dev-info#服务器出口ip',
  },
  {
    site: ['发送限制', '限流', '20 条'],
    typed: ['太频繁', '频繁', '太快', '发太多', '频率', '次数限制', 'send too fast', '被限制', '429'],
    note: '每个机器人每分钟最多 20 条，超过限流 10 分钟',
    link: '/robot/messages#发送限制',
  },
  {
    site: ['发送失败', '收不到', '失败也是 HTTP 200'],
    typed: ['发不出去', '发不出', '没收到', '没有收到', '推送失败', '推不过去', '没反应', '不成功', '发送不成功', '没消息'],
    note: '先看钉钉返回的 errcode：失败时 HTTP 状态也是 200',
    link: '/robot/messages#返回结果-失败也是-http-200',
  },
  {
    site: ['@人', '@', 'atMobiles'],
    typed: ['艾特', '提醒某人', '@某人', '@所有人', 'at人', 'at某人', 'at 人', '@人员', '@功能'],
    note: '@人要两处都写：at 字段和正文里的 @手机号',
    link: '/robot/messages#人',
  },
  {
    site: ['自定义关键词', '关键词不匹配'],
    typed: ['关键字', 'keyword', 'keywords', 'keywords not in content'],
    note: '机器人安全设置之一：消息里必须含某个词',
    link: '/robot/#自定义关键词',
  },
  {
    site: ['时间戳', 'timestamp'],
    typed: ['时间不对', '时间不同步', '服务器时间', '签名过期', 'invalid timestamp'],
    note: '签名里的时间戳和钉钉的时间相差不能超过 1 小时',
    link: '/troubleshooting#err-310000-timestamp',
  },
  {
    site: ['Webhook'],
    typed: ['机器人地址', '机器人链接', '机器人URL', 'Webhook地址', '推送地址', 'hook地址'],
    note: '机器人的发送地址，带 access_token，等同密码',
    link: '/robot/#webhook-和密钥-都是机密',
  },
  {
    site: ['机密', '重置'],
    typed: ['泄露', '泄漏', '外泄', '被盗', '暴露', '传到GitHub'],
    note: 'Webhook、密钥、AppSecret 泄露后要在钉钉里重置',
    link: '/robot/#webhook-和密钥-都是机密',
  },
  {
    site: ['可使用范围', '应用发布'],
    typed: ['可见范围', '看不到应用', '找不到应用', '应用不显示', '上线', '发版'],
    note: '应用要发布，员工还要在可使用范围内，才看得到',
    link: '/app/publish#可使用范围',
  },
  {
    site: ['应用首页链接', 'PC端首页地址'],
    typed: ['首页地址', '应用地址', '主页地址', 'H5地址', '回调地址', '打开的网址'],
    note: '打开应用时加载的网址，移动端和 PC 端各一个',
    link: '/app/dev-info#应用首页链接',
  },
  {
    site: ['权限', '开通权限'],
    typed: ['没有权限', '无权限', '权限不足', '接口权限', '授权范围', 'scope', '60011'],
    note: '接口权限要在应用的“权限管理”里逐项开通',
    link: '/app/permissions#如何申请一项权限',
  },
  {
    site: ['需要哪些权限'],
    typed: ['哪些权限', '什么权限', '开哪些', '权限列表'],
    note: '事业合伙系统要开的权限和各自的用途',
    link: '/app/permissions#事业合伙系统需要哪些权限-为什么',
  },
  {
    site: ['最终提供', '交付', '交接清单'],
    typed: ['交给技术', '给技术', '交给谁', '给谁', '发给', '交接', '提供给'],
    note: '四项凭证（和机器人的 Webhook、密钥）最后交给事业合伙系统的技术人员',
    link: '/app/credentials#最终提供',
  },
  {
    site: ['新建微应用', '企业内部应用'],
    typed: ['创建应用', '建应用', '新建应用', 'H5微应用', 'H5应用', '自建应用', '企业自建'],
    note: '在开放平台“应用开发”里新建一个企业内部应用',
    link: '/app/create#新建微应用',
  },
  {
    site: ['错误码', 'errcode'],
    typed: ['报错', '错误代码', '返回码', 'errmsg', '错误提示'],
    note: '把钉钉返回的 errcode 贴进故障排查',
    link: '/troubleshooting',
  },
  {
    site: ['消息体太大', '20000'],
    typed: ['太长', '长度限制', '超长', 'message too long', '字数限制', '内容过长', 'body 大小', 'body大小', '大小不合法'],
    note: '一条消息最多 20000 字节',
    link: '/troubleshooting#err-460101',
  },
  {
    site: ['access_token'],
    typed: ['Token过期', 'Token失效', '凭证过期', '令牌'],
    note: '应用的 access_token 两小时有效，过期要重新获取',
    link: '/troubleshooting#err-40014',
  },
  {
    site: ['Markdown'],
    typed: ['MD格式', 'MD消息', '换行', '图片不显示'],
    note: 'markdown 消息只支持一部分语法',
    link: '/robot/messages#markdown-markdown-文本',
  },
]
