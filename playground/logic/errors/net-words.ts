/**
 * Network failures calling DingTalk (issue 21): the runtimes' words for a timeout, a refused or reset connection and
 * a proxy. Its own chunk, loaded by diagnose() only for a paste without DingTalk's code that names DingTalk and calls
 * no other service's address.
 */
import { STREAM_SDK } from './callback-errors'

/**
 * A runtime's words for a call that failed in the network, by cause (the net.* entries of callback-errors.ts), read
 * only when the paste names DingTalk and calls no other host; the first that matches decides. Each runtime's own words, at its source:
 * - curl's exit codes (https://curl.se/libcurl/c/libcurl-errors.html): (5) proxy not resolved, (7) could not
 *   connect, (28) timed out, (35) TLS handshake failed, (52) empty reply, (56) receive failed; PHP's Guzzle
 *   prints them as “cURL error N: …” (github.com/guzzle/guzzle/blob/2779e868a00289e1b1fd854af030c43a06f4bcb4/src/Handler/CurlFactory.php#L197-L205, then “for <url>”).
 *   Its messages: github.com/curl/curl/blob/5c61e168698a72b87437d58ed728bcdea6d5db42/lib/cf-ip-happy.c#L719
 *   (“Failed to connect to …”), lib/multi.c#L1856 (“Operation timed out after”), lib/http.c#L1711 (“Empty reply
 *   from server”), lib/cf-socket.c#L1675 (“Recv failure”), lib/cf-h1-proxy.c#L800 (“CONNECT tunnel failed, response 407”), lib/vdns/asyn-base.c#L270 (“Could not resolve proxy: …”).
 * - Node: its system errors (https://nodejs.org/api/errors.html#common-system-errors: ECONNREFUSED, ECONNRESET,
 *   EPIPE, ETIMEDOUT) and “socket hang up” (https://nodejs.org/api/http.html#httprequesturl-options-callback);
 *   undici's (fetch's cause) UND_ERR_CONNECT_TIMEOUT / UND_ERR_HEADERS_TIMEOUT / UND_ERR_SOCKET / UND_ERR_PRX_TLS
 *   (github.com/nodejs/undici/blob/06cb8f6c2ae0e23e6775395e2bef8f29f9951068/lib/core/errors.js); axios's
 *   “timeout of Nms exceeded”, code ECONNABORTED (github.com/axios/axios/blob/23a25af0688d1db2c396deb09229d2271cc24f6c/lib/adapters/http.js#L652-L659); a tunnel agent's
 *   “tunneling socket could not be established” (github.com/koichik/node-tunnel/blob/047bbd092fa1685dd39612db4dfc1e99c687fd5c/lib/tunnel.js).
 * - Python: urllib3's “Failed to establish a new connection”, “Connection to … timed out. (connect timeout=…)”
 *   (github.com/urllib3/urllib3/blob/6a8536b6e1b0cbe69ae801337c599951e527ae29/src/urllib3/connection.py#L219-L224), “Unable to
 *   connect to proxy” (connection.py#L1119; 1.x: “Cannot connect to proxy.”), “Read timed out.” (src/urllib3/connectionpool.py#L368),
 *   “Connection aborted.” (connectionpool.py#L839), all wrapped by requests (src/requests/adapters.py#L710-L711); requests' ProxyError, ConnectTimeout, ReadTimeout
 *   (github.com/psf/requests/blob/1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e/src/requests/exceptions.py#L74-L98); httpx's
 *   ConnectTimeout, ReadTimeout, ConnectError, ProxyError (github.com/encode/httpx/blob/ae1b9f66238f75ced3ced5e4485408435de10768/httpx/_exceptions.py#L140-L202);
 *   aiohttp's “Cannot connect to host”, ServerTimeoutError, “Server disconnected”, ClientProxyConnectionError
 *   (github.com/aio-libs/aiohttp/blob/495e778360d1924da63e16dba0f0d76baf56a56a/aiohttp/client_exceptions.py#L168-L236);
 *   the standard library's TimeoutError, socket.timeout, ConnectionResetError, RemoteDisconnected
 *   (https://docs.python.org/3/library/exceptions.html#os-exceptions, https://docs.python.org/3/library/http.client.html).
 * - Java: SocketTimeoutException (“connect timed out”, “Read timed out”), ConnectException, “Connection reset”
 *   (github.com/openjdk/jdk/blob/7610862256f900cd2091c47cd5ba05eeb337cc12/src/java.base/share/classes/sun/nio/ch/NioSocketImpl.java;
 *   JDK 12 and older: “connect timed out”); OkHttp's
 *   “timeout” and “Failed to connect to” (github.com/square/okhttp/blob/1682d9bac8c03dffde2969b0b74d47649d0dbb52/okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectPlan.kt#L279);
 *   Apache HttpClient's ConnectTimeoutException / HttpHostConnectException “Connect to … failed: …” and “failed to
 *   respond” (github.com/apache/httpcomponents-client/blob/86c313b2876a8796ab696a2aab546ba4fe6ac227/httpclient5/src/main/java/org/apache/hc/client5/http/ConnectExceptionSupport.java#L48-L62);
 *   Spring's ResourceAccessException “I/O error on POST request for "…": <cause>”
 *   (github.com/spring-projects/spring-framework/blob/91eb42645e26a7ef9382b4a655bcefe5c8682fee/spring-web/src/main/java/org/springframework/web/client/RestTemplate.java#L782);
 *   Hutool's IORuntimeException prints the cause's class and words (github.com/dromara/hutool/blob/2959e8351b805d1c667323d204334c028fe26589/hutool-core/src/main/java/cn/hutool/core/exceptions/ExceptionUtil.java#L30-L35).
 * - Go: a deadline's “i/o timeout” (https://pkg.go.dev/os#ErrDeadlineExceeded), the errno strings “connection refused” /
 *   “connection reset by peer”, net/http's url.Error `Post "<url>": <cause>` with “(Client.Timeout exceeded while
 *   awaiting headers)” (github.com/golang/go/blob/8ea706e831644a89178ad3a8ebccaf49b37e8e6c/src/net/http/client.go), `: EOF`, a proxy's
 *   dial as `proxyconnect tcp: …` (github.com/golang/go/blob/a925402b62c06d1cfe2b345cba0b11fa06b8401d/src/net/http/transport.go).
 * - .NET: “The request was canceled due to the configured HttpClient.Timeout of N seconds elapsing.”
 *   (github.com/dotnet/runtime/blob/2f6991f9d6d8f1c5552b5bf791406ffc4262d150/src/libraries/System.Net.Http/src/Resources/Strings.resx,
 *   net_http_request_timedout), SocketException 10060 / 10061 / 10054
 *   (https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2).
 */
