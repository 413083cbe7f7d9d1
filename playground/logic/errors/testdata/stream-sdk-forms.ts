/**
 * INVENTED pastes in the words of DingTalk's official Stream SDKs (issue 21, Stream mode): every value
 * (request ids, ticket, connection ids, IPs, times, paths) is made up; the formats are the SDKs' own log
 * lines and exceptions, read in their source at the commits below, with the words of the libraries they
 * call (requests / urllib3 / websockets in Python, axios / ws in Node, HttpURLConnection / Netty in Java,
 * net/http / gorilla/websocket in Go). Each case says which catalog entry must answer it.
 *
 * What the gateway answers (POST https://api.dingtalk.com/v1.0/gateway/connections/open): 401 with
 * {"code":"authFailed","message":"鉴权失败"} is observed (github.com/zfanswer/dify-on-dingtalk/issues/28);
 * a message with errCode 20001 is DingTalk's own table
 * (https://open.dingtalk.com/document/development/develop-stream-mode-push-server).
 */

const PY = 'https://github.com/open-dingtalk/dingtalk-stream-sdk-python/blob/8d8bb1c630848fee1ae8c7bdd11bc1b78097b611/dingtalk_stream/stream.py'
const NODE = 'https://github.com/open-dingtalk/dingtalk-stream-sdk-nodejs/blob/d9d346b3ef64ee3806c160969ba4742b9e19be5c/src/client.ts'
const JAVA = 'https://github.com/open-dingtalk/dingtalk-stream-sdk-java/blob/4ccaa3d72ea8328375463046391f97509e0b1e48'
const GO = 'https://github.com/open-dingtalk/dingtalk-stream-sdk-go/blob/d8d6e1f19d68b231c1514fdac973d866a2882b93'

export type Sdk = 'python' | 'node' | 'java' | 'go'

/** One way an SDK prints a failure: its format, where it is written, and a cause rendered through it. */
export interface StreamSdkCase {
  sdk: Sdk
  /** The format, in short (the SDK's own words). */
  form: string
  /** The SDK's source line that prints it (GitHub, at a commit). */
  source: string
  /** The paste: the cause rendered through the format, with invented values. */
  text: string
  /** The catalog entry that must answer it. */
  id: string
  /** The code the diagnosis must show, when there is one. */
  errcode?: string | number
}

const GATEWAY = 'https://api.dingtalk.com/v1.0/gateway/connections/open'
const AUTH_BODY = '{"requestid":"0A1B2C3D-0000-4000-8000-00000000A001","code":"authFailed","message":"鉴权失败"}'

// ---- Python: dingtalk_stream.client, logging's default format of log.py ----
/** `%(asctime)s %(name)-8s %(levelname)-8s %(message)s [%(filename)s:%(lineno)d]` (dingtalk_stream/log.py). */
const py = (level: string, message: string, line: number) => `2026-12-03 10:15:42,123 dingtalk_stream.client ${level.padEnd(8)} ${message} [stream.py:${line}]`
/** open_connection(): `open connection failed, error={e}, response.text={response_text}`, then start(): `open connection failed`. */
const pyOpen = (error: string, body = '') =>
  `${py('INFO', `open connection, url=${GATEWAY}`, 358)}\n${py('ERROR', `open connection failed, error=${error}, response.text=${body}`, 389)}\n${py('ERROR', 'open connection failed', 102)}`
/** requests' raise_for_status() words for a status. */
const httpError = (status: number, reason: string) => `${status} ${status < 500 ? 'Client' : 'Server'} Error: ${reason} for url: ${GATEWAY}`
/** urllib3 under requests: the pool gave up on the gateway. */
const pool = (cause: string) => `HTTPSConnectionPool(host='api.dingtalk.com', port=443): Max retries exceeded with url: /v1.0/gateway/connections/open (Caused by ${cause})`
/** start(): logger.exception('unknown exception') and the traceback of what websockets.connect() raised. */
const pyUnknown = (last: string) =>
  `${py('ERROR', 'unknown exception', 152)}\nTraceback (most recent call last):\n  File "/srv/bot/.venv/lib/python3.12/site-packages/dingtalk_stream/stream.py", line 111, in start\n    async with websockets.connect(\n${last}`

