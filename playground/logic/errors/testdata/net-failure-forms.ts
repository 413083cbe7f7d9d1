/**
 * How each runtime prints a call to DingTalk that failed in the network (issue 21): each form copies the runtime's
 * own format (its `source`: the file at a fixed commit, or the runtime's documentation), filled with DingTalk's API
 * hosts, INVENTED paths and values, addresses from the documentation ranges only. `printsHost`: the runtime's own
 * words hold the host called (else the form alone names no DingTalk and stays unread: net-failure-forms.test.ts).
 */

const GH = 'https://github.com'
const CURL = `${GH}/curl/curl/blob/5c61e168698a72b87437d58ed728bcdea6d5db42`
const URLLIB3 = `${GH}/urllib3/urllib3/blob/6a8536b6e1b0cbe69ae801337c599951e527ae29/src/urllib3`
const UNDICI = `${GH}/nodejs/undici/blob/06cb8f6c2ae0e23e6775395e2bef8f29f9951068/lib/core/errors.js`
const HTTPX = `${GH}/encode/httpx/blob/ae1b9f66238f75ced3ced5e4485408435de10768/httpx/_exceptions.py`
const AIOHTTP = `${GH}/aio-libs/aiohttp/blob/495e778360d1924da63e16dba0f0d76baf56a56a/aiohttp/client_exceptions.py`
const JDK = `${GH}/openjdk/jdk/blob/7610862256f900cd2091c47cd5ba05eeb337cc12/src/java.base/share/classes/sun/nio/ch/NioSocketImpl.java`
const OKHTTP = `${GH}/square/okhttp/blob/1682d9bac8c03dffde2969b0b74d47649d0dbb52/okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal`
const HC5 = `${GH}/apache/httpcomponents-client/blob/86c313b2876a8796ab696a2aab546ba4fe6ac227/httpclient5/src/main/java/org/apache/hc/client5/http`
const GO_CLIENT = `${GH}/golang/go/blob/8ea706e831644a89178ad3a8ebccaf49b37e8e6c/src/net/http/client.go`
const NODE_ERRORS = 'https://nodejs.org/api/errors.html#common-system-errors'
const WINSOCK = 'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2'

export type NetId = 'net.timeout' | 'net.connectionRefused' | 'net.connectionReset' | 'net.proxy'

export interface NetFailureForm {
  name: string
  source: string
  id: NetId
  printsHost: boolean
  /** The runtime's words for a call to `host` (a DingTalk API host, or another service's in the negative tests). */
  render: (host: string) => string
  /** The language's stack frames under it, for the form inside a stack trace. */
  lang: 'curl' | 'php' | 'node' | 'python' | 'java' | 'go' | 'dotnet'
}

const pyConn = '<urllib3.connection.HTTPSConnection object at 0x7f3a2c1b2d90>'