const NET_CAUSES: readonly (readonly [id: string, words: RegExp])[] = [
  ['net.proxy', /Proxy Authentication Required|(?:response|code|status) 407\b|ProxyError|(?:connect|connection) to proxy|resolve proxy|CONNECT tunnel failed|tunneling socket|proxyconnect|UND_ERR_PRX|(?:curl: \(|cURL error )5\b/i],
  // Case-sensitive: a setting (connectTimeout=3000, setReadTimeout) is not a failure.
  ['net.timeout', /ETIMEDOUT|ECONNABORTED|[Tt]imed [Oo]ut|i\/o timeout|deadline exceeded|Timeout (?:was reached|exceeded|Error)|timeout of \d{1,9} ?ms exceeded|(?<![a-z])(?:Connect(?:ion)?|Read|Write|Server|Socket|Pool)Timeout|socket\.timeout|TimeoutError|HttpClient\.Timeout|did not properly respond|handshake timeout|UND_ERR_\w{0,8}TIMEOUT|(?:\(|WinError )10060\b|(?:curl: \(|cURL error )28\b/],
  ['net.connectionRefused', /ECONNREFUSED|Connection refused|actively refused|(?:\(|WinError )10061\b|ConnectException|Couldn'?t connect to server|ConnectError|Cannot connect to host|Failed to establish a new connection|Failed to connect to|No route to host|\bEHOSTUNREACH|ENETUNREACH|network is unreachable|(?:curl: \(|cURL error )7\b/i],
  ['net.connectionReset', /ECONNRESET|Connection reset|socket hang up|\bEPIPE|Broken pipe|forcibly closed|(?:\(|WinError )10054\b|Empty reply from server|Recv failure|Remote end closed|RemoteDisconnected|Server disconnected|Connection aborted|UND_ERR_SOCKET|SSL_ERROR_SYSCALL|unexpected EOF|failed to respond|NoHttpResponse|": EOF\b|(?:curl: \(|cURL error )(?:35|52|56)\b/i],
]

/**
 * The host a failed call names (urllib3's host='…', curl's and Java's “connect to <host>”, aiohttp's “connect to
 * host <host>”, Spring's request for "<url>", Guzzle's “for <url>”, any <host>:443 as .NET and curl print it): one that is not DingTalk's means the call went elsewhere (an LLM, the
 * app's own backend), whatever DingTalk words surround it. An IP address says nothing (DingTalk's, or a proxy's).
 */
const NET_HOST =
  /(?:host='|connect(?:ion)? to (?:host )?(?:https?:\/\/)?|(?:request for "|\bfor )https?:\/\/)([\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|localhost)|(?<![\w.-])([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})(?=:(?:443|80)\b)/gi

/**
 * The entry a network failure in the text stands for, or null: none when the failed call names another host (a
 * DingTalk bot's call to its LLM fails in the same words); in a Stream SDK's words (or after a channel's “Connection
 * attempt N failed”, its Stream connection) the failure is that connection's, as NET_FAILURE reads it, but a proxy
 * stays a cause of its own. Linear: each rule one scan, NET_HOST's hosts bounded.
 */
export function netCause(text: string): string | null {
  for (const m of text.matchAll(NET_HOST)) {
    const host = m[1] ?? m[2] ?? ''
    if (/[a-z]/i.test(host) && !/(?:^|\.)dingtalk\.com$/i.test(host)) return null
  }
  const id = NET_CAUSES.find(([, words]) => words.test(text))?.[0] ?? null
  return id && id !== 'net.proxy' && (STREAM_SDK.test(text) || /\bconnection attempt \d/i.test(text)) ? 'stream.connectionLost' : id
}
