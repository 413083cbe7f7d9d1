import { EXAMPLE } from '../examples'

/**
 * Example answers for the 错误诊断 widget, in the wordings DingTalk has used over time
 * (public GitHub threads, e.g. github.com/jenkinsci/dingtalk-plugin/issues/88, github.com/0wQ/air780e-forwarder/issues/51,
 * github.com/ccfos/nightingale/issues/369; https://open.dingtalk.com/document/development/server-api-error-codes-1).
 * Identifiers in them are the made-up examples.
 */
export const ERROR_EXAMPLES: readonly { label: string; text: string }[] = [
  {
    label: '签名不匹配',
    text: '{"errcode":310000,"errmsg":"sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]"}',
  },
  {
    label: '签名过期',
    text: '{"errcode":310000,"errmsg":"description:机器人发送签名过期;solution:签名生成时间和发送时间请保持在 timestampms 以内;"}',
  },
  {
    label: '关键词不匹配',
    text: '{"errcode":310000,"errmsg":"错误描述:关键词不匹配;解决方案:请联系群管理员查看此机器人的关键词，并在发送的信息中包含此关键词;"}',
  },
  {
    label: 'IP 不在白名单',
    text: '{"errcode":310000,"errmsg":"错误描述:ip 不在白名单中;解决方案:请联系对应群的管理员,设置机器人安全ip地址段"}',
  },
  { label: '发送太快', text: '{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}' },
  { label: 'token 不存在', text: '{"errcode":300001,"errmsg":"token is not exist"}' },
  {
    label: '消息太大',
    text: '{"errcode":460101,"errmsg":"description: body 大小不合法;solution:请保持大小在 20000bytes 以内;"}',
  },
  {
    label: '应用：IP 白名单',
    text: `{"errcode":60020,"errmsg":"访问ip不在白名单之中，请参考FAQ：https://open.dingtalk.com/document/org-faq/app-faq,request ip=203.0.113.10 appKey(${EXAMPLE.appKey})"}`,
  },
  { label: '应用：AppKey 或 AppSecret 错', text: '{"errcode":40089,"errmsg":"不合法的corpid或corpsecret"}' },
  {
    label: '应用：缺少接口权限',
    text: '{"errcode":88,"sub_code":"60011","sub_msg":"没有调用该接口的权限","errmsg":"ding talk error[subcode=60011,submsg=没有调用该接口的权限]","request_id":"16l4ew3d47pdp"}',
  },
  { label: '只有文字', text: 'ErrCode = 130101 ErrMsg = send too fast, exceed 20 times per minute' },
  { label: '成功', text: '{"errcode":0,"errmsg":"ok"}' },
]
