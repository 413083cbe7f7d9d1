/**
 * More ways to ask, for the search evaluation (npm run search:eval), none of them on the site
 * word for word. `real` ones are sentences admins wrote in public threads (each with its
 * source); `invented` ones are ours, kept apart: the way a new user types (short, no
 * punctuation, 口语) and the forty questions the search was first tried with (issue 10).
 * `link` is the section that answers it; an answer counts when a result opens that section.
 */
export interface Phrasing {
  q: string
  link: string
  source?: string
}

export const realPhrasings: Phrasing[] = [
  { q: '我加了build，还是失败了', link: '/troubleshooting#err-310000-keywords', source: 'https://github.com/lddsb/drone-dingtalk-message/issues/14' },
  { q: '只指定了关键字还是无法推送', link: '/troubleshooting#err-310000-keywords', source: 'https://github.com/RayWangQvQ/BiliBiliToolPro/issues/271' },
  { q: '执行了一晚上之后才报错了，时间一长就出问题了', link: '/troubleshooting#err-310000-timestamp', source: 'https://github.com/leitingting08/ding-bot-sdk/issues/3' },
  { q: '过一天之后，就会报错invalid timestamps不再发送通知了', link: '/troubleshooting#err-310000-timestamp', source: 'https://github.com/jenkinsci/dingtalk-plugin/pull/20' },
  { q: '服务器时间不同步造成此问题', link: '/troubleshooting#err-310000-timestamp', source: 'https://github.com/jenkinsci/dingtalk-plugin/issues/116' },
  { q: '钉没人不成功，钉所有人的时候是正常的', link: '/robot/messages#at-rules', source: 'https://github.com/timonwong/prometheus-webhook-dingtalk/issues/122' },
  { q: '成员昵称未变蓝，是纯文本，艾特无效', link: '/robot/messages#at-rules', source: 'https://github.com/langbot-app/LangBot/issues/1615' },
  { q: '正常@用户名字是蓝色的，转发的不是', link: '/robot/messages#at-rules', source: 'https://github.com/pppscn/SmsForwarder/issues/677' },
  { q: '1分钟内发送超过20条会报错，剩下的不会发出去', link: '/troubleshooting#err-410100', source: 'https://github.com/ccfos/nightingale/issues/369' },
  { q: '超过长度限制的，无法推送到钉钉', link: '/troubleshooting#err-460101', source: 'https://github.com/ZhuLinsen/daily_stock_analysis/issues/61' },
  { q: 'body 大小不合法', link: '/troubleshooting#err-460101', source: 'https://github.com/ZhuLinsen/daily_stock_analysis/issues/61' },
  { q: '在钉钉里收到的并没有换行', link: '/robot/messages#markdown-markdown-文本', source: 'https://github.com/CatchZeng/dingtalk/issues/17' },
  { q: '图片必须是网络路径，本地路径的图片不行吗', link: '/robot/messages#markdown-markdown-文本', source: 'https://github.com/xccjk/x-blog/issues/67' },
  { q: '换了一个webhook地址后又成功发送', link: '/troubleshooting#err-300001', source: 'https://github.com/sdvdxl/falcon-message/issues/7' },
  { q: '上面显示token不存在', link: '/troubleshooting#err-300001', source: 'https://github.com/secriy/CloudMusic-LevelUp/issues/68' },
  { q: '扫码登录后提示没有调用该接口的权限', link: '/app/permissions#如何申请一项权限', source: 'https://github.com/capricornxl/ad-password-self-service/issues/13' },
  { q: '现在钉钉后台变了，Client ID 原 AppKey', link: '/app/credentials#四项凭证长什么样', source: 'https://github.com/aizhou01/zentao_dingtalk/issues/4' },
  { q: 'PC端钉钉应用内可以直接打开，app钉钉应用内无法打开', link: '/app/dev-info#应用首页链接', source: 'https://github.com/jeecgboot/JeecgBoot/issues/6618' },
  { q: '我这已经是全部成员了啊，还是找不到', link: '/app/publish#可使用范围', source: 'https://github.com/DingTalk-Real-AI/dingtalk-openclaw-connector/issues/454' },
  { q: '同一个webhooks地址和密钥在其他平台上可以用，但是这上面就是收不到消息', link: '/robot/messages#返回结果-失败也是-http-200', source: 'https://github.com/lxerxa/actionview/issues/149' },
  { q: '家庭网络，公网地址在随时变动', link: '/robot/#ip地址-段', source: 'https://github.com/yunionio/cloudpods/issues/22732' },
  { q: '返回签名不匹配这个怎么破', link: '/troubleshooting#sign-not-match', source: 'https://github.com/wowiwj/ding-notice/issues/11' },
  { q: '开了加签不能用，关了加签就能用', link: '/robot/sign#算法', source: 'https://github.com/qd-today/qd/issues/587' },
  { q: '创建应用之后拿不到webhook', link: '/robot/#自定义机器人和应用机器人', source: 'https://github.com/guanguans/laravel-exception-notify/issues/32' },
  // Issue 22's topics: the other half of each real set is in the question index.
  { q: '获取钉钉部门列表失败：code:50004,msg:请求的部门id不在授权范围内', link: '/app/permissions#contact-scope', source: 'https://github.com/opsre/go-ldap-admin/issues/298' },
  { q: '消息打开方式默认在钉钉侧栏打开，支持设置为浏览器打开', link: '/robot/messages#链接在电脑上怎样打开', source: 'https://github.com/calchen/laravel-dingtalk-robot-notification/pull/6' },
  { q: '点击立即登录后，又重新返回这个页面了，钉钉认证登录是通过手机号还是说userid', link: '/app/dev-info#login-outside', source: 'https://github.com/hhyo/Archery/issues/3164' },
  { q: '以机器人的名义向企业内联系人发送消息', link: '/robot/#app-robot', source: 'https://github.com/DingTalk-Real-AI/dingtalk-workspace-cli/issues/49' },
]

