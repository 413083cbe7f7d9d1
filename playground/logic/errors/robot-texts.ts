import type { ErrorText } from './entry'
import type { ROBOT_ERRORS } from './robot-errors'

/** What to tell the user for each entry of robot-errors.ts (loaded only once a paste is diagnosed). */
export const ROBOT_TEXTS: Record<(typeof ROBOT_ERRORS)[number]['id'], ErrorText> = {
  'robot.callbackSign': {
    title: '机器人回调验签失败（不是 Webhook 的 310000）',
    cause: '钉钉把机器人收到的消息推送到你的消息接收地址时，请求头带 timestamp 和 sign。你的服务算出的 sign 与它不一致（用了加签密钥 SEC… 或别的应用的 AppSecret、对 sign 做了 URL 编码或解码、timestamp 不是这次请求的），或 timestamp 与现在相差 1 小时以上，都判为非法请求。',
    fix: '用本应用的 AppSecret，对“请求头的 timestamp + 换行 + AppSecret”做 HmacSHA256 再 Base64，与请求头的 sign 原样比较（不做 URL 编码）；校准服务器时间。可以用本站的回调验签工具核对一组值。',
  },
  'robot.310000.keywords': {
    title: '关键词不匹配',
    cause: '机器人开启了“自定义关键词”安全设置，而这条消息里没有任何一个关键词。',
    fix: '在消息正文（text 的 content，或 markdown / actionCard 的 text）里加入机器人设置的关键词之一。关键词在群设置 → 机器人 → 该机器人的“安全设置”里查看，最多 10 个，消息中至少包含 1 个才能发送成功。',
  },
  'robot.310000.sign': {
    title: '签名不匹配',
    cause: '机器人开启了“加签”，但网址里的 sign 与钉钉按密钥算出的不一致。',
    fix: '逐项检查：① 密钥完整复制，包括开头的 SEC，前后没有空格；② 签名串是 timestamp + "\\n" + 密钥，用 HmacSHA256、以整个密钥为 key，结果做 Base64；③ Base64 结果只做一次 URL 编码（常见错误是 HTTP 库又编码了一次）；④ 网址里同时带 timestamp 和 sign，且 timestamp 就是签名时用的那个；⑤ 程序里的安全设置与机器人实际的安全设置一致（程序不签名时，机器人不能开加签）。可以用本站的加签工具生成一个签名对比。',
  },
  'robot.310000.timestamp': {
    title: '时间戳无效或签名已过期',
    cause: 'timestamp 与钉钉服务器时间相差超过 1 小时：服务器时间不准，用了秒而不是毫秒，或签名只在程序启动时生成一次、之后一直复用。',
    fix: '每次发送前用当前时间重新生成 timestamp 和 sign；timestamp 用毫秒（13 位数字）；校准发送机器的系统时间（开启 NTP 时间同步）。',
  },
  'robot.310000.ip': {
    title: 'IP 不在机器人的 IP 地址（段）中',
    cause: '机器人设置了“IP地址（段）”安全设置，而请求来自列表之外的 IP。若服务器同时有 IPv6，请求可能经 IPv6 发出（oapi.dingtalk.com 有 IPv6 地址），而这项设置暂不支持 IPv6。',
    fix: '请群管理员在机器人安全设置里加入发送服务器的公网出口 IPv4 地址或网段（CIDR，如 203.0.113.0/24）；若服务器有 IPv6，让程序用 IPv4 访问 oapi.dingtalk.com。',
  },
  'robot.310000': {
    title: '消息校验未通过（安全设置）',
    cause: '消息没有通过机器人的安全设置（自定义关键词、加签、IP地址段之一）。errmsg 里通常会说明是哪一项。',
    fix: '在群设置 → 机器人 → 该机器人的“安全设置”里查看开启了哪几项，每一项都要满足：消息里含有关键词；加签时网址带正确的 timestamp 和 sign；发送服务器的公网 IP 在白名单里。',
  },
  'robot.session': {
    title: 'sessionWebhook 已过期（session 不存在）',
    cause: '这是会话机器人回复消息用的临时地址 sessionWebhook（…/robot/sendBySession?session=…），不是自定义机器人的 Webhook。它只在收到那条消息后的一段时间内有效，过期后再用就报“session 不存在”。',
    fix: '收到消息后尽快用它回复；定时任务、耗时很长的任务不要保存 sessionWebhook 再用，改用群里自定义机器人的 Webhook，或用应用的接口主动发消息。',
  },
  'robot.300001.msgtype': {
    title: '请求体里没有 msgtype',
    cause: '请求体缺少 msgtype 字段，例如把飞书、企业微信格式的消息（msg_type、post…）发给了钉钉。',
    fix: '按钉钉的格式发送：{"msgtype":"text","text":{"content":"…"}}，可以用本站的消息编辑器生成。',
  },
  'robot.300001': {
    title: 'access_token 不存在（token is not exist）',
    cause: 'access_token 写错或不完整（例如数据库字段太短被截断），或者把整个 Webhook 网址当作 access_token 传给了只要 token 的程序。这不是限流错误。',
    fix: '从机器人设置页重新复制 Webhook 地址，确认 access_token= 后面的部分完整（通常 64 位）；程序只要 token 时，只填 access_token= 后面的部分。',
  },
  'robot.300005': {
    title: 'access_token 不存在（token is not exist）',
    cause: '钉钉找不到这个 access_token：复制不完整、多了字符、机器人已被删除，或者根本不是这个机器人的 token。随便编一个 token 也会得到 300005；有维护者提到外部群也会返回它，但这不是唯一原因。',
    fix: '从群设置 → 机器人里重新复制完整的 Webhook 地址；程序只要 token 时只填 access_token= 后面的部分；确认机器人还在群里。',
  },
  'robot.40035': {
    title: '请求体不是合法的 JSON（缺少参数 json）',
    cause: '钉钉没能把请求体读成 JSON：正文里有没转义的换行、反斜杠（如 Windows 路径 D:\\）或引号，或者请求体为空、Content-Type 不是 application/json。',
    fix: '用 JSON 库生成请求体，不要手工拼接字符串；设置请求头 Content-Type: application/json; charset=utf-8；发送前用本站的消息编辑器或 JSON 校验工具检查一遍。',
  },
  'robot.43004': {
    title: 'Content-Type 不正确',
    cause: '请求头的 Content-Type 不是 application/json。',
    fix: '发送时设置请求头 Content-Type: application/json; charset=utf-8，请求体用 JSON。',
  },
  'robot.4004xx': {
    title: '消息缺少必填字段或字段格式不对',
    cause: '请求体少了某个必填字段，或字段类型不对（例如 markdown 写成了字符串而不是对象）。钉钉在 errmsg 里写出了是哪个字段（“参数 markdown --》 title 缺失”就是 markdown.title）。',
    fix: '按文档补上这个字段：markdown 要 {"title":"…","text":"…"}，text 要 {"content":"…"}，link 要 title、text、messageUrl，actionCard 要 title、text 和按钮。可以用本站的消息编辑器生成请求体。',
  },
  'robot.400013': {
    title: '群已被解散',
    cause: '机器人所在的群已被解散。',
    fix: '请向其他群发送消息：在新的群里添加自定义机器人，并更新 Webhook 地址和密钥。',
  },
  'robot.400101': {
    title: 'access_token 不存在',
    cause: 'access_token 拼写不正确或已失效（例如机器人被删除后重建，token 会变）。',
    fix: '从机器人设置页重新复制完整的 Webhook 地址。',
  },
  'robot.400102': {
    title: '机器人已停用',
    cause: '这个机器人被停用了。',
    fix: '请联系群管理员在群设置 → 机器人里启用它。',
  },
  'robot.400105': {
    title: '不支持的消息类型',
    cause: 'msgtype 不是自定义机器人支持的类型（如 image、file、voice）。',
    fix: '只用 text、link、markdown、actionCard、feedCard 五种类型；图片请放进 markdown：![说明](图片地址)。',
  },
  'robot.400106': {
    title: '机器人不存在',
    cause: '机器人已不在群里（被移除或删除）。',
    fix: '确认机器人还在群中；如已删除，重新添加自定义机器人并更新 Webhook 地址和密钥。',
  },
  'robot.410100': {
    title: '发送太快被限流',
    cause: '每个机器人每分钟最多发送 20 条消息，超过后会被限流 10 分钟。',
    fix: '降低发送频率；消息多时（如监控告警）合并成一条 markdown 摘要再发送；等待 10 分钟后再试。',
  },
  'robot.130101': {
    title: '发送太快被限流（每分钟超过 20 条）',
    cause: '每个机器人每分钟最多发送 20 条消息，超过后会被限流 10 分钟（旧的错误码，新文档为 410100）。',
    fix: '降低发送频率；把多条消息合并成一条 markdown 摘要；等待 10 分钟后再试。',
  },
  'robot.660026': {
    title: '发送失败（发送过于频繁）',
    cause: '钉钉拒绝了这次发送，errmsg 说这个机器人（或这个 access_token）一分钟内发送的消息太多。',
    fix: '降低发送频率（每分钟不超过 20 条），把多条消息合并成一条；稍后再试。',
  },
  'robot.101002': {
    title: '消息太长',
    cause: '一条消息的内容太长（较早的返回，与今天的 460101 同义）。',
    fix: '缩短消息，把请求体控制在 20000 字节以内；告警很多时拆成几条或只发摘要。',
  },
  'robot.sendForbidden': {
    title: '发送被拒绝（send forbidden）',
    cause: '钉钉拒绝了这个机器人的发送。公开讨论里多与机器人的安全设置不符有关（关键词、加签、IP 三项中开启的那项没有满足），钉钉文档没有说明这个返回。',
    fix: '对照群设置 → 机器人 → 安全设置，逐项确认程序满足开启的每一项；仍不行时重新添加机器人并更新 Webhook。',
  },
  'robot.430101': {
    title: '含有不安全的外链',
    cause: '消息里的链接被钉钉判定为不安全。',
    fix: '检查并替换消息中的链接，确认内容合法后再发送。',
  },
  'robot.430102': {
    title: '含有不合适的文本',
    cause: '消息文字没有通过钉钉的内容审核。',
    fix: '修改消息文字，确认内容合法后再发送。',
  },
  'robot.430103': {
    title: '含有不合适的图片',
    cause: '消息里的图片没有通过钉钉的内容审核。',
    fix: '更换图片，确认内容合法后再发送。',
  },
  'robot.430104': {
    title: '含有不合适的内容',
    cause: '消息内容没有通过钉钉的内容审核。',
    fix: '修改消息内容，确认合法后再发送。',
  },
  'robot.460101': {
    title: '消息体太大',
    cause: '请求体超过了 20000 字节（UTF-8 下一个汉字占 3 个字节）。',
    fix: '缩短消息，把请求体控制在 20000 字节以内；告警很多时只发摘要，详情放在链接里。',
  },
  'robot.500100': {
    title: '系统异常',
    cause: '钉钉服务端异常。有报告在服务器经 IPv6 发送时同时出现这个错误。',
    fix: '稍后重试；若反复出现且服务器有 IPv6，让程序改用 IPv4 访问 oapi.dingtalk.com。',
  },
  'robot.90030': {
    title: 'Webhook 用量超限',
    cause: '企业本月的 Webhook&Stream 额度可能已用完（钉钉标准版 2025-11-19 起每月 3000 次，全企业的群机器人共用）；这个错误码本身在钉钉文档里查不到。',
    fix: '在开发者后台 → 资源管理查看“Webhook&Stream用量”；把消息合并成摘要、减少条数，用“用量管控”限制其他群机器人，或扩容。',
  },
  'robot.atUnavailable': {
    title: '机器人的 @ 回复暂不可用',
    cause: '在群里 @ 机器人时，钉钉代为回复“由于系统维护，@能力暂不可用”。公开讨论里，机器人名称含 ChatGPT、OpenAI 等词时会这样，换个名称新建机器人后恢复；钉钉文档没有说明（未确认）。',
    fix: '给机器人换一个不含这类词的名称，或删除后重新添加机器人，再把新的 Webhook 交给事业合伙系统。',
  },
}