export const NET_FAILURE_FORMS: readonly NetFailureForm[] = [
  // curl: the exit code in brackets, then its message (https://curl.se/libcurl/c/libcurl-errors.html).
  { name: 'curl (7) could not connect', source: `${CURL}/lib/cf-ip-happy.c#L719`, id: 'net.connectionRefused', printsHost: true, lang: 'curl', render: (h) => `curl: (7) Failed to connect to ${h}:443 after 4 ms: Couldn't connect to server` },
  { name: 'curl (28) connect timed out', source: `${CURL}/lib/cf-ip-happy.c#L719`, id: 'net.timeout', printsHost: true, lang: 'curl', render: (h) => `curl: (28) Failed to connect to ${h}:443 after 10002 ms: Timeout was reached` },
  { name: 'curl (28) operation timed out', source: `${CURL}/lib/multi.c#L1856`, id: 'net.timeout', printsHost: false, lang: 'curl', render: () => 'curl: (28) Operation timed out after 10001 milliseconds with 0 bytes received' },
  { name: 'curl (35) TLS handshake', source: `${CURL}/lib/vtls/openssl.c#L4296`, id: 'net.connectionReset', printsHost: true, lang: 'curl', render: (h) => `curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to ${h}:443 ` },
  { name: 'curl (52) empty reply', source: `${CURL}/lib/http.c#L1711`, id: 'net.connectionReset', printsHost: false, lang: 'curl', render: () => 'curl: (52) Empty reply from server' },
  { name: 'curl (56) receive failure', source: `${CURL}/lib/cf-socket.c#L1675`, id: 'net.connectionReset', printsHost: false, lang: 'curl', render: () => 'curl: (56) Recv failure: Connection reset by peer' },
  { name: 'curl (56) proxy 407', source: `${CURL}/lib/cf-h1-proxy.c#L800`, id: 'net.proxy', printsHost: false, lang: 'curl', render: () => 'curl: (56) CONNECT tunnel failed, response 407' },
  { name: 'curl (5) proxy not resolved', source: `${CURL}/lib/vdns/asyn-base.c#L270`, id: 'net.proxy', printsHost: false, lang: 'curl', render: () => 'curl: (5) Could not resolve proxy: proxy.corp.example' },
  {
    name: 'Guzzle cURL error 28',
    source: `${GH}/guzzle/guzzle/blob/2779e868a00289e1b1fd854af030c43a06f4bcb4/src/Handler/CurlFactory.php#L197-L205`,
    id: 'net.timeout',
    printsHost: true,
    lang: 'php',
    render: (h) => `GuzzleHttp\\Exception\\ConnectException: cURL error 28: Connection timed out after 5001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://${h}/v1.0/oauth2/accessToken`,
  },
  {
    name: 'Guzzle cURL error 7',
    source: `${GH}/guzzle/guzzle/blob/2779e868a00289e1b1fd854af030c43a06f4bcb4/src/Handler/CurlFactory.php#L197-L205`,
    id: 'net.connectionRefused',
    printsHost: true,
    lang: 'php',
    render: (h) => `GuzzleHttp\\Exception\\ConnectException: cURL error 7: Failed to connect to ${h} port 443: Connection refused (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://${h}/topapi/v2/user/get`,
  },
  // Node: system errors, http's socket hang up, undici (fetch's cause), axios.
  { name: 'Node ECONNREFUSED', source: NODE_ERRORS, id: 'net.connectionRefused', printsHost: false, lang: 'node', render: () => 'Error: connect ECONNREFUSED 203.0.113.10:443' },
  { name: 'Node ETIMEDOUT', source: NODE_ERRORS, id: 'net.timeout', printsHost: false, lang: 'node', render: () => 'Error: connect ETIMEDOUT 203.0.113.10:443' },
  { name: 'Node ECONNRESET', source: NODE_ERRORS, id: 'net.connectionReset', printsHost: false, lang: 'node', render: () => 'Error: read ECONNRESET' },
  { name: 'Node EPIPE', source: NODE_ERRORS, id: 'net.connectionReset', printsHost: false, lang: 'node', render: () => 'Error: write EPIPE' },
  { name: 'Node socket hang up', source: 'https://nodejs.org/api/http.html#httprequesturl-options-callback', id: 'net.connectionReset', printsHost: false, lang: 'node', render: () => "Error: socket hang up {\n  code: 'ECONNRESET'\n}" },
  { name: 'undici connect timeout', source: UNDICI, id: 'net.timeout', printsHost: false, lang: 'node', render: () => "TypeError: fetch failed\n  [cause]: ConnectTimeoutError: Connect Timeout Error\n    code: 'UND_ERR_CONNECT_TIMEOUT'" },
  { name: 'undici headers timeout', source: UNDICI, id: 'net.timeout', printsHost: false, lang: 'node', render: () => "TypeError: fetch failed\n  [cause]: HeadersTimeoutError: Headers Timeout Error\n    code: 'UND_ERR_HEADERS_TIMEOUT'" },
  { name: 'undici socket error', source: UNDICI, id: 'net.connectionReset', printsHost: false, lang: 'node', render: () => "TypeError: fetch failed\n  [cause]: SocketError: Socket error\n    code: 'UND_ERR_SOCKET'" },
  { name: 'axios timeout', source: `${GH}/axios/axios/blob/23a25af0688d1db2c396deb09229d2271cc24f6c/lib/adapters/http.js#L652-L659`, id: 'net.timeout', printsHost: false, lang: 'node', render: () => "AxiosError: timeout of 5000ms exceeded {\n  code: 'ECONNABORTED'\n}" },
  { name: 'tunnel agent', source: `${GH}/koichik/node-tunnel/blob/047bbd092fa1685dd39612db4dfc1e99c687fd5c/lib/tunnel.js`, id: 'net.proxy', printsHost: false, lang: 'node', render: () => 'Error: tunneling socket could not be established, cause=connect ECONNREFUSED 192.0.2.1:3128' },
  // Python: requests over urllib3, httpx, aiohttp, the standard library.
  {
    name: 'requests refused',
    source: `${URLLIB3}/connection.py#L224`,
    id: 'net.connectionRefused',
    printsHost: true,
    lang: 'python',
    render: (h) => `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='${h}', port=443): Max retries exceeded with url: /gettoken?appkey=x (Caused by NewConnectionError('${pyConn}: Failed to establish a new connection: [Errno 111] Connection refused'))`,
  },
  {
    name: 'requests connect timeout',
    source: `${URLLIB3}/connection.py#L219`,
    id: 'net.timeout',
    printsHost: true,
    lang: 'python',
    render: (h) => `requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='${h}', port=443): Max retries exceeded with url: /robot/send?access_token=x (Caused by ConnectTimeoutError(${pyConn}, 'Connection to ${h} timed out. (connect timeout=5)'))`,
  },
  {
    name: 'requests Errno 110',
    source: `${URLLIB3}/connection.py#L224`,
    id: 'net.timeout',
    printsHost: true,
    lang: 'python',
    render: (h) => `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='${h}', port=443): Max retries exceeded with url: /gettoken (Caused by NewConnectionError('${pyConn}: Failed to establish a new connection: [Errno 110] Connection timed out'))`,
  },
  { name: 'requests read timeout', source: `${URLLIB3}/connectionpool.py#L368`, id: 'net.timeout', printsHost: true, lang: 'python', render: (h) => `requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='${h}', port=443): Read timed out. (read timeout=5)` },
  { name: 'requests reset', source: `${URLLIB3}/connectionpool.py#L839`, id: 'net.connectionReset', printsHost: false, lang: 'python', render: () => "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))" },
  { name: 'requests remote disconnected', source: 'https://docs.python.org/3/library/http.client.html#http.client.RemoteDisconnected', id: 'net.connectionReset', printsHost: false, lang: 'python', render: () => "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))" },
  {
    name: 'requests proxy',
    source: `${URLLIB3}/connection.py#L1119`,
    id: 'net.proxy',
    printsHost: true,
    lang: 'python',
    render: (h) => `requests.exceptions.ProxyError: HTTPSConnectionPool(host='${h}', port=443): Max retries exceeded with url: /gettoken (Caused by ProxyError('Unable to connect to proxy', NewConnectionError('${pyConn}: Failed to establish a new connection: [Errno 111] Connection refused')))`,
  },
  { name: 'httpx connect timeout', source: `${HTTPX}#L140`, id: 'net.timeout', printsHost: false, lang: 'python', render: () => 'httpx.ConnectTimeout: timed out' },
  { name: 'httpx read timeout', source: `${HTTPX}#L146`, id: 'net.timeout', printsHost: false, lang: 'python', render: () => 'httpx.ReadTimeout: The read operation timed out' },
  { name: 'httpx connect error', source: `${HTTPX}#L187`, id: 'net.connectionRefused', printsHost: false, lang: 'python', render: () => 'httpx.ConnectError: [Errno 111] Connection refused' },
  { name: 'aiohttp connector', source: `${AIOHTTP}#L168`, id: 'net.connectionRefused', printsHost: true, lang: 'python', render: (h) => `aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host ${h}:443 ssl:default [Connection refused]` },
  { name: 'aiohttp disconnected', source: `${AIOHTTP}#L219-L226`, id: 'net.connectionReset', printsHost: false, lang: 'python', render: () => 'aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected' },
  { name: 'aiohttp server timeout', source: `${AIOHTTP}#L232`, id: 'net.timeout', printsHost: false, lang: 'python', render: () => 'aiohttp.client_exceptions.ServerTimeoutError: Timeout on reading data from socket' },
  { name: 'Python TimeoutError', source: 'https://docs.python.org/3/library/exceptions.html#TimeoutError', id: 'net.timeout', printsHost: false, lang: 'python', render: () => 'TimeoutError: [Errno 110] Connection timed out' },
  { name: 'Python socket.timeout', source: 'https://docs.python.org/3/library/socket.html#socket.timeout', id: 'net.timeout', printsHost: false, lang: 'python', render: () => 'socket.timeout: timed out' },
  // Java: the JDK, OkHttp, Apache HttpClient, Spring, Hutool.
  { name: 'JDK connect timed out', source: `${JDK}`, id: 'net.timeout', printsHost: false, lang: 'java', render: () => 'java.net.SocketTimeoutException: Connect timed out' },
  { name: 'JDK read timed out', source: `${JDK}`, id: 'net.timeout', printsHost: false, lang: 'java', render: () => 'java.net.SocketTimeoutException: Read timed out' },
  { name: 'JDK connection refused', source: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/ConnectException.html', id: 'net.connectionRefused', printsHost: false, lang: 'java', render: () => 'java.net.ConnectException: Connection refused' },
  { name: 'JDK connection reset', source: `${JDK}`, id: 'net.connectionReset', printsHost: false, lang: 'java', render: () => 'java.net.SocketException: Connection reset' },
  { name: 'OkHttp timeout', source: `${OKHTTP}/http2/Http2Stream.kt#L731`, id: 'net.timeout', printsHost: false, lang: 'java', render: () => 'java.net.SocketTimeoutException: timeout' },
  { name: 'OkHttp failed to connect', source: `${OKHTTP}/connection/ConnectPlan.kt#L279`, id: 'net.connectionRefused', printsHost: true, lang: 'java', render: (h) => `java.net.ConnectException: Failed to connect to ${h}/203.0.113.10:443` },
  { name: 'HttpClient 5 connect timeout', source: `${HC5}/ConnectExceptionSupport.java#L48-L51`, id: 'net.timeout', printsHost: true, lang: 'java', render: (h) => `org.apache.hc.client5.http.ConnectTimeoutException: Connect to https://${h}:443 [${h}/203.0.113.10] failed: Connect timed out` },
  { name: 'HttpClient 5 refused', source: `${HC5}/ConnectExceptionSupport.java#L59-L62`, id: 'net.connectionRefused', printsHost: true, lang: 'java', render: (h) => `org.apache.hc.client5.http.HttpHostConnectException: Connect to https://${h}:443 [${h}/203.0.113.10] failed: Connection refused` },
  { name: 'HttpClient 5 no response', source: `${HC5}/impl/classic/HttpRequestRetryExec.java#L165`, id: 'net.connectionReset', printsHost: true, lang: 'java', render: (h) => `org.apache.hc.core5.http.NoHttpResponseException: ${h}:443 failed to respond` },
  {
    name: 'Spring ResourceAccessException',
    source: `${GH}/spring-projects/spring-framework/blob/91eb42645e26a7ef9382b4a655bcefe5c8682fee/spring-web/src/main/java/org/springframework/web/client/RestTemplate.java#L782`,
    id: 'net.timeout',
    printsHost: true,
    lang: 'java',
    render: (h) => `org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://${h}/robot/send": Read timed out`,
  },
  {
    name: 'Hutool IORuntimeException',
    source: `${GH}/dromara/hutool/blob/2959e8351b805d1c667323d204334c028fe26589/hutool-core/src/main/java/cn/hutool/core/exceptions/ExceptionUtil.java#L30-L35`,
    id: 'net.timeout',
    printsHost: false,
    lang: 'java',
    render: () => 'cn.hutool.core.io.IORuntimeException: SocketTimeoutException: connect timed out',
  },
  // Go: net/http's url.Error, `Op "URL": cause`.
  { name: 'Go dial i/o timeout', source: 'https://pkg.go.dev/os#ErrDeadlineExceeded', id: 'net.timeout', printsHost: true, lang: 'go', render: (h) => `Post "https://${h}/robot/send?access_token=x": dial tcp 203.0.113.10:443: i/o timeout` },
  { name: 'Go client timeout', source: GO_CLIENT, id: 'net.timeout', printsHost: true, lang: 'go', render: (h) => `Post "https://${h}/topapi/message/corpconversation/asyncsend_v2": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` },
  { name: 'Go refused', source: GO_CLIENT, id: 'net.connectionRefused', printsHost: true, lang: 'go', render: (h) => `Get "https://${h}/gettoken?appkey=x": dial tcp 203.0.113.10:443: connect: connection refused` },
  { name: 'Go reset', source: GO_CLIENT, id: 'net.connectionReset', printsHost: true, lang: 'go', render: (h) => `Post "https://${h}/robot/send?access_token=x": read tcp 192.0.2.5:51234->203.0.113.10:443: read: connection reset by peer` },
  { name: 'Go EOF', source: GO_CLIENT, id: 'net.connectionReset', printsHost: true, lang: 'go', render: (h) => `Post "https://${h}/robot/send?access_token=x": EOF` },
  {
    name: 'Go proxyconnect',
    source: `${GH}/golang/go/blob/a925402b62c06d1cfe2b345cba0b11fa06b8401d/src/net/http/transport.go`,
    id: 'net.proxy',
    printsHost: true,
    lang: 'go',
    render: (h) => `Post "https://${h}/robot/send?access_token=x": proxyconnect tcp: dial tcp 192.0.2.1:3128: connect: connection refused`,
  },
  // .NET: HttpClient's timeout, SocketException's Winsock codes.
  {
    name: '.NET HttpClient.Timeout',
    source: `${GH}/dotnet/runtime/blob/2f6991f9d6d8f1c5552b5bf791406ffc4262d150/src/libraries/System.Net.Http/src/Resources/Strings.resx`,
    id: 'net.timeout',
    printsHost: false,
    lang: 'dotnet',
    render: () => 'System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
  },
  {
    name: '.NET 10060',
    source: WINSOCK,
    id: 'net.timeout',
    printsHost: true,
    lang: 'dotnet',
    render: (h) => `System.Net.Http.HttpRequestException: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. (${h}:443)\n ---> System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time`,
  },
  {
    name: '.NET 10061',
    source: WINSOCK,
    id: 'net.connectionRefused',
    printsHost: true,
    lang: 'dotnet',
    render: (h) => `System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it. (${h}:443)\n ---> System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.`,
  },
  {
    name: '.NET 10054',
    source: WINSOCK,
    id: 'net.connectionReset',
    printsHost: false,
    lang: 'dotnet',
    render: () => 'System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host..\n ---> System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.',
  },
]

/** Stack frames of a DingTalk SDK or program under each language's error (invented files and lines). */
export const DINGTALK_FRAMES: Readonly<Record<NetFailureForm['lang'], string>> = {
  curl: '+ curl -sS -X POST "https://oapi.dingtalk.com/robot/send?access_token=$TOKEN" -d @msg.json',
  php: '#0 /var/www/app/vendor/example/dingtalk-notify/src/DingTalkClient.php(88): GuzzleHttp\\Client->request()\n#1 {main}',
  node: '    at DingTalkNotifier.send (/srv/app/src/notify/dingtalk.js:42:11)\n    at async NotifyQueue.flush (/srv/app/src/notify/queue.js:17:5)',
  python: 'Traceback (most recent call last):\n  File "/srv/app/notify/dingtalk_bot.py", line 31, in send\n    resp = requests.post(url, json=payload, timeout=5)',
  java: '\tat com.example.notify.DingTalkSender.send(DingTalkSender.java:58)\n\tat com.example.job.AlertJob.run(AlertJob.java:21)',
  go: 'level=error ts=2026-11-02T03:04:05.678Z caller=dingtalk.go:97 msg="send to dingtalk failed"',
  dotnet: '   at Example.Notify.DingTalkClient.SendAsync(String text) in /src/Notify/DingTalkClient.cs:line 44',
}
