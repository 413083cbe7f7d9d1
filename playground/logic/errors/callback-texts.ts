import type { ErrorText } from './entry'
import type { CALLBACK_ERRORS } from './callback-errors'

/** What to tell the user for each entry of callback-errors.ts (loaded only once a paste is diagnosed). */
export const CALLBACK_TEXTS: Record<(typeof CALLBACK_ERRORS)[number]['id'], ErrorText> = {
  'callback.71009': {
    title: '回调地址没有返回加密后的 success',
    cause: '保存事件订阅（回调地址）时，钉钉会向地址推送一次 check_url 事件，要求返回“success”加密后的 JSON（msg_signature、timeStamp、nonce、encrypt）。返回了明文、字段名大小写被框架改了、timeStamp 不是发来的那个，或加密用的 key 不对，钉钉就报 71009。',
    fix: '用钉钉提供的加解密库对字符串 success 加密，原样返回 msg_signature、timeStamp、nonce、encrypt 四个字段（名称大小写不变，timeStamp 用收到的值）；token、aes_key 与后台“事件订阅”里填的一致，第三个参数按钉钉文档填（企业内部应用为 CorpId）。',
  },
  'callback.decrypt': {
    title: '回调消息加解密失败（aes_key 或运行环境）',
    cause: '回调消息体用 aes_key 做 AES 加解密。aes_key 不是后台填的那 43 位、复制时多了空格，或 Java 运行环境不支持 256 位 AES 密钥（旧 JRE 需要 JCE 无限制策略），都会在加解密这一步失败（钉钉错误码 900004、900007–900009）。',
    fix: '从后台“事件订阅”重新复制 aes_key（43 个字符），与代码里的完全一致；Java 8u161 之前的版本请安装 JCE 无限制强度策略文件或升级 JRE。',
  },
  'callback.corpidMismatch': {
    title: '回调解密时 key 不匹配（第三个参数）',
    cause: '加解密库的第三个参数要和钉钉加密时用的 key 一致（900010）：后台配置的事件订阅用 AppKey（Client ID），接口注册的回调用 CorpId，第三方应用用 SuiteKey。',
    fix: '后台“事件订阅”的推送填本应用的 AppKey（Client ID），接口注册的回调填 CorpId。',
  },
  'callback.signature': {
    title: '回调签名校验失败（token 或参数不对）',
    cause: '加解密库用 token 和请求带来的 timestamp、nonce、encrypt 算签名，与 msg_signature 不一致（900005、900006）：token 与后台填的不同，或用的不是这次请求的原值。',
    fix: 'token 与后台“事件订阅”填的逐字核对；msg_signature、timestamp、nonce 取自请求网址，encrypt 取自请求体，原样传入。',
  },
  'callback.pushFailed': {
    title: '有事件推送失败（回调没有正确应答）',
    cause: '推送失败后钉钉隔 10 秒、30 秒各重试一次，仍失败就列进 failed_list：回调地址访问不了、1.5 秒内没应答或没返回加密的 success。',
    fix: '修好回调服务后按这份列表补处理（每次调用会清掉上次返回的，先保存）。',
  },
  'callback.urlBlacklisted': {
    title: '回调地址在安全黑名单中（地址有跳转）',
    cause: '钉钉的说明是：请求网址有转发或重定向的逻辑时，暂不支持用作回调地址，保存时就会这样提示。',
    fix: '填最终处理请求的 https 地址：不经 301/302 跳转，不用短链接或会再跳转的网关地址；可以先用 curl -I 看这个地址是否返回跳转。',
  },
  'stream.authFailed': {
    title: 'Stream 连接鉴权失败（Client ID / Client Secret 不对）',
    cause: '建立 Stream 长连接（POST https://api.dingtalk.com/v1.0/gateway/connections/open）时，钉钉不认这对 Client ID / Client Secret：复制不完整、带了空格或引号、两者不属于同一个应用；改了凭证或能力后没有发布新版本也会这样。',
    fix: '到开发者后台 → 该应用 → 凭证与基础信息，重新复制 Client ID 和 Client Secret，确认无空格、来自同一个应用；确认“消息接收模式”是 Stream 且已发布新版本；同一个应用不要同时跑多份连接程序。可以先用命令行 check-credentials 试一次凭证。',
  },
  'stream.connectionLost': {
    title: 'Stream 长连接断开或连不上',
    cause: 'Stream 模式靠一条长连接收消息：网络不稳定、电脑休眠、代理或防火墙掐断空闲连接时，心跳超时（keepalive ping timeout）；钉钉也会主动断开过久的连接（disconnect）。连不上时，多是出口网络到 api.dingtalk.com 和 wss-open-connection.dingtalk.com 的 443 端口不通。',
    fix: '让程序在断开后自动重连（官方 SDK 的重连要开启），并加一个“多久没收到心跳就重建连接”的兜底；确认服务器能访问 api.dingtalk.com 和 wss-open-connection*.dingtalk.com 的 443 端口，代理不要截断 WebSocket。Go SDK v0.9.1 断线时会 panic（send on closed channel），请换用 v0.9.0 或 v0.9.2-beta.1。',
  },
  'stream.websocketsVersion': {
    title: 'websockets 库版本与程序或 SDK 不配套',
    cause: '程序（或钉钉 Stream SDK）按某一版本的 websockets 写，装的却是另一版本：14 起 connect() 的参数 extra_headers 改名 additional_headers；官方 Python SDK 的出错处理引用 websockets.exceptions，在这种组合下会报“has no attribute”，把原来的错误盖住（回溯里更早的异常才是它）。哪些版本组合会出错未确认。',
    fix: '用 pip show dingtalk-stream websockets 查看版本，换成该 SDK 或程序要求、确认可用的组合（有人退回 dingtalk-stream 0.23.0 解决）；确认运行目录里没有名为 websockets.py 的文件。',
  },
  'stream.handlerFailed': {
    title: 'Stream 消息已收到，程序处理时出错',
    cause: '连接正常，钉钉推来的消息已经到达；是程序自己注册的处理函数（机器人、卡片回调或事件）执行时抛出了异常，SDK 记下后继续运行。原因在这行后面的异常堆栈里。',
    fix: '看堆栈最后一行（异常本身）和属于程序自己文件的那几行，修正处理代码；异常来自调用钉钉接口时，把那次返回的 JSON 贴进来再诊断。',
  },
  'stream.noHandler': {
    title: 'Stream 消息没有对应的处理函数',
    cause: 'Stream 推来的消息按 topic（机器人消息 /v1.0/im/bot/messages/get，卡片回调 /v1.0/card/instances/callback）或事件交给程序注册的处理函数；程序没有注册它（或 topic 写错），SDK 就丢弃这条消息，机器人也就不回复。',
    fix: '按日志里的 topic 或事件类型，在程序里注册对应的处理函数，topic 与钉钉文档逐字一致；不需要的事件可在开发者后台的事件订阅里取消。',
  },
  'stream.20001': {
    title: '调用量超量，机器人的消息接收已暂停',
    cause: '组织本月的调用量（标准版的 API 与 Webhook / Stream 推送额度）用完且过了 5 天缓冲期后，机器人收到的消息里没有内容，只带 errMsg“受调用量超量影响，当前我的消息服务已经暂停”（错误码 20001）。',
    fix: '请组织管理员在开发者后台查看调用量；减少不必要的推送和调用，或升级钉钉专业版、增购调用量。额度恢复后消息会正常送达。',
  },
  'net.plainHttpToHttps': {
    title: '请求以明文 HTTP 发到了 HTTPS 端口（代理设置）',
    cause: '钉钉返回了一个 400 网页：“The plain HTTP request was sent to HTTPS port”。请求经过 HTTP 代理（环境变量 HTTP_PROXY / HTTPS_PROXY）时，部分 HTTP 库没有建立 HTTPS 隧道，直接把明文请求转给了钉钉的 443 端口。',
    fix: '让程序直连钉钉（把 api.dingtalk.com、oapi.dingtalk.com 加进 NO_PROXY），或换用能正确走 HTTPS 代理（CONNECT 隧道）的方式；确认网址是 https://。',
  },
  'net.tlsCertificate': {
    title: 'HTTPS 证书校验失败（本机不信任证书链）',
    cause: '本机验证不了钉钉的 HTTPS 证书：缺少 CA 根证书（精简的 Docker 镜像、macOS 上的 Python 常见）、公司代理拦截了 HTTPS，或系统时间不对。请求没有到达钉钉，与凭证无关。',
    fix: '安装或更新 CA 根证书（ca-certificates；macOS 上的 Python 运行 Install Certificates.command），把公司代理的根证书加入信任，校准系统时间。不要关掉证书校验。',
  },
  'net.dns': {
    title: '域名解析失败（DNS）',
    cause: '本机解析不了钉钉的域名：DNS 不可用或暂时失败（EAI_AGAIN）、容器或内网的 DNS 没配好、网络断开，或域名写错。请求没有到达钉钉。',
    fix: '在本机运行 nslookup api.dingtalk.com 检查；修正 DNS（/etc/resolv.conf、Docker 的 dns 选项）或代理；偶发失败稍后重试，让程序自动重试。',
  },
  'net.proxy': {
    title: '代理连不上或要求认证（407）',
    cause: '请求要经过代理（环境变量 HTTP_PROXY / HTTPS_PROXY 或程序里的代理设置），而代理本身连不上、地址解析不了、不允许建立隧道，或要求账号密码（407 Proxy Authentication Required）。请求没有到达钉钉。',
    fix: '核对代理的地址、端口和账号密码，确认代理程序在运行；不需要代理时去掉代理设置，或把 oapi.dingtalk.com、api.dingtalk.com 加进 NO_PROXY。',
  },
  'net.timeout': {
    title: '连接或等待钉钉超时',
    cause: '在设定时间内没连上钉钉的服务器，或连上后没等到应答：服务器不能出网、防火墙或安全组没放行到 oapi.dingtalk.com / api.dingtalk.com 的 443 端口、代理不通，或网络慢而超时设得太短。连接超时时请求没有到达钉钉；等待应答超时时，钉钉可能已经处理了这次请求。',
    fix: '在服务器上运行 curl -v https://oapi.dingtalk.com 看能否连通；放行出网的 443 端口或配好代理，超时设到 10 秒左右，失败后间隔递增地重试。发消息超时时消息可能已经送达：用同一个 msgUuid 重试，没有 msgUuid 的先到群里确认，不要直接重发。',
  },
  'net.connectionRefused': {
    title: '连不上钉钉的服务器（连接被拒绝或网络不通）',
    cause: '连接还没建立就失败了：端口拒绝连接（Connection refused）或网络不可达，多是服务器的出网被防火墙、安全组拦截，或代理地址、端口写错、代理程序没运行。报错里的地址若是 127.0.0.1 或内网地址，连的是本机代理或别的服务。请求没有到达钉钉。',
    fix: '在服务器上运行 curl -v https://oapi.dingtalk.com 检查；放行到钉钉域名的 443 端口，核对 HTTP_PROXY / HTTPS_PROXY。这与应用的 IP 白名单无关：白名单不对时钉钉会返回 60020 等错误码。',
  },
  'net.connectionReset': {
    title: '与钉钉的连接被中途断开',
    cause: '连接被对方或途中的设备关闭（Connection reset、socket hang up、EOF、Empty reply）：防火墙、代理或网关掐断了连接（TLS 握手时被掐断也是这样），或程序复用了已被关闭的空闲连接。偶尔出现多是网络抖动；钉钉可能已经处理了这次请求。',
    fix: '失败后间隔递增地重试，发消息用同一个 msgUuid 重试，避免重复；经常出现时检查代理和防火墙是否拦截 HTTPS，调短连接池空闲连接的保持时间。',
  },
  'net.htmlNotJson': {
    title: '收到的是网页，不是钉钉的 JSON',
    cause: '程序按 JSON 读应答，读到的却是网页（以 < 开头）：网址不是钉钉接口的地址（少了路径、填成了文档或后台页面）、代理或防火墙返回了自己的提示页，或途中的网关出错返回了错误页（502 等）。具体是哪一种未确认。',
    fix: '用 curl 请求同一个网址看返回内容（网页标题常说明原因）；核对网址与接口文档一致；经代理时放行钉钉的域名或加进 NO_PROXY。',
  },
  'robot.uriTooLarge': {
    title: 'Webhook 网址太长（414）：timestamp 和 sign 被重复追加',
    cause: '每次加签都在上一次的网址后面再接一组 &timestamp=…&sign=…，网址越来越长，直到钉钉拒绝（414 URI Too Large）。',
    fix: '保存原始 Webhook（只有 access_token），每次发送时在它的基础上拼接当次的 timestamp 和 sign，不要改写保存的网址。',
  },
}
