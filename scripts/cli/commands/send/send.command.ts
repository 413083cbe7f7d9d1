/** `send`: its declaration (summary, help, examples) for the command list; the options are send.options.ts, the code send.ts, loaded only when it runs. */
import { EXAMPLE } from '../../../../playground/logic/examples'
import { defineCommand } from '../../core/command'
import { MINUTE_MS, ROBOT_LIMIT_PER_MINUTE, TEST_WINDOW_ENV } from './pacing'
import { TEST_TIMEOUT_ENV } from '../../core/http'
import { DEFAULT_RETRY, TEST_RETRY_BASE_ENV } from './retry'
import { QUOTA_REMINDER_FROM, SEND_OPTIONS } from './send.options'

export const SEND = defineCommand({
  name: 'send',
  summary: `构造、检查并发送群机器人消息（支持从标准输入逐行发送，自动限速每分钟 ${ROBOT_LIMIT_PER_MINUTE} 条）`,
  usage: [
    `[{webhook}] [{secret}] [{env}]
({text} | {markdown} {title} | {message} | {message -})
[{msg-uuid}] [{at-mobiles}] [{at-user-ids}] [{at-all}] [{keyword}] [{split}] [{max}] [{retries}] [{deadline}] [{state}] [{results}] [{dry-run}] [{endpoint}]`,
    '… ({json} | {json -}) …（--message 的旧写法，照样可用）',
  ],
  about: `构造并检查一条群机器人消息（与文档站的消息编辑器同一套规则），加签后发送，
并读取钉钉返回的 errcode：钉钉拒绝时 HTTP 状态码仍是 200，errcode 不为 0 即失败，并说明原因。`,
  options: SEND_OPTIONS,
  notes: [
    `设置了 HTTPS_PROXY / HTTP_PROXY 时经代理发送（NO_PROXY 里的主机除外）。
结束时报告共发送几条；一次发送 ${QUOTA_REMINDER_FROM} 条以上时提醒每月的 Webhook & Stream 额度
（钉钉标准版自 2025-11-19 起为 3000 次/自然月）。`,
    `每条消息都带 msgUuid（钉钉的“消息幂等key”：超时或未知错误后用同一个 msgUuid 重试，不会重复发出，
见 https://open.dingtalk.com/document/development/custom-robots-send-group-messages ）。
每条消息的结果是以下之一：delivered 已送达；refused 钉钉拒绝（重发也没用，请看说明）；
failed 肯定没有送达（连不上、代理拒绝、429、钉钉一直繁忙），稍后可再发；uncertain 可能已送达（请求可能已到达钉钉，
但没有收到确切回应），请先到群里看，要再发就用同一个 msgUuid。加 --results 时每条一行 JSON，例如
{"index":3,"msgUuid":"日报-2026-12-01-3","status":"delivered","errcode":0,"attempts":1}`,
    `测试专用：环境变量 ${TEST_WINDOW_ENV} 把限速窗口从 ${MINUTE_MS} 毫秒改短，${TEST_RETRY_BASE_ENV}
把重试的首次等待从 ${DEFAULT_RETRY.baseMs} 毫秒改短，${TEST_TIMEOUT_ENV} 把超时改短，仅供自动化测试，平时不要设置。`,
  ],
  examples: [
    `export DINGTALK_ROBOT_WEBHOOK='${EXAMPLE.robotWebhook}' DINGTALK_ROBOT_SECRET=…`,
    `npm run -s dingtalk -- send --text '${EXAMPLE.robotKeywords}：今日报表已生成' --keyword ${EXAMPLE.robotKeywords}`,
    `npm run -s dingtalk -- send --env .env --markdown report.md --title '${EXAMPLE.robotKeywords}日报' --split`,
    'cat messages.jsonl | npm run -s dingtalk -- send --env .env --message - --max 100',
    'cat messages.jsonl | npm run -s dingtalk -- send --env .env --message - --msg-uuid 日报-$(date +%F) --state auto --results',
  ],
  exits: `0 全部送达（或 --dry-run 检查通过，或到 --max 为止）；1 消息有误或钉钉拒绝；2 用法错误；
75 暂时失败或可能已送达（没连上、钉钉繁忙、没有确切回应）：稍后再发，并用同一个 msgUuid
（--msg-uuid 或消息 JSON 里的；自动生成的会打印在标准错误和 --results 里），钉钉就不会重复发出`,
  load: async () => (await import('./send')).runSend,
})