export const inventedPhrasings: Phrasing[] = [
  // The questions of issue 10 (tried on the site as a new user would).
  { q: 'corpid在哪里', link: '/app/credentials#corpid-在开放平台首页' },
  { q: '机器人签名不对', link: '/troubleshooting#sign-not-match' },
  { q: '发消息太频繁', link: '/troubleshooting#err-410100' },
  { q: '@人不生效', link: '/robot/messages#at-rules' },
  { q: '怎么发布应用', link: '/app/publish#应用发布' },
  { q: '服务器出口ip怎么填', link: '/app/dev-info#服务器出口ip' },
  { q: 'webhook泄露了怎么办', link: '/robot/#webhook-和密钥-都是机密' },
  // Ours.
  { q: 'agentid在哪看', link: '/app/credentials#appkey、appsecret、agentid-在应用的-基础信息-页' },
  { q: 'client id是什么', link: '/app/credentials#四项凭证长什么样' },
  { q: 'client secret 给谁', link: '/app/credentials#怎样安全地交付-appsecret' },
  { q: 'appsecret怎么安全发给技术', link: '/app/credentials#怎样安全地交付-appsecret' },
  { q: '企业ID在哪', link: '/app/credentials#corpid-在开放平台首页' },
  { q: '最后要交给技术哪些东西', link: '/app/credentials#最终提供' },
  { q: '应用logo多大', link: '/app/basic-info#应用logo' },
  { q: '应用名称填什么', link: '/app/basic-info#应用名称' },
  { q: '应用简介怎么写', link: '/app/basic-info#应用简介' },
  { q: '首页地址要斜杠结尾吗', link: '/app/dev-info#应用首页链接' },
  { q: '管理后台地址填什么', link: '/app/dev-info#管理后台地址' },
  { q: '要开哪些权限', link: '/app/permissions#事业合伙系统需要哪些权限-为什么' },
  { q: '通讯录权限怎么开', link: '/app/permissions#高级权限-企业通讯录' },
  { q: '员工看不到应用', link: '/app/publish#可使用范围' },
  { q: '机器人怎么加到群里', link: '/robot/#把机器人添加到群里' },
  { q: '机器人关键词设什么', link: '/robot/#自定义关键词' },
  { q: '加签怎么算', link: '/robot/sign#算法' },
  { q: '签名python代码', link: '/robot/sign#示例代码' },
  { q: '时间戳过期了', link: '/troubleshooting#err-310000-timestamp' },
  { q: '机器人发不出去', link: '/robot/messages#返回结果-失败也是-http-200' },
  { q: '消息太长发不了', link: '/troubleshooting#err-460101' },
  { q: '一分钟能发几条', link: '/robot/messages#发送限制' },
  { q: '艾特所有人', link: '/robot/messages#at-rules' },
  { q: 'markdown图片不显示', link: '/robot/messages#markdown-markdown-文本' },
  { q: '卡片消息按钮', link: '/robot/messages#actioncard-卡片' },
  { q: '机器人ip白名单怎么设置', link: '/robot/#ip地址-段' },
  { q: '60020报错', link: '/troubleshooting#err-60020' },
  { q: '40089是什么意思', link: '/troubleshooting#err-40089' },
  { q: 'access_token过期了怎么办', link: '/troubleshooting#err-40014' },
  { q: '机器人被停用了', link: '/troubleshooting#err-400102' },
  { q: '群解散了机器人还能用吗', link: '/troubleshooting#err-400013' },
  { q: '自定义机器人和企业机器人有什么区别', link: '/robot/#自定义机器人和应用机器人' },
  { q: '机器人密钥泄漏', link: '/robot/#webhook-和密钥-都是机密' },
  // Issue 22's topics (ours): quota, throttling, scope, SSOSecret, events, verification, lifecycle.
  { q: '额度用完了怎么办', link: '/app/quotas#quota-exhausted' },
  { q: '90018和90002有什么区别', link: '/app/quotas#throttling' },
  { q: '通讯录授权范围在哪设置', link: '/app/permissions#contact-scope' },
  { q: 'ssosecret在哪里', link: '/app/dev-info#ssosecret' },
  { q: '管理员从钉钉后台免密登录管理后台', link: '/app/dev-info#ssosecret' },
  { q: '浏览器扫码登录回调地址填哪', link: '/app/dev-info#login-outside' },
  { q: '事件订阅要开吗', link: '/app/publish#event-subscription' },
  { q: '企业认证在哪里做', link: '/app/publish#org-verification' },
  { q: '创建应用的管理员离职了怎么办', link: '/app/credentials#lifecycle' },
  { q: 'appsecret泄露了怎么重置', link: '/app/credentials#lifecycle' },
  { q: '怎么删除应用', link: '/app/credentials#lifecycle' },
  { q: '自定义机器人被禁用了用什么代替', link: '/robot/#app-robot' },
]
