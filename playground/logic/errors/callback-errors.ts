import type { ErrorRule } from './entry'

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
export const CALLBACK_ERRORS = [
  {
    id: 'callback.71009',
    source: 'app',
    codes: [71009],
    // DingTalk's errmsg 返回文本非success (sometimes cut to “非succes”), and the console's wording when saving.
    text: /返回文本非\s*succes|非\s*success\s*文本|校验返回字段值失败/i,
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
    anchor: 'err-callback-stream',
    docUrl: 'https://open.dingtalk.com/document/development/obtain-the-event-list-of-failed-push-messages',
  },
  {
    // DingTalk's FAQ: the console's “URL地址在安全黑名单中不允许使用” when a callback address is saved, likely an
    // address that forwards or redirects, which is not supported (https://open.dingtalk.com/document/development/event-subscription-and-data-push).
    id: 'callback.urlBlacklisted',
    source: 'app',
    codes: [],
    text: /安全黑名单/,
    anchor: 'err-callback-stream',
    docUrl: 'https://open.dingtalk.com/document/development/event-subscription-and-data-push',
  },
  {
    // Not in DingTalk's table; observed on POST /v1.0/gateway/connections/open (github.com/zfanswer/dify-on-dingtalk/issues/28,
    // github.com/MAyang38/dify-on-dingding-go/issues/2), where a 401 comes with {"code":"authFailed","message":"鉴权失败"}.
    id: 'stream.authFailed',
    source: 'app',
    codes: ['authFailed'],
    text: /"?code"?\s*[:=]\s*"?authFailed/i,
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
    // github.com/AstrBotDevs/AstrBot/issues/3635).
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
    // Each SDK's other lines about the connection (testdata/stream-sdk-words.ts, at the same commits): Python's `[start] network exception, error=`
    // (logged only for websockets' ConnectionClosedError: stream.py#L102, #L146); Java's `connection establish error`
    // (a refused handshake), `connection operation failed` (Netty's exceptionCaught) and `reply response failed` (the ack
    // not written: NettyClientHandler.java#L52-L54, WebSocketContext.java#L35); Go's `connection process connect nil` and
    // the ack not sent (`SendDataFrameResponse error`, `processDataFrame send response error`: client.go#L215, #L492, #L775).
    text: /keepalive ping timeout|persistent connection is timeout|topic[=:] ?'?disconnect|close info|连接建立(?:超时或)?失败|Stream connection lost|WebSocket closed[^\r\n]{0,40}?\b1006\b|websocket: close 1006\b|WebSocket[ ](?:was closed before the connection|is not open)[\s\S]{0,400}?(?:dingtalk-stream|DWClient)|DingTalkNetworkException|\[DingTalk\] (?:establish connection failed|connection (?:establish error|operation failed)|websocket connection reply response failed)|network exception, error=|(?:(?:fail(?:ed)?|unable|cannot|could ?n[o']t)(?: to)? connect|(?:timed out|timeout|failed|error)(?: while)? connecting) to DingTalk Stream|get endpoint failed|Stream\s*(?:模式)?\s*[:：]?\s*(?:连接|接入)失败|TERMINATE SOCKET|ping time ?out, \w+ is closing|ticket is null|ConnectionEndpointResponse|connection (?:process read message error|process is closed|process connect nil|write ping message error|processDataFrame send response error)|SendDataFrameResponse error|send on closed channel[\s\S]{0,200}?dingtalk-stream-sdk-go/i,
    anchor: 'err-callback-stream',
    docUrl: STREAM_DOC,
  },
  {
    // A program or Stream SDK written for one websockets and run with another. websockets 14 made connect() its new
    // implementation, which takes additional_headers where the old one took extra_headers
    // (https://websockets.readthedocs.io/en/14.2/howto/upgrade.html; github.com/python-websockets/websockets/issues/1588:
    // works until 13.1); the other name reaches loop.create_connection() and fails there. The official Python SDK
    // passes neither (only the caller's websocket_connect_options:
    // github.com/open-dingtalk/dingtalk-stream-sdk-python/blob/8d8bb1c630848fee1ae8c7bdd11bc1b78097b611/dingtalk_stream/stream.py#L111).
    // “module 'websockets' has no attribute 'exceptions'”: websockets loads its submodules on first use and raises this
    // for a name not loaded yet (github.com/python-websockets/websockets/blob/030dc356508b6717d1fa6baf32b3da0f3d965373/src/websockets/imports.py#L92;
    // tried with 15.0.1); the SDK has named websockets.exceptions.ConnectionClosedError in an except clause since its first
    // version (stream.py#L145 at the commit above; start_forever() at blob/a0fbf95b0214b6ec299f012f75981322cafea1d3/dingtalk_stream/stream.py#L123), so a failure raised before
    // websockets.connect() loaded it becomes this error. The threads: github.com/open-dingtalk/dingtalk-stream-sdk-python/issues/65
    // (dingtalk-stream 0.24.x with websockets 15, fixed by pinning dingtalk-stream 0.23.0) and /issues/25 (websockets
    // 11.0.2, the SDK's own requirements.txt pin; no fix in the thread). Which pairs of versions fail: 未确认. websockets'
    // FAQ adds a file named websockets.py shadowing the library (https://websockets.readthedocs.io/en/14.1/faq/misc.html).
    id: 'stream.websocketsVersion',
    source: 'app',
    codes: [],
    text: /argument '(?:extra|additional)_headers'|module 'websockets' has no attribute/,
    anchor: 'err-callback-stream',
  },
  {
    // The app's own handler raised while the SDK delivered a message (the connection works): Python's logger.exception
    // (github.com/open-dingtalk/dingtalk-stream-sdk-python/blob/8d8bb1c630848fee1ae8c7bdd11bc1b78097b611/dingtalk_stream/stream.py#L246),
    // Java's executors (github.com/open-dingtalk/dingtalk-stream-sdk-java/blob/4ccaa3d72ea8328375463046391f97509e0b1e48/app-stream-api/src/main/java/com/dingtalk/open/app/api/callback/CallbackCommandExecutor.java#L52,
    // protocol/EventCommandExecutor.java#L62, protocol/AppServiceListener.java#L32), Go's event frame handler
    // (github.com/open-dingtalk/dingtalk-stream-sdk-go/blob/d8d6e1f19d68b231c1514fdac973d866a2882b93/event/frame_handler.go#L38).
    // A DingTalk code in the trace is read first (the handler called an API).
    id: 'stream.handlerFailed',
    source: 'app',
    codes: [],
    text: /error processing message|\[DingTalk\] (?:execute callback|consume message|dispatch command) failed|Event handler process error/,
    anchor: 'err-callback-stream',
    docUrl: STREAM_DOC,
  },
  {
    // A message for a topic or event the program registered no handler for, which the SDK drops: Python stream.py#L324
    // (`unknown callback message topic`), Go event/frame_handler.go#L30 (`No event handler found`) and Start()'s checks
    // (client/client.go#L611-L626: subscriptionsNil, NoHandlersRegistedForType_, HandlerNilForTypeTopic_), commits as
    // above. DingTalk's topics (/v1.0/im/bot/messages/get, /v1.0/card/instances/callback): develop-stream-mode-push-server.
    id: 'stream.noHandler',
    source: 'app',
    codes: [],
    text: /unknown callback message topic|No event handler found|NoHandlersRegistedFor|HandlerNilForTypeTopic|\bsubscriptionsNil\b/,
    anchor: 'err-callback-stream',
    docUrl: STREAM_DOC,
  },
  {
    id: 'stream.20001',
    source: 'robot',
    codes: [20001],
    text: /受调用量超量影响|消息服务已经暂停/,
    anchor: 'err-90020',
    docUrl: STREAM_DOC,
  },
  {
    id: 'net.plainHttpToHttps',
    source: 'unknown',
    codes: [],
    text: /plain HTTP request was sent to HTTPS port/i,
    anchor: 'err-callback-stream',
  },
  {
    // The runtime does not trust the certificate chain of DingTalk's HTTPS / WSS hosts, in the standard
    // words of Python (ssl, urllib3), Go (x509), Node (its TLS error codes) and Java (PKIX). Observed in
    // github.com/agentscope-ai/QwenPaw/issues/56, github.com/zhuifengshen/DingtalkChatbot/issues/43,
    // github.com/zfanswer/dify-on-dingtalk/issues/29, github.com/darrenyao/dingtalk-agent-sdk/issues/1 and
    // github.com/engigu/Message-Push-Nest/issues/10 (a Docker image without CA certificates). curl's own: (60)
    // CURLE_PEER_FAILED_VERIFICATION “SSL certificate problem: <reason>”, (77) CURLE_SSL_CACERT_BADFILE “error setting
    // certificate verify locations” (https://curl.se/libcurl/c/libcurl-errors.html). A certificate rejected as
    // expired or not yet valid, as quoted without the library's prefix: OpenSSL's X509_verify_cert_error_string
    // (“certificate has expired”, “certificate is not yet valid…”, which Node and Python print:
    // github.com/openssl/openssl/blob/0223dfcf1e4d4d6f0a9a671ce570c6a1c057fe93/crypto/x509/x509_txt.c#L42-L45) and
    // Go's “x509: certificate has expired or is not yet valid” (github.com/golang/go/blob/
    // 0184fe5ece4f84fda9db04d2472b76efcaa8ef55/src/crypto/x509/verify.go#L73-L74); usually the machine's clock or a
    // proxy's certificate (github.com/timonwong/prometheus-webhook-dingtalk/issues/95: curl -k got through).
    id: 'net.tlsCertificate',
    source: 'unknown',
    codes: [],
    text: /CERTIFICATE_VERIFY_FAILED|certificate verify failed|x509: certificate (?:signed by unknown authority|has expired|is not valid)|\bcertificate (?:has expired|is not yet valid)\b|unable to (?:verify the first certificate|get local issuer certificate)|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|SELF_SIGNED_CERT_IN_CHAIN|self[- ]signed certificate in certificate chain|PKIX path building failed|unable to find valid certification path|SSL certificate problem|error setting certificate verify locations/i,
    anchor: 'err-callback-stream',
  },
  {
    // The name of DingTalk's host did not resolve: Node's getaddrinfo ENOTFOUND / EAI_AGAIN, Python's
    // getaddrinfo failed / NameResolutionError / name resolution, Go's lookup … no such host, Java's
    // UnknownHostException (github.com/satorijs/satori/issues/178: EAI_AGAIN for api.dingtalk.com); curl's (6)
    // CURLE_COULDNT_RESOLVE_HOST, “Could not resolve host: <name>” (older curl: “Couldn't resolve host '<name>'”):
    // https://curl.se/libcurl/c/libcurl-errors.html. curl's other exit codes are read by net-words.ts.
    id: 'net.dns',
    source: 'unknown',
    codes: [],
    // .NET's SocketException 11001 “No such host is known” and musl's (Alpine images) “Name does not resolve”:
    // https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2 (WSAHOST_NOT_FOUND),
    // https://git.musl-libc.org/cgit/musl/tree/src/network/gai_strerror.c (EAI_NONAME).
    text: /getaddrinfo\s+(?:ENOTFOUND|EAI_AGAIN)|getaddrinfo failed|NameResolutionError|Temporary failure in name resolution|Name or service not known|nodename nor servname provided|lookup [\w.-]{1,253}(?: on [\w.:\[\]]{1,60})?: no such host|UnknownHostException|Could(?:n't| not) resolve host|No such host is known|Name does not resolve/i,
    anchor: 'err-callback-stream',
  },
  // Calling DingTalk failed in the network, each read by net-words.ts (no `text`: the words are every service's,
  // so they count only beside DingTalk's name; their own chunk, loaded by diagnose() for a paste without a code).
  // A failure before DingTalk answered belongs to no side: `unknown` shows the side the paste's call names.
  { id: 'net.proxy', source: 'unknown', codes: [], anchor: 'err-net-proxy' },
  { id: 'net.timeout', source: 'unknown', codes: [], anchor: 'err-net-timeout' },
  { id: 'net.connectionRefused', source: 'unknown', codes: [], anchor: 'err-net-refused' },
  { id: 'net.connectionReset', source: 'unknown', codes: [], anchor: 'err-net-reset' },
  {
    // A page where DingTalk's JSON was expected: read by catalog.ts (HTML_NOT_JSON below, the parsers cited there),
    // only when the paste names DingTalk or its address and no status rule answers.
    id: 'net.htmlNotJson',
    source: 'unknown',
    codes: [],
    anchor: 'err-callback-stream',
  },
  {
    id: 'robot.uriTooLarge',
    source: 'robot',
    codes: [],
    text: /URI\s*TOO\s*LARGE|Request-URI\s*Too\s*Large|URI\s*Too\s*Long/i,
    anchor: 'err-callback-stream',
  },
] as const satisfies readonly ErrorRule[]

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

/**
 * A JSON parser given a page (a body that starts with “<”) where DingTalk's JSON was expected (net.htmlNotJson): Go's
 * encoding/json (prometheus-webhook-dingtalk wraps it as “error decoding response from DingTalk”, only for an HTTP 200:
 * https://github.com/timonwong/prometheus-webhook-dingtalk/blob/589d858c1f7c9409a67146d8c14e28a208bf34e7/notifier/notification.go#L128-L136;
 * thread github.com/timonwong/prometheus-webhook-dingtalk/issues/25), Python's json “Expecting value: line 1 column 1”,
 * Jackson's “Unexpected character ('<'”, JavaScript's JSON.parse “Unexpected token <”.
 */
export const HTML_NOT_JSON = /invalid character '<' looking for beginning|Expecting value: line 1 column 1 \(char 0|Unexpected (?:character \('|token '?)</
