/**
 * How HTTP clients print a bare status (issue 21): when DingTalk answers with only an HTTP status (no
 * errcode), what people paste is the line their HTTP client wrote. Each form copies the client's own
 * format string (its `source`: the file, at a fixed commit, and the line where the file was read whole);
 * the addresses are DingTalk's API hosts with INVENTED paths and values (no real tokens or ids). A form
 * must give the same diagnosis as the plain `HTTP <status> <url>` (http-client-forms.test.ts).
 */

const GH = 'https://github.com'

/** The standard reason phrases (RFC 9110) the clients print beside the status. */
export const REASON: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  414: 'URI Too Long',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export interface HttpClientForm {
  name: string
  /** The client's format string: a GitHub file URL with commit (and line). */
  source: string
  /** Whether the client's own words hold the address called; where not, the test puts the address on the line before. */
  printsUrl: boolean
  render: (status: number, url: string) => string
}

const reason = (s: number): string => REASON[s] ?? ''
const client = (s: number): boolean => s < 500
/** Spring's exception classes by status (HttpClientErrorException.Forbidden …), as their toString prints them. */
const springClass = (s: number): string => {
  const name = reason(s).replace(/[^A-Za-z]/g, '')
  const known = [400, 401, 403, 404, 405, 500, 502, 503, 504].includes(s)
  return `${client(s) ? 'HttpClientErrorException' : 'HttpServerErrorException'}${known ? `$${name}` : ''}`
}
const noQuery = (url: string): string => url.split('?')[0]!