// ---- Node: its console warning `ERROR <the error>`, printDebug's `[ISO time] msg` ----
const nodeDebug = (message: string) => `[2026-12-03T02:15:42.123Z] ${message}`

// ---- Java: Spring Boot's logback line ----
const java = (level: string, logger: string, message: string) => `2026-12-03T10:15:42.123+08:00 ${level.padStart(5)} 4711 --- [ection-pool-2-1] ${logger.padEnd(40)} : ${message}`
const POOL = 'c.d.o.a.s.n.core.DefaultSessionPool'
const javaEstablish = (exception: string, at: string) =>
  `${java('ERROR', POOL, '[DingTalk] establish connection failed, {}')}\n\n${exception}\n\tat ${at}\n\tat com.dingtalk.open.app.stream.network.core.DefaultSessionPool$ConnectionTask.run(DefaultSessionPool.java:159) ~[dingtalk-stream-1.3.12.jar!/:1.3.12]`

// ---- Go: the SDK's std logger, `<time.Now()> [ERROR] msg` ----
const go = (message: string) => `2026-12-03 10:15:42.123456789 +0800 CST m=+12.345678901 [ERROR] ${message}`
const goPost = (err: string) => `Post "${GATEWAY}": ${err}`

export const STREAM_SDK_CASES: readonly StreamSdkCase[] = [
  // ---------- the gateway refuses the credentials (401 authFailed) ----------
  { sdk: 'python', form: 'open connection failed, error=<HTTPError>, response.text=<body>', source: `${PY}#L389`, text: pyOpen(httpError(401, 'Unauthorized'), AUTH_BODY), id: 'stream.authFailed', errcode: 'authFailed' },
  { sdk: 'python', form: 'open connection failed, error=<HTTPError>, response.text= (no body)', source: `${PY}#L389`, text: pyOpen(httpError(401, 'Unauthorized')), id: 'stream.authFailed' },
  {
    sdk: 'node',
    form: 'axios rejection of getEndpoint() (versions whose connect() did not catch it)',
    source: `${NODE}#L171`,
    text: `node:internal/process/promises:289\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n\nAxiosError: Request failed with status code 401\n    at settle (/srv/bot/node_modules/axios/dist/node/axios.cjs:1966:12)\n    at async DWClient.getEndpoint (/srv/bot/node_modules/dingtalk-stream/dist/index.cjs:153:17) {\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    method: 'post',\n    url: '${GATEWAY}',\n  },\n  response: {\n    status: 401,\n    statusText: 'Unauthorized',\n    data: {\n      requestid: '0A1B2C3D-0000-4000-8000-00000000A002',\n      code: 'authFailed',\n      message: '鉴权失败'\n    }\n  }\n}`,
    id: 'stream.authFailed',
    errcode: 'authFailed',
  },
  { sdk: 'node', form: "printDebug('Connect failed: ' + err.message)", source: `${NODE}#L318`, text: `${nodeDebug('get connect endpoint by config')}\n${nodeDebug('Connect failed: Request failed with status code 401')}\n${nodeDebug('Reconnecting in 2.4 seconds... (attempt 1)')}`, id: 'stream.authFailed' },
  {
    sdk: 'java',
    form: '[DingTalk] establish connection failed + OpenDingTalkAppException: http failed status + status=%s,msg=%s',
    source: `${JAVA}/app-stream-api/src/main/java/com/dingtalk/open/app/api/open/HttpOpenApiClient.java#L66`,
    text: javaEstablish(`com.dingtalk.open.app.api.OpenDingTalkAppException: http failed statusstatus=401,msg=${AUTH_BODY}`, 'com.dingtalk.open.app.api.open.HttpOpenApiClient.openConnection(HttpOpenApiClient.java:66) ~[dingtalk-stream-1.3.12.jar!/:1.3.12]'),
    id: 'stream.authFailed',
    errcode: 'authFailed',
  },
  {
    sdk: 'java',
    form: 'OpenDingTalkAppException: http failed statusstatus=401,msg= (no body)',
    source: `${JAVA}/app-stream-api/src/main/java/com/dingtalk/open/app/api/open/HttpOpenApiClient.java#L66`,
    text: javaEstablish('com.dingtalk.open.app.api.OpenDingTalkAppException: http failed statusstatus=401,msg=', 'com.dingtalk.open.app.api.open.HttpOpenApiClient.openConnection(HttpOpenApiClient.java:66) ~[dingtalk-stream-1.3.12.jar!/:1.3.12]'),
    id: 'stream.authFailed',
  },
  { sdk: 'go', form: 'StreamClient reconnect error, attempt=[%d] error=[<response body>]', source: `${GO}/client/client.go#L580`, text: go(`StreamClient reconnect error, attempt=[3] error=[${AUTH_BODY}]`), id: 'stream.authFailed', errcode: 'authFailed' },
  { sdk: 'go', form: 'Start() error = the response body (utils.ErrorFromHttpResponseBody), printed by the caller', source: `${GO}/utils/errors.go#L27`, text: `failed to start stream client ${AUTH_BODY}`, id: 'stream.authFailed', errcode: 'authFailed' },

  // ---------- the gateway's host cannot be reached (timeout, refused, proxy) ----------
  { sdk: 'python', form: 'open connection failed, error=<ConnectTimeoutError>', source: `${PY}#L389`, text: pyOpen(pool("ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d9e50>, 'Connection to api.dingtalk.com timed out. (connect timeout=10)')")), id: 'stream.connectionLost' },
  { sdk: 'python', form: 'open connection failed, error=<NewConnectionError refused>', source: `${PY}#L389`, text: pyOpen(pool("NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d9e50>: Failed to establish a new connection: [Errno 111] Connection refused')")), id: 'stream.connectionLost' },
  { sdk: 'python', form: 'open connection failed, error=<ProxyError>', source: `${PY}#L389`, text: pyOpen(pool("ProxyError('Unable to connect to proxy', NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d9e50>: Failed to establish a new connection: [Errno 111] Connection refused'))")), id: 'stream.connectionLost' },
  { sdk: 'python', form: 'open connection failed, error=<ReadTimeout>', source: `${PY}#L389`, text: pyOpen("HTTPSConnectionPool(host='api.dingtalk.com', port=443): Read timed out. (read timeout=10)"), id: 'stream.connectionLost' },
  { sdk: 'node', form: "the console warning 'ERROR' + err on the socket's error: connect ETIMEDOUT", source: `${NODE}#L294`, text: `ERROR Error: connect ETIMEDOUT 203.0.113.7:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {\n  errno: -110,\n  code: 'ETIMEDOUT',\n  syscall: 'connect',\n  address: '203.0.113.7',\n  port: 443\n}`, id: 'stream.connectionLost' },
  { sdk: 'java', form: '[DingTalk] establish connection failed + java.net.SocketTimeoutException', source: `${JAVA}/app-stream-network/app-stream-network-core/src/main/java/com/dingtalk/open/app/stream/network/core/DefaultSessionPool.java#L179`, text: javaEstablish('java.net.SocketTimeoutException: connect timed out', 'java.base/java.net.PlainSocketImpl.socketConnect(Native Method)'), id: 'stream.connectionLost' },
  { sdk: 'java', form: '[DingTalk] establish connection failed + java.net.ConnectException', source: `${JAVA}/app-stream-network/app-stream-network-core/src/main/java/com/dingtalk/open/app/stream/network/core/DefaultSessionPool.java#L179`, text: javaEstablish('java.net.ConnectException: Connection refused (Connection refused)', 'java.base/java.net.PlainSocketImpl.socketConnect(Native Method)'), id: 'stream.connectionLost' },
  { sdk: 'go', form: 'StreamClient reconnect error + net/http timeout', source: `${GO}/client/client.go#L580`, text: go(`StreamClient reconnect error, attempt=[2] error=[${goPost('context deadline exceeded (Client.Timeout exceeded while awaiting headers)')}]`), id: 'stream.connectionLost' },
  { sdk: 'go', form: 'StreamClient reconnect error + proxyconnect', source: `${GO}/client/client.go#L580`, text: go(`StreamClient reconnect error, attempt=[2] error=[${goPost('proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused')}]`), id: 'stream.connectionLost' },

  // ---------- the name does not resolve (DNS) ----------
  { sdk: 'python', form: 'open connection failed, error=<NameResolutionError>', source: `${PY}#L389`, text: pyOpen(pool("NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d9e50>: Failed to resolve 'api.dingtalk.com' ([Errno -3] Temporary failure in name resolution)\")")), id: 'net.dns' },
  { sdk: 'node', form: "the console warning 'ERROR' + err: getaddrinfo", source: `${NODE}#L294`, text: "ERROR Error: getaddrinfo EAI_AGAIN wss-open-connection.dingtalk.com\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {\n  errno: -3001,\n  code: 'EAI_AGAIN',\n  syscall: 'getaddrinfo',\n  hostname: 'wss-open-connection.dingtalk.com'\n}", id: 'net.dns' },
  { sdk: 'java', form: '[DingTalk] establish connection failed + UnknownHostException', source: `${JAVA}/app-stream-network/app-stream-network-core/src/main/java/com/dingtalk/open/app/stream/network/core/DefaultSessionPool.java#L179`, text: javaEstablish('java.net.UnknownHostException: api.dingtalk.com', 'java.base/java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:184)'), id: 'net.dns' },
  { sdk: 'go', form: 'StreamClient reconnect error + lookup … no such host', source: `${GO}/client/client.go#L580`, text: go(`StreamClient reconnect error, attempt=[1] error=[${goPost('dial tcp: lookup api.dingtalk.com on 127.0.0.11:53: no such host')}]`), id: 'net.dns' },

  // ---------- the certificate chain is not trusted ----------
  { sdk: 'python', form: 'open connection failed, error=<SSLError>', source: `${PY}#L389`, text: pyOpen(pool("SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)'))")), id: 'net.tlsCertificate' },
  { sdk: 'node', form: "the console warning 'ERROR' + err: TLS", source: `${NODE}#L294`, text: "ERROR Error: unable to get local issuer certificate\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) {\n  code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'\n}", id: 'net.tlsCertificate' },
  { sdk: 'java', form: '[DingTalk] establish connection failed + SSLHandshakeException', source: `${JAVA}/app-stream-network/app-stream-network-core/src/main/java/com/dingtalk/open/app/stream/network/core/DefaultSessionPool.java#L179`, text: javaEstablish('javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target', 'java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)'), id: 'net.tlsCertificate' },
  { sdk: 'go', form: 'StreamClient reconnect error + x509', source: `${GO}/client/client.go#L580`, text: go(`StreamClient reconnect error, attempt=[1] error=[${goPost('tls: failed to verify certificate: x509: certificate signed by unknown authority')}]`), id: 'net.tlsCertificate' },

  // ---------- a proxy that forwards HTTPS as plain HTTP ----------
  { sdk: 'python', form: 'open connection failed, error=<HTTPError 400>, response.text=<tengine page>', source: `${PY}#L389`, text: pyOpen(httpError(400, 'Bad Request'), '<html>\r\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n</body>\r\n</html>'), id: 'net.plainHttpToHttps' },

  {
    sdk: 'java',
    form: 'OpenDingTalkAppException: http failed status + status=400,msg=<tengine page>',
    source: `${JAVA}/app-stream-api/src/main/java/com/dingtalk/open/app/api/open/HttpOpenApiClient.java#L66`,
    text: javaEstablish('com.dingtalk.open.app.api.OpenDingTalkAppException: http failed statusstatus=400,msg=<html>\r\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n</body>\r\n</html>', 'com.dingtalk.open.app.api.open.HttpOpenApiClient.openConnection(HttpOpenApiClient.java:66) ~[dingtalk-stream-1.3.12.jar!/:1.3.12]'),
    id: 'net.plainHttpToHttps',
  },
  { sdk: 'go', form: 'StreamClient reconnect error, error=[<tengine page>]', source: `${GO}/utils/errors.go#L27`, text: go('StreamClient reconnect error, attempt=[1] error=[<html>\r\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\r\n</html>]'), id: 'net.plainHttpToHttps' },

  // ---------- the long connection drops: keepalive, disconnect, close codes ----------
  { sdk: 'python', form: '[start] network exception, error=<ConnectionClosedError>: keepalive ping timeout', source: `${PY}#L146`, text: py('ERROR', '[start] network exception, error=sent 1011 (internal error) keepalive ping timeout; no close frame received', 146), id: 'stream.connectionLost' },
  { sdk: 'python', form: '[start] network exception, error=<ConnectionClosedError>: no close frame', source: `${PY}#L146`, text: py('ERROR', '[start] network exception, error=no close frame received or sent', 146), id: 'stream.connectionLost' },
  { sdk: 'python', form: 'received disconnect topic=%s, message=%s', source: `${PY}#L314`, text: py('INFO', "received disconnect topic=disconnect, message={'specVersion': '1.0', 'type': 'SYSTEM', 'headers': {'contentType': 'application/json', 'messageId': 'msg-0001', 'time': '1764727542123', 'topic': 'disconnect'}, 'data': '{\"reason\":\"server restart\"}'}", 314), id: 'stream.connectionLost' },
  {
    sdk: 'node',
    form: "printDebug(msg) of the SYSTEM message whose topic is 'disconnect'",
    source: `${NODE}#L353`,
    text: `${nodeDebug('Received message from dingtalk websocket server')}\n[2026-12-03T02:15:42.124Z] {\n  specVersion: '1.0',\n  type: 'SYSTEM',\n  headers: {\n    contentType: 'application/json',\n    messageId: 'msg-0002',\n    time: '1764727542123',\n    topic: 'disconnect'\n  },\n  data: '{"reason":"server restart"}'\n}`,
    id: 'stream.connectionLost',
  },
  {
    sdk: 'java',
    form: '[DingTalk] receive connection close info, connection will close later, connectionId={}, reason={}',
    source: `${JAVA}/app-stream-api/src/main/java/com/dingtalk/open/app/api/protocol/SystemCommandExecutor.java#L27`,
    text: java('INFO', 'c.d.o.a.a.p.SystemCommandExecutor', '[DingTalk] receive connection close info, connection will close later, connectionId=7f3a2c1d-0000-4000-8000-00000000c002, reason=server restart'),
    id: 'stream.connectionLost',
  },
  { sdk: 'node', form: 'TERMINATE SOCKET: Ping Pong does not transfer heartbeat within heartbeat intervall', source: `${NODE}#L259`, text: 'TERMINATE SOCKET: Ping Pong does not transfer heartbeat within heartbeat intervall', id: 'stream.connectionLost' },
  { sdk: 'node', form: "the console warning 'ERROR' + err: read ECONNRESET", source: `${NODE}#L294`, text: "ERROR Error: read ECONNRESET\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:218:20) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}\n[2026-12-03T02:15:42.130Z] Socket closed\n[2026-12-03T02:15:42.131Z] Reconnecting in 1.7 seconds... (attempt 1)", id: 'stream.connectionLost' },
  { sdk: 'java', form: '[DingTalk] connection ping timeout, channel is closing', source: `${JAVA}/app-stream-network/app-stream-network-ws/src/main/java/com/dingtalk/open/app/stream/network/ws/KeepAliveHandler.java#L98`, text: java('WARN', 'c.d.o.a.s.n.ws.KeepAliveHandler', '[DingTalk] connection ping timeout, channel is closing'), id: 'stream.connectionLost' },
  { sdk: 'go', form: 'ping time out, connection is closing', source: `${GO}/client/client.go#L305`, text: go('ping time out, connection is closing'), id: 'stream.connectionLost' },
  { sdk: 'go', form: 'connection process read message error … websocket: close 1006', source: `${GO}/client/client.go#L249`, text: go('connection process read message error: messageType=[-1] message=[] error=[websocket: close 1006 (abnormal closure): unexpected EOF]'), id: 'stream.connectionLost' },

  // ---------- the gateway gave no endpoint, or the WebSocket handshake was refused ----------
  { sdk: 'node', form: "Error('build: get endpoint failed')", source: `${NODE}#L198`, text: 'Error: build: get endpoint failed\n    at DWClient.getEndpoint (/srv/bot/node_modules/dingtalk-stream/dist/index.cjs:178:13)', id: 'stream.connectionLost' },
  { sdk: 'node', form: "Error('endpoint or ticket is null')", source: `${NODE}#L193`, text: `${nodeDebug('endpoint or ticket is null')}\n${nodeDebug('Connect failed: endpoint or ticket is null')}`, id: 'stream.connectionLost' },
  { sdk: 'go', form: 'ConnectionEndpointResponseContentEmpty', source: `${GO}/payload/connection.go#L37`, text: go('StreamClient reconnect error, attempt=[4] error=[ConnectionEndpointResponseContentEmpty]'), id: 'stream.connectionLost' },
  { sdk: 'python', form: 'unknown exception + websockets InvalidStatus (handshake refused)', source: `${PY}#L152`, text: pyUnknown('websockets.exceptions.InvalidStatus: server rejected WebSocket connection: HTTP 400'), id: 'stream.connectionLost' },
  { sdk: 'node', form: "the console warning 'ERROR' + err: ws Unexpected server response", source: `${NODE}#L294`, text: 'ERROR Error: Unexpected server response: 400\n    at ClientRequest.<anonymous> (/srv/bot/node_modules/ws/lib/websocket.js:913:7)', id: 'stream.connectionLost' },
  { sdk: 'java', form: '[DingTalk] connection establish error + WebSocketClientHandshakeException', source: `${JAVA}/app-stream-network/app-stream-network-ws/src/main/java/com/dingtalk/open/app/stream/network/ws/NettyClientHandler.java#L52`, text: `${java('ERROR', 'c.d.o.a.s.n.ws.NettyClientHandler', '[DingTalk] connection establish error, please check connectionId=7f3a2c1d-0000-4000-8000-00000000c001')}\n\nshade.io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException: Invalid handshake response getStatus: 400 Bad Request`, id: 'stream.connectionLost' },
  { sdk: 'go', form: 'StreamClient reconnect error + gorilla websocket: bad handshake', source: `${GO}/client/client.go#L580`, text: go('StreamClient reconnect error, attempt=[1] error=[websocket: bad handshake]'), id: 'stream.connectionLost' },

  // ---------- the installed websockets and the Python SDK do not work together (callback-errors.ts, stream.websocketsVersion) ----------
  { sdk: 'python', form: "unknown exception + AttributeError: module 'websockets' has no attribute", source: `${PY}#L152`, text: pyUnknown("AttributeError: module 'websockets' has no attribute 'exceptions'"), id: 'stream.websocketsVersion' },

  // ---------- a header keyword of the other websockets version (the SDK passes only the caller's options) ----------
  {
    sdk: 'python',
    form: "unknown exception + TypeError: … unexpected keyword argument 'extra_headers' (websockets 14 or newer)",
    source: `${PY}#L111`,
    text: pyUnknown(`  File "/srv/bot/.venv/lib/python3.12/site-packages/websockets/asyncio/client.py", line 587, in __aenter__\n    return await self\n  File "/usr/lib/python3.12/asyncio/base_events.py", line 1050, in create_connection\nTypeError: BaseEventLoop.create_connection() got an unexpected keyword argument 'extra_headers'`),
    id: 'stream.websocketsVersion',
  },
  {
    sdk: 'python',
    form: "TypeError: … unexpected keyword argument 'additional_headers' (websockets older than 14)",
    source: `${PY}#L111`,
    text: "ERROR:dingtalk_stream.client:unknown exception\nTypeError: BaseEventLoop.create_connection() got an unexpected keyword argument 'additional_headers'",
    id: 'stream.websocketsVersion',
  },

  // ---------- an AI card's streaming update answered unknownError (the SDKs' card helpers, over HTTP) ----------
  {
    sdk: 'python',
    form: 'AICardReplier.streaming failed, error=<HTTPError>, response.text=<body>',
    source: 'https://github.com/open-dingtalk/dingtalk-stream-sdk-python/blob/8d8bb1c630848fee1ae8c7bdd11bc1b78097b611/dingtalk_stream/card_replier.py#L769',
    text: '2026-12-03 10:15:42,123 dingtalk_stream.card_replier ERROR    AICardReplier.streaming failed, error=500 Server Error: Internal Server Error for url: https://api.dingtalk.com/v1.0/card/streaming, response.text={"requestid":"0A1B2C3D-0000-4000-8000-00000000A003","code":"unknownError","message":"未知错误"}',
    id: 'app.cardStreamingUnknown',
    errcode: 'unknownError',
  },
  {
    sdk: 'python',
    form: 'AICardReplier.async_streaming failed, HTTP Error: %s, URL: %s, response.text=<body>',
    source: 'https://github.com/open-dingtalk/dingtalk-stream-sdk-python/blob/8d8bb1c630848fee1ae8c7bdd11bc1b78097b611/dingtalk_stream/card_replier.py#L821',
    text: 'AICardReplier.async_streaming failed, HTTP Error: 500, URL: https://api.dingtalk.com/v1.0/card/streaming, response.text={"requestid":"0A1B2C3D-0000-4000-8000-00000000A004","code":"unknownError","message":"未知错误"}',
    id: 'app.cardStreamingUnknown',
    errcode: 'unknownError',
  },

  // ---------- the organisation's quota used up: the robot's message carries errMsg (20001) ----------
  {
    sdk: 'node',
    form: 'printDebug(msg) of a robot CALLBACK whose data carries errMsg',
    source: `${NODE}#L353`,
    text: `[2026-12-03T02:15:42.124Z] {\n  specVersion: '1.0',\n  type: 'CALLBACK',\n  headers: { topic: '/v1.0/im/bot/messages/get', messageId: 'msg-0003' },\n  data: '{"conversationId":"cid-0002","msgtype":"text","errMsg":"受调用量超量影响，当前我的消息服务已经暂停。请联系你所在的组织管理员并予以处理"}'\n}`,
    id: 'stream.20001',
  },
  {
    sdk: 'java',
    form: "the guide's listener: log.info(\"receive robotMessage, {}\", robotMessage)",
    source: 'https://open.dingtalk.com/document/development/develop-stream-mode-push-server',
    text: java('INFO', 'c.e.bot.RobotListener', 'receive robotMessage, {"conversationId":"cid-0003","msgtype":"text","errMsg":"受调用量超量影响，当前我的消息服务已经暂停。请联系你所在的组织管理员并予以处理"}'),
    id: 'stream.20001',
  },
  {
    sdk: 'python',
    form: "a callback's message logged as received (errCode / errMsg in it)",
    source: 'https://open.dingtalk.com/document/development/develop-stream-mode-push-server',
    text: `2026-12-03 10:15:42,123 bot INFO     received: {'conversationId': 'cid-0001', 'msgtype': 'text', 'errCode': 20001, 'errMsg': '受调用量超量影响，当前我的消息服务已经暂停。请联系你所在的组织管理员并予以处理'}`,
    id: 'stream.20001',
    errcode: 20001,
  },
]

