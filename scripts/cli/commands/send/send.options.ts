/** `send`: its options and the constants its code shares with its help (the declaration is send.command.ts). */
import { MAX_BODY_BYTES } from '../../../../playground/logic/robot/message/build'
import type { OptionDecls, Values } from '../../core/options'
import { ROBOT_LIMIT_PER_MINUTE } from './pacing'
import { DEFAULT_RETRY, MAX_RETRIES } from './retry'
import { ROBOT_SECRET, ROBOT_WEBHOOK } from '../../core/secrets'

/**
 * DingTalk meters group-robot webhook messages against the organisation's monthly Webhook&Stream
 * quota: 3,000 a month on 标准版 since 2025-11-19, 50,000 on 专业版
 * (https://open.dingtalk.com/document/connection/notice-on-the-equity-enterprise-application-development).
 * A run that sends at least this many gets a reminder.
 */
export const QUOTA_REMINDER_FROM = 20
/** 标准版's monthly Webhook&Stream quota (same source). */
export const QUOTA_MONTHLY = 3_000
/** With a state file, a warning from this month's count on (80 % of the quota). */
export const QUOTA_WARN_FROM = 2_400

const STATE_DEFAULT = '$XDG_STATE_HOME/dingtalk/send-state.json（未设置时 ~/.local/state/dingtalk/send-state.json）'

export const SEND_OPTIONS = {
  webhook: {
    value: 'URL',
    help: '机器人的 Webhook 地址（或单独的 access_token）。',
    credential: { ...ROBOT_WEBHOOK, required: { what: 'Webhook 地址', hint: '它在群设置 → 机器人 → 该机器人的设置页。' } },
  },
  secret: {
    value: 'S',
    help: '加签密钥（机器人启用了“加签”时需要，SEC 开头）；每条消息、每次重试前都重新签名。',
    credential: ROBOT_SECRET,
  },
  env: { value: 'FILE', help: '从 .env 文件读取', credentialsFile: true },
  text: { value: 'T', help: '发送 text 消息，内容为 T', dash: '从标准输入读取 text 消息的内容' },
  markdown: { value: 'FILE', help: '发送 markdown 消息，正文读自文件 FILE（UTF-8）', dash: '从标准输入读取 markdown 正文' },
  title: { value: 'T', help: 'markdown 消息的标题（会话列表里显示），和 --markdown 一起使用' },
  message: {
    value: 'FILE',
    help: `发送 FILE 里的一条消息：钉钉的消息 JSON，如 {"msgtype":"text","text":{"content":"…"}}
其中的 msgUuid 原样保留（不给时自动生成）`,
    dash: `从标准输入逐行读取消息，每行一条 JSON；自动限速为每分钟最多 ${ROBOT_LIMIT_PER_MINUTE} 条
（超过会被钉钉限流 10 分钟），进度写到标准错误；钉钉拒绝或结果不确定时停止，格式有误的行跳过`,
  },
  json: { value: 'FILE', help: '--message 的旧写法，用法完全相同（--json - 同样逐行读取标准输入）' },
  'msg-uuid': {
    value: 'ID',
    help: `消息的 msgUuid（钉钉的幂等键：同一个 msgUuid 重发不会重复发出）；拆分的各部分为 ID.1、ID.2…
与 --message - 一起用时作前缀：没有自带 msgUuid 的第 N 行用 ID-N，中断后用同一个 ID 重跑不会重复发送`,
  },
  'at-mobiles': { value: 'a,b', help: '@ 这些手机号（只适用于 text 和 markdown；正文里没有的 @手机号 会自动补在末尾）' },
  'at-user-ids': { value: 'a,b', help: '@ 这些 userId（企业内的成员 ID；同样只适用于 text 和 markdown，正文里没有的 @userId 自动补在末尾）' },
  'at-all': { help: '@ 所有人' },
  keyword: { value: 'K', repeatable: true, help: '机器人设置的自定义关键词（可重复给出）；发送前检查消息里是否包含其中之一' },
  split: { help: `text 或 markdown 消息超过 ${MAX_BODY_BYTES} 字节时，按行拆成编号的多条（每条都在上限内，照常限速）` },
  max: { value: 'N', help: '最多发送 N 条（--dry-run 时检查 N 条），之后停止（其余不发送，退出码仍为 0）' },
  retries: {
    value: 'N',
    default: String(DEFAULT_RETRY.retries),
    help: `网络错误、超时、HTTP 429（要求放慢）、5xx 或 errcode -1（系统繁忙）、500100（系统异常）时
最多重试 N 次（0 到 ${MAX_RETRIES}），0 不重试；重试用同一个 msgUuid，钉钉不会重复发出
等待 ${DEFAULT_RETRY.baseMs / 1000} 秒起、每次加倍、最多 ${DEFAULT_RETRY.capMs / 1000} 秒（429 带 Retry-After 时按它等，同样最多 ${DEFAULT_RETRY.capMs / 1000} 秒）；
钉钉以其他 errcode 拒绝的不重试`,
  },
  state: {
    value: 'FILE',
    help: `状态文件（也可用环境变量 DINGTALK_STATE_FILE）：同一台服务器上的多次运行共用
每分钟 ${ROBOT_LIMIT_PER_MINUTE} 条的限速、跳过已送达的 msgUuid、统计本月已送达条数（接近 ${QUOTA_MONTHLY} 次时警告）
auto 表示默认位置 ${STATE_DEFAULT}
文件里只有时间、msgUuid、条数和 Webhook 的哈希，没有 Webhook、密钥或消息内容`,
  },
  deadline: {
    value: 'S',
    help: `整次运行最多约 S 秒（例如定时任务的间隔）：到时不再开始新的请求，也不做会超过它的重试或限速等待
（进行中的请求最多再等到它超时）；已送达的照常报告，其余没有发送（退出码 75）`,
  },
  results: { help: '每条消息的结果以一行 JSON 写到标准输出（index、msgUuid、status、errcode、attempts），其余说明写到标准错误' },
  'dry-run': { help: '不发送，只打印将要发出的请求（带签名的地址和正文）。不会打印密钥' },
  endpoint: { value: 'URL', help: '把请求发往这个地址而不是 oapi.dingtalk.com（测试用；Webhook 仍按钉钉地址检查）' },
} as const satisfies OptionDecls

export type SendValues = Values<typeof SEND_OPTIONS>
