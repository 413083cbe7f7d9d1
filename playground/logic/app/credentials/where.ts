/**
 * Where each credential is shown, old console (the FAQ) and new console: CorpId on the console's 首页,
 * Client ID / Client Secret / AgentId under 凭证与基础信息
 * (https://open.dingtalk.com/document/dingstart/basic-concepts-beta).
 */
export const WHERE = {
  corpId: 'CorpId 在钉钉开发者后台（open-dev.dingtalk.com）首页显示。',
  appKey:
    'AppKey 在应用的“凭证与基础信息”里，新版控制台叫 Client ID（旧版在应用的“基础信息”页，叫 AppKey）。',
  appSecret:
    'AppSecret 在应用的“凭证与基础信息”里，新版控制台叫 Client Secret，点击“查看”后复制完整的值。',
  agentId: 'AgentId 在应用的“凭证与基础信息”里（旧版在“基础信息”页），是一串数字。',
} as const
