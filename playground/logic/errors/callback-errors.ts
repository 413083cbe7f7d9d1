import type { ErrorEntry } from './entry'

/** DingTalk's global error-code table: the 9000xx decrypt codes and 71009 are listed there. */
const CODES_DOC = 'https://open.dingtalk.com/document/development/server-api-error-codes-1'
/** How a callback body is encrypted and what the answer (the encrypted "success") must hold. */
const CRYPTO_DOC = 'https://open.dingtalk.com/document/development/callback-event-message-body-encryption-and-decryption'
/** Setting up event subscription (HTTP push): the console's errors and the crypto library's. */
const CONFIG_DOC = 'https://open.dingtalk.com/document/development/configure-stream-push'
/** Stream mode: the receiving side of robots and events; its error table has 20001. */
const STREAM_DOC = 'https://open.dingtalk.com/document/development/develop-stream-mode-push-server'

/**
 * Errors of the other direction: DingTalk calling the app (HTTP event subscription / callbacks, the
 * robot's message callback) or the app holding a Stream connection, and network answers that are not
 * DingTalk's JSON at all. Source 'app': it is the app's own configuration that is wrong.
 */
export const CALLBACK_ERRORS: ErrorEntry[] = [
  {
    id: 'callback.71009',
    source: 'app',
    codes: [71009],
    // DingTalk's errmsg 返回文本非success (sometimes cut to “非succes”), and the console's wording when saving.
    text: /返回文本非\s*succes|非\s*success\s*文本|校验返回字段值失败/i,
    title: '回调地址没有返回加密后的 success',
    cause: '保存事件订阅（回调地址）时，钉钉会向地址推送一次 check_url 事件，要求返回“success”加密后的 JSON（msg_signature、timeStamp、nonce、encrypt）。返回了明文、字段名大小写被框架改了、timeStamp 不是发来的那个，或加密用的 key 不对，钉钉就报 71009。',
    fix: '用钉钉提供的加解密库对字符串 success 加密，原样返回 msg_signature、timeStamp、nonce、encrypt 四个字段（名称大小写不变，timeStamp 用收到的值）；token、aes_key 与后台“事件订阅”里填的一致，第三个参数按钉钉文档填（企业内部应用为 CorpId）。',
    anchor: 'err-callback-stream',
    docUrl: CRYPTO_DOC,
  },
  {
    id: 'callback.decrypt',
    source: 'app',
    codes: [900008, 900007, 900009, 900004],
    // A wrong aes_key also shows as the decrypting library running out of memory on a garbage length
    // (github.com/open-dingtalk/DingTalk-Callback-Crypto/issues/24).
    text: /计算解密文字错误|计算加密文字错误|解密文字长度不匹配|不合法的\s*aes_?key|Illegal key size|(?:msg_signature|encrypt)[\s\S]{0,1000}?OutOfMemoryError/i,
    title: '回调消息加解密失败（aes_key 或运行环境）',
    cause: '回调消息体用 aes_key 做 AES 加解密。aes_key 不是后台填的那 43 位、复制时多了空格，或 Java 运行环境不支持 256 位 AES 密钥（旧 JRE 需要 JCE 无限制策略），都会在加解密这一步失败（钉钉错误码 900004、900007–900009）。',
    fix: '从后台“事件订阅”重新复制 aes_key（43 个字符），与代码里的完全一致；Java 8u161 之前的版本请安装 JCE 无限制强度策略文件或升级 JRE。',
    anchor: 'err-callback-stream',
    docUrl: CODES_DOC,
  },
  {
    // The owner key: an event subscription set in the developer console takes the app's AppKey (Client ID), a
    // callback registered through the API the CorpId, a third-party app its SuiteKey (DingTalk:
    // https://open.dingtalk.com/document/development/http-callback-overview, develop-stream-mode-push-server,
    // event-subscription-and-data-push; threads github.com/elixirChain/dingtalk-encrypt/issues/10, /11).
    id: 'callback.corpidMismatch',
    source: 'app',
    codes: [900010],
    text: /解密文字\s*corp_?id\s*不匹配|Invalid\s*CorpId/i,
    title: '回调解密时 key 不匹配（第三个参数）',
    cause: '加解密库的第三个参数要和钉钉加密时用的 key 一致（900010）：后台配置的事件订阅用 AppKey（Client ID），接口注册的回调用 CorpId，第三方应用用 SuiteKey。',
    fix: '后台“事件订阅”的推送填本应用的 AppKey（Client ID），接口注册的回调填 CorpId。',
    anchor: 'err-callback-stream',
    docUrl: CONFIG_DOC,
  },
  {
    // The libraries compare their signature with msg_signature before decrypting: Java / C# / Node throw 900006
    // 签名计算失败, PHP 900005 ValidateSignatureError (callback-words.ts has the words); DingTalk's cause of 签名计算失败:
    // the four parameters not the ones DingTalk sent (https://open.dingtalk.com/document/development/configure-stream-push).
    id: 'callback.signature',
    source: 'app',
    codes: [900006, 900005],
    title: '回调签名校验失败（token 或参数不对）',
    cause: '加解密库用 token 和请求带来的 timestamp、nonce、encrypt 算签名，与 msg_signature 不一致（900005、900006）：token 与后台填的不同，或用的不是这次请求的原值。',
    fix: 'token 与后台“事件订阅”填的逐字核对；msg_signature、timestamp、nonce 取自请求网址，encrypt 取自请求体，原样传入。',
    anchor: 'err-callback-stream',
    docUrl: CONFIG_DOC,
  },
  {
    // get_call_back_failed_result answers errcode 0 with the events DingTalk could not push: retried after 10 s and
    // 30 s, then listed; each call clears the list it returned
    // (https://open.dingtalk.com/document/development/obtain-the-event-list-of-failed-push-messages,
    // event-subscription-and-data-push); the answer within 1500 ms (http-callback-overview). Not a success.
    id: 'callback.pushFailed',
    source: 'app',
    codes: [],
    text: /failed_list['"]?\s*[:=]\s*\[\s*\{/,
    title: '有事件推送失败（回调没有正确应答）',
    cause: '推送失败后钉钉隔 10 秒、30 秒各重试一次，仍失败就列进 failed_list：回调地址访问不了、1.5 秒内没应答或没返回加密的 success。',
    fix: '修好回调服务后按这份列表补处理（每次调用会清掉上次返回的，先保存）。',
    anchor: 'err-callback-stream',
    docUrl: 'https://open.dingtalk.com/document/development/obtain-the-event-list-of-failed-push-messages',
  },
  {
    // Not in DingTalk's table; observed on POST /v1.0/gateway/connections/open (github.com/zfanswer/dify-on-dingtalk/issues/28,
    // github.com/MAyang38/dify-on-dingding-go/issues/2), where a 401 comes with {"code":"authFailed","message":"鉴权失败"}.
    id: 'stream.authFailed',
    source: 'app',
    codes: ['authFailed'],
    text: /"?code"?\s*[:=]\s*"?authFailed/i,
    title: 'Stream 连接鉴权失败（Client ID / Client Secret 不对）',
    cause: '建立 Stream 长连接（POST https://api.dingtalk.com/v1.0/gateway/connections/open）时，钉钉不认这对 Client ID / Client Secret：复制不完整、带了空格或引号、两者不属于同一个应用；改了凭证或能力后没有发布新版本也会这样。',
    fix: '到开发者后台 → 该应用 → 凭证与基础信息，重新复制 Client ID 和 Client Secret，确认无空格、来自同一个应用；确认“消息接收模式”是 Stream 且已发布新版本；同一个应用不要同时跑多份连接程序。可以先用命令行 check-credentials 试一次凭证。',
    anchor: 'err-callback-stream',
    unconfirmed: true,
  },
  {
    // The Stream SDKs' own words when the long connection drops (keepalive without answer, DingTalk's
    // disconnect message, a connect timeout); seen in github.com/AstrBotDevs/AstrBot/issues/8504 and others.
    id: 'stream.connectionLost',
    source: 'app',
    codes: [],
    // Also the SDKs' “Stream connection lost” and a WebSocket closed with 1006 (closed with no close
    // frame, RFC 6455 §7.4.1): seen in github.com/open-dingtalk/dingtalk-stream-sdk-python/issues/63
    // and github.com/soimy/openclaw-channel-dingtalk/issues/151, in Go's gorilla/websocket words “websocket:
    // close 1006 (abnormal closure)” (github.com/open-dingtalk/dingtalk-stream-sdk-go/issues/16). The WebSocket layer's own failures
    // (closed before it opened, pinged while not open) count only when the Stream SDK (dingtalk-stream,
    // its DWClient) follows in the stack trace; the Java SDK's DingTalkNetworkException; a client saying it failed to connect to
    // DingTalk Stream, whatever the reason after it, or that it timed out connecting to it (“Timed out connecting to
    // DingTalk Stream.”: github.com/QwenLM/qwen-code/pull/6715) (bounded windows: linear reading).
    // The Node SDK's “build: get endpoint failed” (gateway/connections/open gave no endpoint:
    // github.com/soimy/openclaw-channel-dingtalk/issues/223), a Stream connection or Stream-mode access said
    // to have failed in Chinese (连接失败 / 接入失败, the console's own “Stream模式接入失败”:
    // github.com/AstrBotDevs/AstrBot/issues/3635), and Python's “module 'websockets' has no attribute”, the
    // websockets library newer than the SDK expects, which kills the connection seconds after it opens
    // (github.com/open-dingtalk/dingtalk-stream-sdk-python/issues/65).
    // The SDKs' own lines for a keepalive that got no answer and for an answer without endpoint or ticket:
    // Node's TERMINATE SOCKET and `endpoint or ticket is null` (open-dingtalk/dingtalk-stream-sdk-nodejs, src/client.ts),
    // Java's `connection ping timeout, channel is closing` (dingtalk-stream-sdk-java, KeepAliveHandler.java), Go's
    // `ping time out, connection is closing` and ConnectionEndpointResponseNil / ContentEmpty (dingtalk-stream-sdk-go,
    // client/client.go, payload/connection.go); commits in testdata/stream-sdk-forms.ts. DingTalk's disconnect as
    // Node's debug prints it (`topic: 'disconnect'`) and Java's `[DingTalk] receive connection close info`
    // (SystemCommandExecutor.java).
    // The Go SDK's processLoop lines when its connection ends (read failed, whatever the reason; ping write
    // failed; loop closed: github.com/open-dingtalk/dingtalk-stream-sdk-go/blob/d8d6e1f19d68b231c1514fdac973d866a2882b93/client/client.go#L249),
    // and v0.9.1's `panic: send on closed channel` in that loop once it has ended (blob/d1cc841e6013c3f6513a5bb01dfe3219b9c37d17/client/client.go#L147-L161).
    text: /keepalive ping timeout|persistent connection is timeout|topic[=:] ?'?disconnect|close info|连接建立(?:超时或)?失败|Stream connection lost|WebSocket closed[^\r\n]{0,40}?\b1006\b|websocket: close 1006\b|WebSocket[ ](?:was closed before the connection|is not open)[\s\S]{0,400}?(?:dingtalk-stream|DWClient)|DingTalkNetworkException|\[DingTalk\] establish connection failed|(?:(?:fail(?:ed)?|unable|cannot|could ?n[o']t)(?: to)? connect|(?:timed out|timeout|failed|error)(?: while)? connecting) to DingTalk Stream|get endpoint failed|Stream\s*(?:模式)?\s*[:：]?\s*(?:连接|接入)失败|module 'websockets' has no attribute|TERMINATE SOCKET|ping time ?out, \w+ is closing|ticket is null|ConnectionEndpointResponse|connection (?:process read message error|process is closed|write ping message error)|send on closed channel[\s\S]{0,200}?dingtalk-stream-sdk-go/i,
    title: 'Stream 长连接断开或连不上',
    cause: 'Stream 模式靠一条长连接收消息：网络不稳定、电脑休眠、代理或防火墙掐断空闲连接时，心跳超时（keepalive ping timeout）；钉钉也会主动断开过久的连接（disconnect）。连不上时，多是出口网络到 api.dingtalk.com 和 wss-open-connection.dingtalk.com 的 443 端口不通。',
    fix: '让程序在断开后自动重连（官方 SDK 的重连要开启），并加一个“多久没收到心跳就重建连接”的兜底；确认服务器能访问 api.dingtalk.com 和 wss-open-connection*.dingtalk.com 的 443 端口，代理不要截断 WebSocket。Go SDK v0.9.1 断线时会 panic（send on closed channel），请换用 v0.9.0 或 v0.9.2-beta.1。',
    anchor: 'err-callback-stream',
    docUrl: STREAM_DOC,
  },
  {
    // websockets 14 made connect() its new implementation, which takes additional_headers where the old one took
    // extra_headers (https://websockets.readthedocs.io/en/14.2/howto/upgrade.html: the new implementation “is now the
    // default”; github.com/python-websockets/websockets/issues/1588: works until 13.1); the other name reaches
    // loop.create_connection() and fails there. The official Python SDK passes neither (only the caller's
    // websocket_connect_options: github.com/open-dingtalk/dingtalk-stream-sdk-python/blob/8d8bb1c630848fee1ae8c7bdd11bc1b78097b611/dingtalk_stream/stream.py#L111),
    // so the name comes from the program or its DingTalk plugin, written for another websockets.
    id: 'stream.websocketsVersion',
    source: 'app',
    codes: [],
    text: /argument '(?:extra|additional)_headers'/,
    title: 'websockets 库版本与程序不配套',
    cause: 'websockets 14 起 connect() 的参数 extra_headers 改名 additional_headers，程序按另一版本写就会在连接前报错。',
    fix: '按程序要求装对 websockets 版本（如 pip install "websockets<14"）或升级程序。',
    anchor: 'err-callback-stream',
  },
  {
    id: 'stream.20001',
    source: 'robot',
    codes: [20001],
    text: /受调用量超量影响|消息服务已经暂停/,
    title: '调用量超量，机器人的消息接收已暂停',
    cause: '组织本月的调用量（标准版的 API 与 Webhook / Stream 推送额度）用完且过了 5 天缓冲期后，机器人收到的消息里没有内容，只带 errMsg“受调用量超量影响，当前我的消息服务已经暂停”（错误码 20001）。',
    fix: '请组织管理员在开发者后台查看调用量；减少不必要的推送和调用，或升级钉钉专业版、增购调用量。额度恢复后消息会正常送达。',
    anchor: 'err-90020',
    docUrl: STREAM_DOC,
  },
  {
    id: 'net.plainHttpToHttps',
    source: 'app',
    codes: [],
    text: /plain HTTP request was sent to HTTPS port/i,
    title: '请求以明文 HTTP 发到了 HTTPS 端口（代理设置）',
    cause: '钉钉返回了一个 400 网页：“The plain HTTP request was sent to HTTPS port”。请求经过 HTTP 代理（环境变量 HTTP_PROXY / HTTPS_PROXY）时，部分 HTTP 库没有建立 HTTPS 隧道，直接把明文请求转给了钉钉的 443 端口。',
    fix: '让程序直连钉钉（把 api.dingtalk.com、oapi.dingtalk.com 加进 NO_PROXY），或换用能正确走 HTTPS 代理（CONNECT 隧道）的方式；确认网址是 https://。',
    anchor: 'err-callback-stream',
  },
  {
    // The runtime does not trust the certificate chain of DingTalk's HTTPS / WSS hosts, in the standard
    // words of Python (ssl, urllib3), Go (x509), Node (its TLS error codes) and Java (PKIX). Observed in
    // github.com/agentscope-ai/QwenPaw/issues/56, github.com/zhuifengshen/DingtalkChatbot/issues/43,
    // github.com/zfanswer/dify-on-dingtalk/issues/29, github.com/darrenyao/dingtalk-agent-sdk/issues/1 and
    // github.com/engigu/Message-Push-Nest/issues/10 (a Docker image without CA certificates).
    id: 'net.tlsCertificate',
    source: 'app',
    codes: [],
    text: /CERTIFICATE_VERIFY_FAILED|certificate verify failed|x509: certificate (?:signed by unknown authority|has expired|is not valid)|unable to (?:verify the first certificate|get local issuer certificate)|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|SELF_SIGNED_CERT_IN_CHAIN|self[- ]signed certificate in certificate chain|PKIX path building failed|unable to find valid certification path/i,
    title: 'HTTPS 证书校验失败（本机不信任证书链）',
    cause: '本机验证不了钉钉的 HTTPS 证书：缺少 CA 根证书（精简的 Docker 镜像、macOS 上的 Python 常见）、公司代理拦截了 HTTPS，或系统时间不对。请求没有到达钉钉，与凭证无关。',
    fix: '安装或更新 CA 根证书（ca-certificates；macOS 上的 Python 运行 Install Certificates.command），把公司代理的根证书加入信任，校准系统时间。不要关掉证书校验。',
    anchor: 'err-callback-stream',
  },
  {
    // The name of DingTalk's host did not resolve: Node's getaddrinfo ENOTFOUND / EAI_AGAIN, Python's
    // getaddrinfo failed / NameResolutionError / name resolution, Go's lookup … no such host, Java's
    // UnknownHostException (github.com/satorijs/satori/issues/178: EAI_AGAIN for api.dingtalk.com).
    id: 'net.dns',
    source: 'app',
    codes: [],
    text: /getaddrinfo\s+(?:ENOTFOUND|EAI_AGAIN)|getaddrinfo failed|NameResolutionError|Temporary failure in name resolution|Name or service not known|nodename nor servname provided|lookup [\w.-]{1,253}(?: on [\w.:\[\]]{1,60})?: no such host|UnknownHostException/i,
    title: '域名解析失败（DNS）',
    cause: '本机解析不了钉钉的域名：DNS 不可用或暂时失败（EAI_AGAIN）、容器或内网的 DNS 没配好、网络断开，或域名写错。请求没有到达钉钉。',
    fix: '在本机运行 nslookup api.dingtalk.com 检查；修正 DNS（/etc/resolv.conf、Docker 的 dns 选项）或代理；偶发失败稍后重试，让程序自动重试。',
    anchor: 'err-callback-stream',
  },
  {
    id: 'robot.uriTooLarge',
    source: 'robot',
    codes: [],
    text: /URI\s*TOO\s*LARGE|Request-URI\s*Too\s*Large|URI\s*Too\s*Long/i,
    title: 'Webhook 网址太长（414）：timestamp 和 sign 被重复追加',
    cause: '每次加签都在上一次的网址后面再接一组 &timestamp=…&sign=…，网址越来越长，直到钉钉拒绝（414 URI Too Large）。',
    fix: '保存原始 Webhook（只有 access_token），每次发送时在它的基础上拼接当次的 timestamp 和 sign，不要改写保存的网址。',
    anchor: 'err-callback-stream',
  },
]

/**
 * An official Stream SDK's words about its connection (the sources at their commits are in
 * testdata/stream-sdk-forms.ts): Python's `open connection failed`, `[start] network exception` and a
 * traceback through its start() (`, in start` ending a line), the Node client's debug line before the gateway is asked and its console warning
 * `ERROR <the error>`, Java's `[DingTalk]` connection lines, Go's StreamClient; or the gateway's addresses
 * (connections/open, wss-open-connection). Not the package's name
 * alone: the same SDKs also reply to robots and update cards over HTTP, whose failures are not the connection.
 */
export const STREAM_SDK =
  /StreamClient|\[DingTalk\] (?:establish )?connection|connections\/open|open[- ]connection|connect endpoint|network exception|, in start$|^ERROR Error: /im

/**
 * A failure of the network or of the WebSocket beside a Stream SDK's words: a timeout, a refused or reset
 * connection, a proxy, a WebSocket handshake the server refused (a ticket used or expired, a proxy without
 * WebSocket), a close without close frame (1006 in the words of Python's websockets).
 */
export const NET_FAILURE = /time[d ]?\s?out|ECONN|UNREACH|refused|reset|Max retries|proxy|handshake|server response|rejected|no close frame/i
