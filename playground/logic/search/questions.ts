/**
 * The question index: what admins really ask, in their words, each with the public thread it
 * comes from and the section of this site that answers it. Shown as the 常见问题索引 page
 * (docs/questions.md, through playground/logic/search/page-markdown.ts), indexed with the section it
 * links to (so a question finds its answer even when the answer is worded differently), and
 * offered by the search box when nothing matches. The search evaluation types every one of
 * them (npm run search:eval).
 *
 * A question keeps the thread's wording (titles or the sentence that asks), trimmed of tags
 * like "[Bug]:" and of names of other products. Links are site paths with the heading's anchor.
 */
export interface IndexedQuestion {
  q: string
  /** Site path and anchor of the answer, e.g. /app/dev-info#服务器出口ip. */
  link: string
  /** The public thread or page where an admin asked it. */
  source: string
}

export interface QuestionGroup {
  /** Heading on the page (the step of the guide). */
  step: string
  /** Anchor of the heading on the question page. */
  id: string
  questions: IndexedQuestion[]
}

export const questionGroups: QuestionGroup[] = [
  {
    step: '新建应用、填写开发信息',
    id: 'q-app',
    questions: [
      { q: '应用如何接入钉钉', link: '/app/create#新建微应用', source: 'https://github.com/pengkobe/reading-notes/issues/499' },
      { q: '对于稍有点规模的公司来说，根本无法获取创建企业级应用的权限', link: '/app/create#打开钉钉开放平台', source: 'https://github.com/DingTalk-Real-AI/dingtalk-openclaw-connector/issues/388' },
      { q: '消息接收地址和服务器出口IP这两个框中填的IP是同一个IP吗，这俩东西怎么填', link: '/app/dev-info#服务器出口ip', source: 'https://github.com/anyidea/chatgpt-dingtalk-bot/issues/8' },
      { q: '钉钉集成微应用 app打不开 pc端可以', link: '/app/dev-info#pc端首页地址', source: 'https://github.com/jeecgboot/JeecgBoot/issues/6618' },
      { q: '页面挂载到钉钉后，打开提示还未配置钉钉应用', link: '/app/dev-info#应用首页链接', source: 'https://github.com/jeecgboot/qiaoqiaoyun/issues/14' },
      { q: '访问ip不在白名单之中', link: '/troubleshooting#err-60020', source: 'https://github.com/aircodelabs/aircode/issues/46' },
      { q: '钉钉配置说明文档和钉钉开发者后台不一致', link: '/app/create#打开钉钉开放平台', source: 'https://github.com/chenhg5/cc-connect/issues/744' },
    ],
  },
  {
    step: '开通权限、发布应用',
    id: 'q-publish',
    questions: [
      { q: '钉钉接口权限问题：没有调用该接口的权限 60011', link: '/app/permissions#如何申请一项权限', source: 'https://github.com/capricornxl/ad-password-self-service/issues/13' },
      { q: '请求的部门id不在授权范围内 errcode 50004', link: '/app/permissions#高级权限-企业通讯录', source: 'https://github.com/open-dingtalk/openapi-demo-java/issues/1' },
      { q: '获取钉钉部门列表失败：请求的部门id不在授权范围内', link: '/app/permissions#高级权限-企业通讯录', source: 'https://github.com/opsre/go-ldap-admin/issues/298' },
      { q: '钉钉认证登录失败', link: '/app/permissions#高级权限-企业通讯录', source: 'https://github.com/hhyo/Archery/issues/3164' },
      { q: '管理台有添加权限，但是提示该接口不允许当前应用调用', link: '/app/permissions#如何申请一项权限', source: 'https://github.com/redengineer/redmini/issues/224' },
      { q: '应用不发布版本，Client ID 和 Client Secret 均无法使用', link: '/app/publish#应用发布', source: 'https://github.com/logto-io/logto/pull/5977' },
      { q: '为何我无论如何都找不到机器人联系人', link: '/app/publish#可使用范围', source: 'https://github.com/DingTalk-Real-AI/dingtalk-openclaw-connector/issues/454' },
      { q: '是不是显示不了企业自定义的微应用', link: '/app/publish#可使用范围', source: 'https://github.com/nashaofu/dingtalk/issues/333' },
    ],
  },
  {
    step: '凭证：CorpId、AppKey、AppSecret、AgentId',
    id: 'q-credentials',
    questions: [
      { q: 'Corpid 如何获取', link: '/app/credentials#corpid-在开放平台首页', source: 'https://github.com/georgehuan1994/DingDing-Automatic-Clock-in/issues/48' },
      { q: '钉钉打开后返回 corpId不合法，corpId没问题啊', link: '/app/credentials#四项凭证长什么样', source: 'https://github.com/wushu0725/dingtalk-demo/issues/17' },
      { q: '进入后提示错误52013，请问这个agentId从哪获取', link: '/app/credentials#appkey、appsecret、agentid-在应用的-基础信息-页', source: 'https://github.com/open-dingtalk/openapi-demo-java/issues/3' },
      { q: '现在appid和appsecret是不是改名了', link: '/app/credentials#四项凭证长什么样', source: 'https://github.com/aizhou01/zentao_dingtalk/issues/4' },
      { q: '请问appid、appsecret从哪获取', link: '/app/credentials#appkey、appsecret、agentid-在应用的-基础信息-页', source: 'https://github.com/aizhou01/zentao_dingtalk/issues/4' },
      { q: '传参是应用的Client ID（原 AppKey），不是corpId', link: '/app/credentials#四项凭证长什么样', source: 'https://github.com/elixirChain/dingtalk-encrypt/issues/11' },
      { q: '钉钉多了个app-id，设定的应该是app-key', link: '/app/credentials#四项凭证长什么样', source: 'https://github.com/fanziwy/redmine_dingtalk/issues/7' },
      { q: 'corpSecret 官方已经不建议使用，要用 AppKey 和 AppSecret', link: '/app/credentials#获取开发key', source: 'https://github.com/hugozhu/godingtalk/issues/18' },
      { q: '配置没问题但是一直提示 errcode 40089', link: '/troubleshooting#err-40089', source: 'https://github.com/open-dingtalk/corp_demo_php/issues/3' },
      { q: '40014: 不合法的access_token', link: '/troubleshooting#err-40014', source: 'https://github.com/hugozhu/godingtalk/issues/5' },
      { q: '钉钉登录认证失败：不合法的access_token', link: '/troubleshooting#err-40014', source: 'https://github.com/satorijs/satori/issues/240' },
      { q: 'dingding token expire Error', link: '/troubleshooting#err-40014', source: 'https://github.com/ClouGence/open-cdm/issues/342' },
    ],
  },
  {
    step: '把机器人加到群里、安全设置',
    id: 'q-robot',
    questions: [
      { q: '求助，如何添加钉钉机器人', link: '/robot/#把机器人添加到群里', source: 'https://github.com/zhuifengshen/DingtalkChatbot/issues/15' },
      { q: '钉钉群里不让加 webhook 的机器人，要如何获取那个地址', link: '/robot/#把机器人添加到群里', source: 'https://github.com/zhuifengshen/DingtalkChatbot/issues/15' },
      { q: '钉钉的token secret keyword是在哪里获取的啊', link: '/robot/#三种安全设置', source: 'https://github.com/guanguans/laravel-exception-notify/issues/32' },
      { q: '先要成为开发者然后去创建应用，但是创建应用之后拿不到这三个参数', link: '/robot/#自定义机器人和应用机器人', source: 'https://github.com/guanguans/laravel-exception-notify/issues/32' },
      { q: '请问access-token与sign-key在哪里获取', link: '/robot/#把机器人添加到群里', source: 'https://github.com/EalenXie/webhook/issues/1' },
      { q: '钉钉webhook加入安全认证，新建机器人无法使用', link: '/robot/#三种安全设置', source: 'https://github.com/timonwong/prometheus-webhook-dingtalk/issues/41' },
      { q: '新版钉钉机器人安全设置', link: '/robot/#三种安全设置', source: 'https://github.com/xiaoyuanhost/TranspondSms/issues/5' },
      { q: '钉钉推送可以支持加签吗，比关键词适合', link: '/robot/#加签', source: 'https://github.com/srcrs/BilibiliTask/issues/157' },
      { q: '因个人环境无公网地址，是否支持钉钉机器人加签方式推送信息', link: '/robot/#ip地址-段', source: 'https://github.com/yunionio/cloudpods/issues/22732' },
      { q: 'ip 不在白名单中，请联系对应群的管理员设置机器人安全ip地址段，是什么原因', link: '/troubleshooting#err-310000-ip', source: 'https://github.com/sansan0/TrendRadar/issues/70' },
      { q: '我拿到我的钉钉机器人消息access_token不会有问题吧', link: '/robot/#webhook-和密钥-都是机密', source: 'https://github.com/peterq/pan-light/issues/68' },
      { q: '能否配置多个群机器人，并指定群发送', link: '/robot/#自定义机器人和应用机器人', source: 'https://github.com/AnswerAIL/dingtalk-spring-boot-starter/issues/16' },
      { q: '为什么钉钉不同的群创建自定义机器人，有的群就能发送告警，有的群不行', link: '/robot/#三种安全设置', source: 'https://github.com/feiyu563/PrometheusAlert/issues/156' },
      { q: '自定义机器人下线后，这个还能用吗', link: '/robot/#自定义机器人和应用机器人', source: 'https://github.com/jenkinsci/dingtalk-plugin/issues/217' },
    ],
  },
  {
    step: '加签和签名',
    id: 'q-sign',
    questions: [
      { q: '钉钉机器人现在除了token以外，还需要加签，这个支持吗', link: '/robot/sign#算法', source: 'https://github.com/timonwong/prometheus-webhook-dingtalk/issues/94' },
      { q: '钉钉 webhook 模式可以支持加签吗', link: '/robot/sign#算法', source: 'https://github.com/jeessy2/backup-x/issues/106' },
      { q: '安全设置-加签 不支持么', link: '/robot/sign#算法', source: 'https://github.com/wowiwj/ding-notice/issues/11' },
      { q: '返回签名不匹配 sign not match，这个怎么破呢', link: '/troubleshooting#sign-not-match', source: 'https://github.com/wowiwj/ding-notice/issues/11' },
      { q: '为啥去掉urlencode就可以了呢', link: '/robot/sign#示例代码', source: 'https://github.com/wowiwj/ding-notice/issues/11' },
      { q: '钉钉推送需要带时间戳', link: '/troubleshooting#err-310000-sign', source: 'https://github.com/sunmh207/AI-Codereview-Gitlab/issues/142' },
      { q: '钉钉机器人推送失败，机器人发送签名不匹配 310000', link: '/troubleshooting#sign-not-match', source: 'https://blog.gitcode.com/d6b56fabc42589ea8551ec8368b4b1ca.html' },
      { q: '钉钉机器人无法推送消息，已经添加关键词了', link: '/troubleshooting#err-310000-sign', source: 'https://github.com/RayWangQvQ/BiliBiliToolPro/issues/218' },
      { q: '钉钉的推送需要改一下方法，加签了', link: '/robot/sign#示例代码', source: 'https://github.com/hwkxk/HeytapTask/issues/6' },
      { q: 'sign 直接拼接到 URL，Base64 中的 + / = 未编码，可能导致请求失败', link: '/robot/sign#算法', source: 'https://github.com/OneDragon-Anything/ZenlessZoneZero-OneDragon/pull/1562' },
      { q: 'timestamp 无效 invalid timestamp', link: '/troubleshooting#err-310000-timestamp', source: 'https://github.com/leitingting08/ding-bot-sdk/issues/3' },
      { q: '使用钉钉推送约1个小时就会报错，重启后恢复，周而复始', link: '/troubleshooting#err-310000-timestamp', source: 'https://github.com/labulakalia/crocodile/issues/37' },
      { q: '开机后没有主动同步系统时间导致钉钉加签验证失败', link: '/troubleshooting#err-310000-timestamp', source: 'https://github.com/0wQ/air780e-forwarder/issues/51' },
      { q: 'errcode 310000 invalid timestamp', link: '/troubleshooting#err-310000-timestamp', source: 'https://github.com/jenkinsci/dingtalk-plugin/issues/116' },
    ],
  },
  {
    step: '发消息：关键词、@人、格式、频率',
    id: 'q-messages',
    questions: [
      { q: '钉钉机器人消息发送失败，原因：keywords not in content', link: '/troubleshooting#err-310000-keywords', source: 'https://github.com/pjialin/py12306/issues/244' },
      { q: '钉钉推送根本就不成功，关键词不匹配，要指定什么关键词', link: '/troubleshooting#err-310000-keywords', source: 'https://github.com/RayWangQvQ/BiliBiliToolPro/issues/271' },
      { q: '我应该在钉钉加啥关键字啊', link: '/robot/#自定义关键词', source: 'https://github.com/lddsb/drone-dingtalk-message/issues/14' },
      { q: '钉钉机器人设置了关键词，导致消息发送失败，有没有keywords字段可以传', link: '/robot/#自定义关键词', source: 'https://github.com/lddsb/drone-dingtalk-message/issues/31' },
      { q: 'log有回复，但是钉钉不显示', link: '/troubleshooting#err-310000-keywords', source: 'https://github.com/mggger/chatgpt-bot-dingding/issues/2' },
      { q: '返回ok，机器人却收不到消息', link: '/robot/messages#返回结果-失败也是-http-200', source: 'https://github.com/veops/ops-tools/issues/20' },
      { q: '钉钉机器人收不到消息', link: '/robot/messages#返回结果-失败也是-http-200', source: 'https://github.com/Thysrael/Horizon/issues/51' },
      { q: '对接钉钉机器人艾特群成员无效', link: '/robot/messages#at-rules', source: 'https://github.com/langbot-app/LangBot/issues/1615' },
      { q: '配置钉钉手机号，at人是假at，没有提醒，不可点击', link: '/robot/messages#at-rules', source: 'https://github.com/jenkinsci/dingtalk-plugin/issues/218' },
      { q: '配置用户手机号的情况下，钉钉并没有@对应人员', link: '/robot/messages#at-rules', source: 'https://github.com/rabbitmask/BeforeDawn-docker/issues/20' },
      { q: '将短信转发到钉钉群机器人@功能不生效', link: '/robot/messages#at-rules', source: 'https://github.com/pppscn/SmsForwarder/issues/677' },
      { q: '钉钉艾特是文字，艾特不生效', link: '/robot/messages#at-rules', source: 'https://github.com/agentscope-ai/QwenPaw/issues/3690' },
      { q: '发送markdown格式群消息时@人不生效', link: '/robot/messages#at-rules', source: 'https://github.com/n8n-io/n8n/issues/18791' },
      { q: '钉某人失败，钉所有人成功', link: '/robot/messages#at-rules', source: 'https://github.com/timonwong/prometheus-webhook-dingtalk/issues/122' },
      { q: '@指定的人不成功', link: '/robot/messages#at-rules', source: 'https://github.com/xccjk/x-blog/issues/67' },
      { q: '发送钉钉机器人消息，增加控制速度的功能 1分钟20条', link: '/robot/messages#发送限制', source: 'https://github.com/ifeilong/feilong/issues/864' },
      { q: '钉钉告警消息发送频率过高钉钉拒收', link: '/troubleshooting#err-410100', source: 'https://github.com/ccfos/nightingale/issues/369' },
      { q: 'send too fast, exceed 20 times per minute', link: '/troubleshooting#err-410100', source: 'https://github.com/opengoofy/hippo4j/issues/217' },
      { q: '钉钉推送有长度限制，超过长度无法推送', link: '/troubleshooting#err-460101', source: 'https://github.com/ZhuLinsen/daily_stock_analysis/issues/61' },
      { q: '爬取信息过长导致推送失败 message too long, exceed 20000 bytes', link: '/troubleshooting#err-460101', source: 'https://github.com/Le0nsec/SecCrawler/issues/12' },
      { q: 'markdown 如何换行呢，换不了行', link: '/robot/messages#markdown-markdown-文本', source: 'https://github.com/CatchZeng/dingtalk/issues/17' },
      { q: 'markdown 会转为纯文本，不显示效果', link: '/robot/messages#markdown-markdown-文本', source: 'https://github.com/CatchZeng/dingtalk/issues/8' },
      { q: '钉钉机器人消息图片不展示', link: '/robot/messages#markdown-markdown-文本', source: 'https://github.com/xccjk/x-blog/issues/67' },
      { q: '钉钉的机器人api只支持很少的markdown语法，不支持代码', link: '/robot/messages#markdown-markdown-文本', source: 'https://github.com/eryajf/chatgpt-dingtalk/issues/78' },
      { q: '发送的actioncard怎么点击不跳转', link: '/robot/messages#actioncard-卡片', source: 'https://github.com/zhuifengshen/DingtalkChatbot/issues/16' },
      { q: '钉钉推送webhook可否增加一个点击跳转功能（或者link地址）', link: '/robot/messages#link-链接', source: 'https://github.com/cookieY/Yearning/issues/595' },
    ],
  },
  {
    step: '其他机器人错误',
    id: 'q-errors',
    questions: [
      { q: 'respCode=300001 token is not exist', link: '/troubleshooting#err-300001', source: 'https://github.com/timonwong/prometheus-webhook-dingtalk/issues/91' },
      { q: '只发送成功了一次告警，返回 token is not exist 300001', link: '/troubleshooting#err-300001', source: 'https://github.com/sdvdxl/falcon-message/issues/7' },
      { q: '设置了钉钉 token 之后显示 token 不存在', link: '/troubleshooting#err-300001', source: 'https://github.com/secriy/CloudMusic-LevelUp/issues/68' },
      { q: '无法推送消息到钉钉机器人 token is not exist', link: '/troubleshooting#err-300001', source: 'https://github.com/Long0x0/ZJU-nCov-Hitcarder-Sample/issues/9' },
      { q: 'Webhooks不能关联到钉钉吗？我设置了钉钉机器人，但是没用', link: '/troubleshooting', source: 'https://github.com/lxerxa/actionview/issues/149' },
      { q: '钉钉通知解析响应 errcode，失败时输出真实原因', link: '/robot/messages#返回结果-失败也是-http-200', source: 'https://github.com/develop202/kgcheckin/pull/29' },
    ],
  },
]

/** Every question of the index, in page order. */
export function allQuestions(groups: QuestionGroup[] = questionGroups): IndexedQuestion[] {
  return groups.flatMap((g) => g.questions)
}
