import type { ErrorText } from './entry'
import type { APP_ERRORS } from './app-errors'

/** What to tell the user for each entry of app-errors.ts (loaded only once a paste is diagnosed). */
export const APP_TEXTS: Record<(typeof APP_ERRORS)[number]['id'], ErrorText> = {
  'app.40096': {
    title: 'AppKey 或 AppSecret 不正确',
    cause: '用 AppKey / AppSecret 获取 access_token（gettoken）时，钉钉不认这一对值：复制不完整、带了空格、两者不属于同一个应用，或者把 CorpId、AgentId 当成了 AppKey。',
    fix: '到开发者后台 → 该应用 → “凭证与基础信息”重新复制 Client ID（AppKey）和 Client Secret（AppSecret），确认完整、无空格、来自同一个应用；可用本站的凭证检查工具核对格式，或用命令行 check-credentials 试一次。',
  },
  'app.40089': {
    title: 'AppKey 或 AppSecret 不正确',
    cause: '获取 access_token 时 AppKey（Client ID）或 AppSecret（Client Secret）不对，或两者不属于同一个应用。钉钉的原文“不合法的corpid或corpsecret”是旧说法，实际指 AppKey/AppSecret。',
    fix: '到应用的“凭证与基础信息”重新复制 Client ID 和 Client Secret（点击“查看”后复制完整的 64 位），确认前后没有空格，且来自同一个应用；可用本站的凭证检查工具核对格式。',
  },
  'app.invalidClientIdOrSecret': {
    title: 'Client ID 或 Client Secret 不正确',
    cause: '新版接口获取 accessToken 时，Client ID（AppKey）或 Client Secret（AppSecret）不对、为空，或不属于同一个应用。',
    fix: '到应用的“凭证与基础信息”重新复制 Client ID 和 Client Secret，确认完整、无空格、来自同一个应用；配置里的 Secret 不能是空字符串。',
  },
  'app.unsupportedGrantType': {
    title: '不支持的授权类型',
    cause: '调用统一 gettoken 接口时 grant_type 参数不被支持。',
    fix: '按钉钉文档填写 grant_type；企业内部应用获取应用凭证可直接用 POST /v1.0/oauth2/accessToken（appKey、appSecret）。',
  },
  'app.40035': {
    title: '缺少参数或参数不合法',
    cause: '接口没读到必填参数，或参数不合法。gettoken 的 appkey、appsecret 要放在网址的查询参数里（?appkey=…&appsecret=…），放进请求体会报“缺少参数 corpid or appkey”。',
    fix: '对照接口文档检查参数的位置（查询参数还是 JSON 请求体）、名称和格式；gettoken 一律用 GET 加查询参数。',
  },
  'app.60020': {
    title: '服务器 IP 不在应用的出口 IP 白名单中',
    cause: '调用钉钉接口的服务器公网 IP 不在应用“服务器出口IP”列表里。这是应用的设置，与群机器人的 IP 安全设置无关。',
    fix: '在开发者后台 → 该应用 → 开发配置 → 安全设置的“服务器出口IP”里加入服务器的公网出口 IP（多个用英文逗号分隔，支持一个 * 通配符）。',
  },
  'app.ipNotInWhiteList': {
    title: '服务器 IP 不在白名单中（新版接口）',
    cause: '新版接口（api.dingtalk.com）返回 403：调用方的公网 IP 不在应用的“服务器出口IP”列表里，相当于旧接口的 60020。',
    fix: '在开发者后台 → 该应用 → 开发配置 → 安全设置的“服务器出口IP”里加入服务器的公网出口 IP。',
  },
  'app.InvalidAuthentication': {
    title: 'access_token 不合法（新版接口）',
    cause: '新版接口（api.dingtalk.com）不认请求头 x-acs-dingtalk-access-token 里的 token：过期（有效期 7200 秒）、为空（如 undefined）、复制不完整，或是别的应用的 token。',
    fix: '用本应用的 AppKey / AppSecret 重新获取 accessToken，缓存并在过期前刷新；放在请求头 x-acs-dingtalk-access-token 里原样发送。',
  },
  'app.missingTokenHeader': {
    title: '请求头里没有 x-acs-dingtalk-access-token',
    cause: '新版接口（api.dingtalk.com）的 token 要放在请求头 x-acs-dingtalk-access-token 里；按旧接口的习惯放在网址 ?access_token= 或 Authorization: Bearer 里，钉钉就说缺少参数。',
    fix: '把 token 放进请求头 x-acs-dingtalk-access-token；旧接口（oapi.dingtalk.com）才用查询参数 access_token。',
  },
  'app.40000': {
    title: '没有带 access_token（access_token is blank）',
    cause: '旧接口（oapi.dingtalk.com）没有在网址里读到 access_token：它被放进了请求头或请求体，或者值为空。钉钉把它作为错误码 88 的子错误 40000 返回。',
    fix: '旧接口把 token 放在网址的查询参数里：…?access_token=TOKEN；新接口（api.dingtalk.com）才用请求头 x-acs-dingtalk-access-token。',
  },
  'app.40001.gettoken': {
    title: 'AppSecret 不正确（获取 access_token 时）',
    cause: '在获取 access_token（gettoken）时返回 40001，钉钉的说明是“获取access_token时Secret错误”：AppSecret（Client Secret）复制不完整、带了空格，或不是这个 AppKey 所属应用的。',
    fix: '到应用的“凭证与基础信息”重新复制 Client Secret（点击“查看”后复制完整的值），确认与 Client ID 来自同一个应用、前后没有空格；可用本站的凭证检查工具或命令行 check-credentials 核对。',
  },
  'app.40001': {
    title: 'AppSecret 错误，或 access_token 无效',
    cause: '钉钉对 40001 的说明是“获取access_token时Secret错误，或者access_token无效”：获取 token 时出现，是 AppSecret 不对；调用其他接口时出现，是带的 access_token 无效（过期、为空或属于别的应用）。',
    fix: '先看是哪一步报的：获取 access_token 时，重新复制 Client Secret 并确认与 Client ID 属于同一个应用；调用其他接口时，用本应用的凭证重新获取 access_token，缓存并在 7200 秒内刷新。',
  },
  'app.40014': {
    title: 'access_token 不合法',
    cause: '请求带的 access_token 不对：已过期（有效期 7200 秒）、为空（如 access_token=undefined）、复制不完整，或是别的应用的 token、别的类型的 token。',
    fix: '用本应用的 AppKey/AppSecret 重新获取 access_token，缓存并在过期前刷新，原样带在请求里（旧接口放网址 ?access_token=，新接口放请求头 x-acs-dingtalk-access-token）。',
  },
  'app.42001': {
    title: 'access_token 已过期',
    cause: 'access_token 的有效期是 7200 秒（2 小时），过期后不能再用。',
    fix: '缓存 token 并在 7200 秒内刷新；过期后重新获取。不要每次调用都重新获取，以免被限流。',
  },
  'app.40078': {
    title: '免登授权码不存在',
    cause: '服务端拿免登授权码（code）换用户信息时，钉钉找不到这个码：它已经用过、已过期（5 分钟内有效，只能用一次），或根本没有传到服务端（参数名错、被框架丢掉）。',
    fix: '每次登录都在前端重新调用 requestAuthCode 获取新的 code，立即交给服务端换取用户信息，不要重复使用；确认请求里确实带着 code 参数。',
  },
  'app.40056': {
    title: 'AgentId 不合法',
    cause: '请求里的 agent_id 不是这个应用的 AgentId（例如用了小程序的 AgentId，或别的应用的）；AgentId 没错时，有开发者报告是 access_token 换自另一家企业或另一个应用（多家企业共用一份 token 缓存时），未确认。',
    fix: '使用该应用“凭证与基础信息”里网页应用的 AgentId（一串数字），并用同一个应用的 AppKey / AppSecret 换 access_token；token 缓存按应用和企业分开。',
  },
  'app.41020': {
    title: 'access_token 和 AgentId 不属于同一个应用',
    cause: 'agent_id 和换 access_token 的 AppKey 来自不同的应用，例如多个应用共用一份 token 缓存。钉钉错误码表没有 41020，说明来自开发者的报告。',
    fix: '用同一个应用的 AppKey / AppSecret 换 token、填它的 AgentId；对接多个应用时 token 缓存按 AppKey 分开。',
  },
  'app.60011': {
    title: '应用没有调用这个接口的权限',
    cause: '应用还没有开通这个接口需要的权限点（例如通讯录的成员信息读取）。',
    fix: '在开发者后台 → 该应用 → 权限管理里搜索并开通这个接口需要的权限（接口文档的“权限”一栏写着权限码）；开通后若仍报错，到“版本管理与发布”发布一个新版本再试，并确认通讯录权限范围包括要读的人和部门。',
  },
  'app.permissionDenied': {
    title: '应用没有调用这个接口的权限（新版接口）',
    cause: '新版接口（api.dingtalk.com）返回 403：应用没有开通这个接口需要的权限。返回里的 requiredScopes 就是缺少的权限码。',
    fix: '在开发者后台 → 该应用 → 权限管理里搜索 requiredScopes 列出的权限码并开通；开通后若仍报错，到“版本管理与发布”发布一个新版本再试。',
  },
  'app.50004': {
    title: '部门不在应用的通讯录权限范围内',
    cause: '要读写的部门（或人员）不在这个应用的通讯录权限范围里。',
    fix: '在开发者后台 → 该应用 → 权限管理里把通讯录权限范围设为全部员工或包含这个部门，并确认应用的可见范围；修改后重新获取 access_token 再试。',
  },
  'app.60003': {
    title: '部门不存在',
    cause: '请求里的部门 ID 在这个组织里不存在：已被删除、写错，或是家校通讯录等特殊部门（如 -1）。',
    fix: '先用“获取部门列表”接口取得真实的部门 ID，再按 ID 查询；同步通讯录时跳过不存在或特殊的部门。',
  },
  'app.apiNotFound': {
    title: '接口地址或请求方法不对',
    cause: '钉钉没有这个接口：网址路径拼错（例如 api.dingtalk.com 的接口少了 /v1.0），请求方法不对（GET / POST），或把新旧两套接口的域名混用了。',
    fix: '对照接口文档核对完整网址、域名（oapi.dingtalk.com 还是 api.dingtalk.com）和请求方法。',
  },
  'app.missingBody': {
    title: '请求体为空或不是 JSON',
    cause: '新版接口（如 POST /v1.0/oauth2/accessToken）只读 JSON 请求体；以表单（application/x-www-form-urlencoded）提交或不带请求体时，钉钉说 body 是必填的。',
    fix: '设置 Content-Type: application/json，把参数作为 JSON 请求体发送，例如 {"appKey":"…","appSecret":"…"}。',
  },
  'app.43009': {
    title: 'POST 的请求体需要是 JSON',
    cause: '这个接口只读 JSON 请求体；以表单（x-www-form-urlencoded）提交或不带请求体时，钉钉返回 43009“post参数需要json类型”。',
    fix: '设置 Content-Type: application/json，把参数作为 JSON 请求体发送（Postman 里选 raw → JSON）。',
  },
  'app.43004': {
    title: 'Content-Type 不正确',
    cause: '请求头的 Content-Type 不是接口要求的类型。',
    fix: '发送 JSON 时设置请求头 Content-Type: application/json（字符集 UTF-8）。',
  },
  'app.90002': {
    title: '这个接口被全平台限流（所有调用方一起超过了上限）',
    cause: '钉钉所有企业的所有应用调用同一个接口的总频率超过了上限，钉钉暂时拒绝所有调用方调用它（旧接口 90002，新接口 Forbidden.AccessDenied.QpsLimitForApi）。这不是你的应用调用太多造成的。',
    fix: '等待约 1 秒后重试，重试间隔逐次加长；避开整点等高峰时段（错峰调用），定时任务不要放在整点。',
  },
  'app.90018': {
    title: '本应用调用这个接口的频率超限',
    cause: '每个应用调用每个接口都有最高频率（QPS），这个应用超过了它（旧接口 90018，新接口 Forbidden.AccessDenied.QpsLimitForAppkeyAndApi）。',
    fix: '降低这个应用的调用频率：批量同步时串行调用并加间隔，超限后等约 1 秒再重试、间隔逐次加长，缓存可复用的结果（如 access_token）。',
  },
  'app.90020': {
    title: '本月的 API 调用量已用完（组织额度）',
    cause: '标准版组织每月的 API 调用次数有上限，用完且 5 天缓冲期过后，旧接口返回 90020，新接口返回 Forbidden.AccessDenied.ApiCountLimitForOrg；群机器人 Webhook 与 Stream 推送另有每月额度，由组织里所有机器人共用。',
    fix: '请组织管理员在开发者后台查看调用量，找出调用最多的应用或机器人并减少调用（缓存结果、合并通知、用事件订阅代替轮询）；需要更多额度时升级钉钉专业版或增购。',
  },
  'app.90001-90006': {
    title: '调用被暂时禁止（频率限制）',
    cause: '接口调用过于频繁，被钉钉暂时禁止（90001–90006 都属于限流）。',
    fix: '降低调用频率，缓存 access_token（有效期 7200 秒）等结果，稍后再试。',
  },
  'app.qpsLimit': {
    title: '本应用调用这个接口的频率超限（新版接口）',
    cause: '这个应用调用该接口的频率超过了限制（403 QpsLimitForAppkeyAndApi / QpmLimit，或 429 systemBusy），相当于旧接口的 90018。',
    fix: '降低调用频率，加入间隔递增的重试，缓存可复用的结果。',
  },
  'app.ipBanned': {
    title: '服务器 IP 被临时封禁',
    cause: '同一出口 IP 在 20 秒内调用钉钉接口超过 10000 次，被封禁 5 分钟；此时返回的是非标准内容（如 status 1111、punish deny）或一个网页。',
    fix: '等待 5 分钟；降低调用频率，缓存 access_token 等结果。',
  },
  'app.71012': {
    title: '网址访问异常',
    cause: '钉钉访问不了请求里给出的网址（例如回调地址、消息里的链接、应用首页地址）：不能从公网访问、证书无效或响应超时。',
    fix: '确认这个网址能从公网用 HTTPS 打开，证书有效，响应及时。',
  },
  'app.illegalIp': {
    title: '服务器出口 IP 不合法',
    cause: '创建或修改应用时，某个 IP 不合法，或 IP 总数超过了 50 个。',
    fix: '检查每个 IP（IPv4，每段 0–255，最多一个 * 通配符），总数不超过 50 个；可用本站的表单检查工具。',
  },
  'app.illegalAppName': {
    title: '应用名称或描述含有不规范词语',
    cause: '应用名称或描述没有通过钉钉的内容审核。',
    fix: '修改应用名称或描述，去掉可能不规范的词语后再提交。',
  },
  'app.1': {
    title: '平台系统错误（常见于必填参数为空）',
    cause: '钉钉返回 errcode 1“Platform System error”。公开讨论里，这是请求的必填参数为空（例如工作通知的 userid_list、agent_id 是空字符串）时出现的；钉钉的错误码表没有说明这个错误码。',
    fix: '打印实际发出的请求，确认必填参数都有值（接收人 userid_list、应用的 agent_id 等）；参数无误仍出现时稍后重试。',
  },
  'common.-1': {
    title: '系统繁忙',
    cause: '钉钉服务端暂时繁忙。',
    fix: '稍等片刻后重试（钉钉建议最多重试 3 次）；程序里可以加几次间隔递增的重试。',
  },
  'app.robotNotInApp': {
    title: '机器人不属于这个 access_token 的应用',
    cause: '钉钉核对发消息的机器人是否属于换取 access_token 的应用，对不上就报这句；多个机器人或应用混用凭证时常见。钉钉错误码表没有列出它。',
    fix: '用机器人所属应用的 AppKey / AppSecret 换 access_token，robotCode 填该应用自己的机器人。',
  },
  'app.topInvalidArguments': {
    title: '参数值不被接受（旧版 topapi 接口）',
    cause: '旧版 topapi 接口不接受冒号后面那个参数的值，多是类型不对。钉钉错误码表没有 41。',
    fix: '按接口文档核对这个参数：布尔值和列表在这些接口里常要写成字符串（"true"、"a,b"）。',
  },
  'app.cardStreamingUnknown': {
    title: 'AI 卡片流式更新失败（unknownError）',
    cause: '更新 AI 卡片（card/streaming）时钉钉只回“未知错误”。公开讨论里是应用没开通卡片的两个权限；钉钉文档没有说明。',
    fix: '在权限管理里开通 Card.Instance.Write 和 Card.Streaming.Write，发布新版本后再试。',
  },
  'app.notDelivered': {
    title: '部分接收人没有收到消息',
    cause: '钉钉返回成功，但结果里列出了没发出的接收人：forbidden_user_id_list（forbiddenUserId）、flowControlledStaffIdList 是被流控的，invalid_user_id_list（invaliduser）、invalidStaffIdList、invalid_dept_id_list（invalidparty）是无效的 userId 或部门，failed_user_id_list 是发送失败的。',
    fix: '核对无效的 userId、部门是否属于本组织、在应用可见范围内；被流控的不要重发相同内容（同一用户一天只收一次相同内容，条数也有上限）；用 getsendresult 查看发送结果。',
  },
}