/**
 * INVENTED failures printed by the same SDKs that are not the connection's: a robot reply or a card update
 * over HTTP, the app's own handler raising inside the SDK's dispatch. A network word in them must not be
 * read as the Stream connection.
 */
export const NOT_THE_CONNECTION: readonly { form: string; source: string; text: string }[] = [
  {
    form: 'Python chatbot: reply text failed, error=<e>, response.text=<body>',
    source: 'https://github.com/open-dingtalk/dingtalk-stream-sdk-python/blob/8d8bb1c630848fee1ae8c7bdd11bc1b78097b611/dingtalk_stream/chatbot.py#L643',
    text: "2026-12-03 10:15:42,123 dingtalk_stream.chatbot ERROR    reply text failed, error=HTTPSConnectionPool(host='oapi.dingtalk.com', port=443): Read timed out. (read timeout=60), response.text= [chatbot.py:643]",
  },
  {
    form: "Python: logger.exception('error processing message') around the app's handler",
    source: `${PY}#L246`,
    text: `${py('ERROR', 'error processing message', 246)}\nTraceback (most recent call last):\n  File "/srv/bot/.venv/lib/python3.12/site-packages/dingtalk_stream/stream.py", line 241, in background_task\n    await self._background_task(json_message, target_websocket)\n  File "/srv/bot/handlers.py", line 31, in process\n    answer = await llm.ask(text)\nhttpx.ReadTimeout: timed out`,
  },
  {
    form: 'Java: [DingTalk] execute callback failed, topic={} around the app\'s listener',
    source: `${JAVA}/app-stream-api/src/main/java/com/dingtalk/open/app/api/callback/CallbackCommandExecutor.java#L52`,
    text: `${java('ERROR', 'c.d.o.a.a.c.CallbackCommandExecutor', '[DingTalk] execute callback failed, topic=/v1.0/im/bot/messages/get')}\n\njava.net.SocketTimeoutException: Read timed out\n\tat com.example.bot.LlmClient.ask(LlmClient.java:57)`,
  },
  {
    form: 'an HTTP client timing out on the robot webhook (no Stream SDK words)',
    source: 'invented',
    text: "AxiosError: connect ETIMEDOUT 203.0.113.7:443\n    at Function.AxiosError.from (/srv/bot/node_modules/axios/dist/node/axios.cjs:837:14) {\n  config: { url: 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef' }\n}",
  },
]