export const HTTP_CLIENT_FORMS: readonly HttpClientForm[] = [
  {
    name: 'axios (Node / browser)',
    source: `${GH}/axios/axios/blob/23a25af0688d1db2c396deb09229d2271cc24f6c/lib/core/settle.js#L20`,
    printsUrl: false,
    render: (s) => `AxiosError: Request failed with status code ${s}\n    at settle (/srv/app/node_modules/axios/lib/core/settle.js:19:12)`,
  },
  {
    // util.inspect of the AxiosError (the error object logged whole): axios's own code for a failed status, then the config.
    name: 'axios error inspected (code ERR_BAD_REQUEST / ERR_BAD_RESPONSE)',
    source: `${GH}/axios/axios/blob/23a25af0688d1db2c396deb09229d2271cc24f6c/lib/core/settle.js#L19-L21`,
    printsUrl: true,
    render: (s, u) =>
      `AxiosError: Request failed with status code ${s}\n    at settle (/srv/app/node_modules/axios/lib/core/settle.js:19:12) {\n  code: '${client(s) ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE'}',\n  config: {\n    method: 'post',\n    url: '${u}'\n  },\n  status: ${s}\n}`,
  },
  {
    // The same for an axios instance made with the host as baseURL: the config holds the host and the path apart.
    name: 'axios error inspected, baseURL and url apart',
    source: `${GH}/axios/axios/blob/23a25af0688d1db2c396deb09229d2271cc24f6c/lib/core/settle.js#L19-L21`,
    printsUrl: true,
    render: (s, u) => {
      const [, origin, path] = /^(https:\/\/[^/]+)(\/.*)$/.exec(u)!
      return `AxiosError: Request failed with status code ${s}\n    at settle (/srv/app/node_modules/axios/lib/core/settle.js:19:12) {\n  code: '${client(s) ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE'}',\n  config: {\n    headers: Object [AxiosHeaders] { Accept: 'application/json, text/plain, */*', 'Content-Type': 'application/json' },\n    baseURL: '${origin}',\n    method: 'post',\n    url: '${path}',\n    data: '{"robotCode":"dingabc123","msgKey":"sampleText"}'\n  },\n  status: ${s}\n}`
    },
  },
  {
    name: 'axios error toJSON',
    source: `${GH}/axios/axios/blob/23a25af0688d1db2c396deb09229d2271cc24f6c/lib/core/AxiosError.js#L37-L54`,
    printsUrl: true,
    render: (s, u) =>
      JSON.stringify({ message: `Request failed with status code ${s}`, name: 'AxiosError', config: { baseURL: u.slice(0, u.indexOf('/', 8)), method: 'post', url: u.slice(u.indexOf('/', 8)) }, code: client(s) ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE', status: s }),
  },
  {
    name: 'got (Node)',
    source: `${GH}/sindresorhus/got/blob/d00d845a0b435365ec73ea5a1fca6e17ee677184/source/core/errors.ts#L103`,
    printsUrl: true,
    render: (s, u) => `HTTPError: Request failed with status code ${s} (${reason(s)}): POST ${u}`,
  },
  {
    name: 'ky (fetch)',
    source: `${GH}/sindresorhus/ky/blob/3419113b48e034fdcf8fa6bd3be3da7b3d0d758f/source/errors/HTTPError.ts#L28`,
    printsUrl: true,
    render: (s, u) => `HTTPError: Request failed with status code ${s} ${reason(s)}: POST ${u}`,
  },
  {
    name: 'Python requests raise_for_status',
    source: `${GH}/psf/requests/blob/1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e/src/requests/models.py#L1162`,
    printsUrl: true,
    render: (s, u) => `requests.exceptions.HTTPError: ${s} ${client(s) ? 'Client' : 'Server'} Error: ${reason(s)} for url: ${u}`,
  },
  {
    // print(resp) of a Response, next to the address the script called.
    name: 'Python requests Response repr',
    source: `${GH}/psf/requests/blob/1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e/src/requests/models.py#L835`,
    printsUrl: false,
    render: (s) => `<Response [${s}]>`,
  },
  {
    name: 'Python urllib HTTPError',
    source: `${GH}/python/cpython/blob/7623c39b9c6ceda0bc08bdcb871a9ad55cc09f5d/Lib/urllib/error.py#L50`,
    printsUrl: false,
    render: (s) => `urllib.error.HTTPError: HTTP Error ${s}: ${reason(s)}`,
  },
  {
    name: 'Python httpx raise_for_status',
    source: `${GH}/encode/httpx/blob/ae1b9f66238f75ced3ced5e4485408435de10768/httpx/_models.py#L816`,
    printsUrl: true,
    render: (s, u) =>
      `httpx.HTTPStatusError: ${client(s) ? 'Client' : 'Server'} error '${s} ${reason(s)}' for url '${u}'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/${s}`,
  },
  {
    name: 'Python aiohttp ClientResponseError',
    source: `${GH}/aio-libs/aiohttp/blob/495e778360d1924da63e16dba0f0d76baf56a56a/aiohttp/client_exceptions.py#L90`,
    printsUrl: true,
    render: (s, u) => `aiohttp.client_exceptions.ClientResponseError: ${s}, message='${reason(s)}', url='${u}'`,
  },
  {
    name: 'Spring WebClient',
    source: `${GH}/spring-projects/spring-framework/blob/91eb42645e26a7ef9382b4a655bcefe5c8682fee/spring-webflux/src/main/java/org/springframework/web/reactive/function/client/WebClientResponseException.java#L99`,
    printsUrl: true,
    render: (s, u) => `org.springframework.web.reactive.function.client.WebClientResponseException: ${s} ${reason(s)} from POST ${u}`,
  },
  {
    name: 'Spring RestTemplate / RestClient',
    source: `${GH}/spring-projects/spring-framework/blob/91eb42645e26a7ef9382b4a655bcefe5c8682fee/spring-web/src/main/java/org/springframework/web/client/DefaultResponseErrorHandler.java#L195`,
    printsUrl: true,
    render: (s, u) => `org.springframework.web.client.${springClass(s)}: ${s} ${reason(s)} on POST request for "${noQuery(u)}": [no body]`,
  },
  {
    // The same without the method and address (Spring before 6.1), over HTTP/2 where no reason phrase is sent.
    name: 'Spring RestTemplate, HTTP/2 (no reason phrase)',
    source: `${GH}/spring-projects/spring-framework/blob/91eb42645e26a7ef9382b4a655bcefe5c8682fee/spring-web/src/main/java/org/springframework/web/client/DefaultResponseErrorHandler.java#L195`,
    printsUrl: false,
    render: (s) => `org.springframework.web.client.${springClass(s)}: ${s} : [no body]`,
  },
  {
    name: 'OpenFeign FeignException',
    source: `${GH}/OpenFeign/feign/blob/4b7c1eb51c0055dccd4b88d4f6b5fe75082c959d/core/src/main/java/feign/FeignException.java#L493-L500`,
    printsUrl: true,
    render: (s, u) => `feign.FeignException$${reason(s).replace(/[^A-Za-z]/g, '')}: [${s} ${reason(s)}] during [POST] to [${u}] [DingTalkClient#send(SendRequest)]: []`,
  },
  {
    // Over HTTP/2 (OkHttp as Feign's client) the response has no reason phrase.
    name: 'OpenFeign FeignException, HTTP/2 (no reason phrase)',
    source: `${GH}/OpenFeign/feign/blob/4b7c1eb51c0055dccd4b88d4f6b5fe75082c959d/core/src/main/java/feign/FeignException.java#L493-L500`,
    printsUrl: true,
    render: (s, u) => `feign.FeignException: [${s}] during [POST] to [${u}] [DingTalkClient#send(SendRequest)]: []`,
  },
  {
    name: 'Retrofit HttpException',
    source: `${GH}/square/retrofit/blob/0b118105fe8436791436b8bc9c95b9aa2cfd3bdd/retrofit/src/main/java/retrofit2/HttpException.java#L25`,
    printsUrl: false,
    render: (s) => `retrofit2.HttpException: HTTP ${s} ${reason(s)}`,
  },
  {
    name: 'OkHttp Response.toString (HTTP/2)',
    source: `${GH}/square/okhttp/blob/1682d9bac8c03dffde2969b0b74d47649d0dbb52/okhttp/src/commonJvmAndroid/kotlin/okhttp3/Response.kt#L351`,
    printsUrl: true,
    render: (s, u) => `Response{protocol=h2, code=${s}, message=, url=${u}}`,
  },
  {
    name: 'Java HttpURLConnection',
    source: `${GH}/openjdk/jdk/blob/3e85467bc6f60897aff6eec33e896197f6cfa4a6/src/java.base/share/classes/sun/net/www/protocol/http/HttpURLConnection.java`,
    printsUrl: true,
    render: (s, u) => `java.io.IOException: Server returned HTTP response code: ${s} for URL: ${u}\n\tat sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1997)`,
  },
  {
    name: 'PHP Guzzle',
    source: `${GH}/guzzle/guzzle/blob/2779e868a00289e1b1fd854af030c43a06f4bcb4/src/Exception/RequestException.php#L99`,
    printsUrl: true,
    render: (s, u) =>
      `GuzzleHttp\\Exception\\${client(s) ? 'ClientException' : 'ServerException'}: ${client(s) ? 'Client' : 'Server'} error: \`POST ${u}\` resulted in a \`${s} ${reason(s)}\` response`,
  },
  {
    // net_http_message_not_success_statuscode_reason: "Response status code does not indicate success: {0} ({1})."
    name: '.NET HttpClient EnsureSuccessStatusCode',
    source: `${GH}/dotnet/runtime/blob/2f6991f9d6d8f1c5552b5bf791406ffc4262d150/src/libraries/System.Net.Http/src/Resources/Strings.resx`,
    printsUrl: false,
    render: (s) => `System.Net.Http.HttpRequestException: Response status code does not indicate success: ${s} (${reason(s)}).`,
  },
  {
    // A trimmed (AOT) build prints the resource's name and its arguments instead of the sentence.
    name: '.NET HttpClient, resource strings trimmed',
    source: `${GH}/dotnet/runtime/blob/2f6991f9d6d8f1c5552b5bf791406ffc4262d150/src/libraries/System.Net.Http/src/Resources/Strings.resx`,
    printsUrl: false,
    render: (s) => `System.Net.Http.HttpRequestException: net_http_message_not_success_statuscode_reason, ${s}, ${reason(s)}`,
  },
  {
    name: 'Rust reqwest error_for_status',
    source: `${GH}/seanmonstar/reqwest/blob/065a5ae5209d27d4f4e3c4409725672c49a8aa39/src/error.rs#L277-L296`,
    printsUrl: true,
    render: (s, u) => `Error: HTTP status ${client(s) ? 'client' : 'server'} error (${s} ${reason(s)}) for url (${u})`,
  },
  {
    name: 'curl --fail',
    source: `${GH}/curl/curl/blob/5c61e168698a72b87437d58ed728bcdea6d5db42/lib/http.c#L634`,
    printsUrl: false,
    render: (s) => `curl: (22) The requested URL returned error: ${s}`,
  },
  {
    name: 'Ruby Net::HTTP error!',
    source: `${GH}/ruby/net-http/blob/69f6f6dedd5648290e224956c6b3f57ab516f537/lib/net/http/response.rb#L284`,
    printsUrl: false,
    render: (s) => `${client(s) ? 'Net::HTTPClientException' : 'Net::HTTPFatalError'}: ${s} "${reason(s)}"`,
  },
  {
    name: 'Ruby Faraday raise_error',
    source: `${GH}/lostisland/faraday/blob/59334e0e9b1918bd26b143f4a7bbc8c765de3ac4/lib/faraday/error.rb#L116`,
    printsUrl: true,
    render: (s, u) => `Faraday::${client(s) ? 'ClientError' : 'ServerError'}: the server responded with status ${s} for POST ${u}`,
  },
]

/** The addresses a bare status comes from (DingTalk's hosts; the paths are those the entries tell apart, values INVENTED). */
export const ADDRESSES: readonly string[] = [
  'https://api.dingtalk.com/v1.0/contact/users/search',
  'https://api.dingtalk.com/v1.0/robot/oToMessages/batchSend',
  'https://api.dingtalk.com/v1.0/gateway/connections/open',
  'https://oapi.dingtalk.com/topapi/v2/user/get?access_token=0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e',
  'https://oapi.dingtalk.com/robot/send?access_token=ffffeeeeddddccccbbbbaaaa99998888',
]

/**
 * People's own log lines around a status (INVENTED, no client's format: how code that checks the status
 * itself tends to write it, in the keys the languages use).
 */
export const LOG_LINES: readonly ((status: number, url: string) => string)[] = [
  (s, u) => `WARNING dingtalk: resp.status_code=${s} url=${u}`,
  (s, u) => `{"statusCode":${s},"url":"${u}","body":""}`,
  (s, u) => `请求钉钉接口失败，状态码：${s}，url: ${u}`,
  (s, u) => `[http] POST ${u} http code ${s}`,
  (s, u) => `httpCode=${s} method=POST path=${u}`,
]
