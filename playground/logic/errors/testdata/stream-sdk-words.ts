/**
 * Every error and warning line, and every exception, that the four official Stream SDKs print or raise about
 * the connection, the gateway, the messages they deliver and their own configuration (issue 21, Stream mode),
 * read in each SDK's source at one commit (below); no .NET or PHP Stream SDK of open-dingtalk was found (the PHP and
 * Rust ones public are third parties'). Lines already in testdata/stream-sdk-forms.ts (keepalive, disconnect, ping
 * timeout, establish connection failed, reconnect error, endpoint) are not repeated. Each row: the
 * SDK's words as its source writes them, the line that prints them, the entry it must give, or `null` with why
 * none. The pastes are INVENTED values put through each SDK's logger format: Python logging as log.py sets it up,
 * Java's logback line as Spring Boot prints it, Node's console, the Go SDK's std logger; `inTrace` is the same
 * line in a longer paste (the exception and stack the logger prints after it, the lines around it).
 *
 * Rows whose failure is an HTTP answer of DingTalk (the gateway's connections/open, a token, a robot reply, a card
 * update) are read by the body's code: testdata/stream-sdk-forms.ts renders those with each body.
 */
import type { Sdk } from './stream-sdk-forms'

const PY = 'https://github.com/open-dingtalk/dingtalk-stream-sdk-python/blob/8d8bb1c630848fee1ae8c7bdd11bc1b78097b611/dingtalk_stream'
const NODE = 'https://github.com/open-dingtalk/dingtalk-stream-sdk-nodejs/blob/d9d346b3ef64ee3806c160969ba4742b9e19be5c/src/client.ts'
const JAVA = 'https://github.com/open-dingtalk/dingtalk-stream-sdk-java/blob/4ccaa3d72ea8328375463046391f97509e0b1e48'
const JAVA_WS = `${JAVA}/app-stream-network/app-stream-network-ws/src/main/java/com/dingtalk/open/app/stream/network/ws`
const JAVA_API = `${JAVA}/app-stream-api/src/main/java/com/dingtalk/open/app/api`
const GO = 'https://github.com/open-dingtalk/dingtalk-stream-sdk-go/blob/d8d6e1f19d68b231c1514fdac973d866a2882b93'

export interface StreamSdkWord {
  sdk: Sdk
  /** The SDK's words as its source writes them (format placeholders kept). */
  words: string
  /** The source line that prints or raises them (GitHub, at a commit). */
  source: string
  /** The line as the SDK's logger prints it, invented values. */
  line: string
  /** The same line in a longer paste: the exception and stack printed after it, or the lines around it. */
  inTrace: string
  /** The entry it must give, or null: no entry (then `why`). */
  id: string | null
  why: string
}

// ---- Python: log.py's `%(asctime)s %(name)-8s %(levelname)-8s %(message)s [%(filename)s:%(lineno)d]` ----
const py = (level: string, message: string, file: string, line: number, name = 'dingtalk_stream.client') =>
  `2026-12-03 10:15:42,123 ${name} ${level.padEnd(8)} ${message} [${file}:${line}]`
const pyInfo = py('INFO', 'connecting to endpoint wss://wss-open-connection.dingtalk.com:443/connect', 'stream.py', 107)
/** logger.exception(): the line, then the traceback of what was raised. */
const pyTrace = (line: string, frames: string, last: string) => `${pyInfo}\n${line}\nTraceback (most recent call last):\n${frames}${last}`
const pyFrame = (file: string, line: number, fn: string, code: string) => `  File "/srv/bot/.venv/lib/python3.12/site-packages/dingtalk_stream/${file}", line ${line}, in ${fn}\n    ${code}\n`
const appFrame = (line: number, fn: string, code: string) => `  File "/srv/bot/bot.py", line ${line}, in ${fn}\n    ${code}\n`

// ---- Java: Spring Boot's logback line, then the exception and its `\tat` frames ----
const java = (level: string, logger: string, message: string) => `2026-12-03T10:15:42.123+08:00 ${level.padStart(5)} 4711 --- [  DingTalk-1-1] ${logger.padEnd(40)} : ${message}`
const at = (frame: string) => `\n\tat ${frame}`
const javaTrace = (line: string, exception: string, ...frames: string[]) => `${line}\n\n${exception}${frames.map(at).join('')}${at('java.base/java.lang.Thread.run(Thread.java:1583)')}`

// ---- Node: its console's error and info lines, printDebug's `[ISO time] msg` ----
const nodeDebug = (message: string) => `[2026-12-03T02:15:42.123Z] ${message}`

// ---- Go: the SDK's std logger `<time.Now()> [LEVEL] msg`; an error returned by Start() that the program panics on ----
const go = (level: string, message: string) => `2026-12-03 10:15:42.123456789 +0800 CST m=+12.345678901 [${level}] ${message}`
const goPanic = (err: string) => `panic: ${err}\n\ngoroutine 1 [running]:\nmain.main()\n\t/srv/bot/main.go:96 +0x2c5\nexit status 2`
const goAround = (line: string) => `${go('INFO', 'connect success, sessionId=[7f3a2c1d-0000-4000-8000-00000000d001]')}\n${line}`

export const STREAM_SDK_WORDS: readonly StreamSdkWord[] = [
  // ======================= Python (dingtalk_stream) =======================
  {
    sdk: 'python',
    words: 'open connection failed',
    source: `${PY}/stream.py#L102`,
    line: py('ERROR', 'open connection failed', 'stream.py', 102),
    inTrace: `${py('INFO', 'open connection, url=https://api.dingtalk.com/v1.0/gateway/connections/open', 'stream.py', 358)}\n${py('ERROR', 'open connection failed', 'stream.py', 102)}\n${py('ERROR', 'open connection failed', 'stream.py', 102)}`,
    id: null,
    why: 'start()’s bare line: the gateway gave no connection; why is on the line before (`open connection failed, error=…, response.text=…`), whose code or network words decide (a code DingTalk answered, such as systemError, must not yield to this line: real-answers-6, AstrBot#1628); alone it names no cause',
  },
  {
    sdk: 'python',
    words: '[start] network exception, error=%s',
    source: `${PY}/stream.py#L146`,
    line: py('ERROR', '[start] network exception, error=received 1002 (protocol error); then sent 1002 (protocol error)', 'stream.py', 146),
    inTrace: `${pyInfo}\n${py('ERROR', '[start] network exception, error=received 1001 (going away); then sent 1001 (going away)', 'stream.py', 146)}\n${pyInfo}`,
    id: 'stream.connectionLost',
    why: 'logged only for websockets’ ConnectionClosedError: the WebSocket closed abnormally, whatever the close code',
  },
  {
    sdk: 'python',
    words: "unknown exception + AttributeError: module 'websockets' has no attribute 'exceptions'",
    source: `${PY}/stream.py#L152`,
    line: "AttributeError: module 'websockets' has no attribute 'exceptions'",
    inTrace: pyTrace(
      py('ERROR', 'unknown exception', 'stream.py', 152),
      pyFrame('stream.py', 97, 'start', 'connection = await loop.run_in_executor(None, self.open_connection)') +
        'KeyError: \'endpoint\'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n' +
        pyFrame('stream.py', 144, 'start', 'except websockets.exceptions.ConnectionClosedError as e:') +
        '  File "/srv/bot/.venv/lib/python3.12/site-packages/websockets/imports.py", line 93, in __getattr__\n    raise AttributeError(f"module {package!r} has no attribute {name!r}")\n',
      "AttributeError: module 'websockets' has no attribute 'exceptions'",
    ),
    id: 'stream.websocketsVersion',
    why: 'websockets loads its submodules on first use (imports.py __getattr__); the SDK’s except clause names websockets.exceptions, so the installed websockets and the SDK do not work together (the threads: #65 fixed by pinning the SDK, #25 with websockets 11.0.2)',
  },
  {
    sdk: 'python',
    words: 'error processing message (logger.exception around the app’s handler)',
    source: `${PY}/stream.py#L246`,
    line: py('ERROR', 'error processing message', 'stream.py', 246),
    inTrace: pyTrace(
      py('ERROR', 'error processing message', 'stream.py', 246),
      pyFrame('stream.py', 241, 'background_task', 'await self._background_task(json_message, target_websocket)') +
        appFrame(31, 'process', "text = incoming.text.content.strip()"),
      "AttributeError: 'NoneType' object has no attribute 'content'",
    ),
    id: 'stream.handlerFailed',
    why: 'the message arrived; the app’s own handler raised (the traceback says where)',
  },
  {
    sdk: 'python',
    words: 'unknown callback message topic, topic=%s, message=%s',
    source: `${PY}/stream.py#L324`,
    line: py('WARNING', "unknown callback message topic, topic=/v1.0/card/instances/callback, message={'specVersion': '1.0', 'type': 'CALLBACK', 'headers': {'topic': '/v1.0/card/instances/callback', 'messageId': 'msg-0101'}, 'data': '{}'}", 'stream.py', 324),
    inTrace: `${pyInfo}\n${py('WARNING', "unknown callback message topic, topic=/v1.0/im/bot/messages/get, message={'type': 'CALLBACK', 'headers': {'topic': '/v1.0/im/bot/messages/get'}}", 'stream.py', 324)}\n${pyInfo}`,
    id: 'stream.noHandler',
    why: 'a callback came for a topic the program registered no handler for; the SDK drops it',
  },
  {
    sdk: 'python',
    words: 'invalid message, content=%r / unknown message, content=%s',
    source: `${PY}/stream.py#L125`,
    line: py('WARNING', "invalid message, content=b'\\x00\\x01'", 'stream.py', 125),
    inTrace: `${pyInfo}\n${py('WARNING', "unknown message, content={'type': 'PING2'}", 'stream.py', 327)}`,
    id: null,
    why: 'a frame the SDK cannot read: nothing for the admin to change (未确认 when it happens)',
  },
  {
    sdk: 'python',
    words: "RuntimeError('DingTalk stream client is already running')",
    source: `${PY}/stream.py#L88`,
    line: 'RuntimeError: DingTalk stream client is already running',
    inTrace: `Traceback (most recent call last):\n${appFrame(58, 'main', 'await client.start()')}${pyFrame('stream.py', 88, 'start', "raise RuntimeError('DingTalk stream client is already running')")}RuntimeError: DingTalk stream client is already running`,
    id: null,
    why: 'the program called start() twice: its own code, not DingTalk’s answer',
  },
  {
    sdk: 'python',
    words: '%d background task(s) ignored cancellation; they remain counted against the global task limit',
    source: `${PY}/stream.py#L203`,
    line: py('WARNING', '2 background task(s) ignored cancellation; they remain counted against the global task limit', 'stream.py', 203),
    inTrace: `${pyInfo}\n${py('WARNING', '1 background task(s) ignored cancellation; they remain counted against the global task limit', 'stream.py', 203)}`,
    id: null,
    why: 'the app’s handlers ignore cancellation on reconnect: a note about its code, no failure',
  },
  {
    sdk: 'python',
    words: '… failed, cannot get dingtalk access token (chatbot / card helpers)',
    source: `${PY}/chatbot.py#L535`,
    line: py('ERROR', 'send_off_duty_prompt failed, cannot get dingtalk access token', 'chatbot.py', 535, 'dingtalk_stream.chatbot'),
    inTrace: `${py('ERROR', 'CardResponder.send_card failed, cannot get dingtalk access token', 'card_replier.py', 86, 'dingtalk_stream.card_replier')}\n${pyInfo}`,
    id: null,
    why: 'the token call failed on an earlier line (get dingtalk access token failed, error=…, response.text=…), whose body names the cause; this line alone does not',
  },
  {
    sdk: 'python',
    words: 'AIMarkdownCardInstance.ai_streaming failed, you should send card first.',
    source: `${PY}/card_instance.py#L237`,
    line: py('ERROR', 'AIMarkdownCardInstance.ai_streaming failed, you should send card first.', 'card_instance.py', 237, 'dingtalk_stream.card_instance'),
    inTrace: `${pyInfo}\n${py('ERROR', 'MarkdownCardInstance.update failed, you should send card first.', 'card_instance.py', 69, 'dingtalk_stream.card_instance')}`,
    id: null,
    why: 'the program updated a card it never sent: its own order of calls',
  },

  // ======================= Node (dingtalk-stream) =======================
  {
    sdk: 'node',
    words: "the console's error line 'clientId or clientSecret is null', then the Error",
    source: `${NODE}#L101`,
    line: 'clientId or clientSecret is null',
    inTrace: 'clientId or clientSecret is null\n/srv/bot/node_modules/dingtalk-stream/dist/index.cjs:88\n      throw new Error(\'clientId or clientSecret is null\');\n      ^\n\nError: clientId or clientSecret is null\n    at new DWClient (/srv/bot/node_modules/dingtalk-stream/dist/index.cjs:88:13)\n    at Object.<anonymous> (/srv/bot/index.js:9:16)',
    id: 'app.invalidClientIdOrSecret',
    why: 'the program passed an empty Client ID or Client Secret (an environment variable not set): the entry for a Client ID / Secret that is wrong or empty',
  },
  {
    sdk: 'node',
    words: "Error('getAccessToken: get access_token failed')",
    source: `${NODE}#L164`,
    line: 'Error: getAccessToken: get access_token failed',
    inTrace: 'Error: getAccessToken: get access_token failed\n    at DWClient.getAccessToken (/srv/bot/node_modules/dingtalk-stream/dist/index.cjs:140:13)\n    at async replyMarkdown (/srv/bot/index.js:31:17)',
    id: null,
    why: 'oapi gettoken answered 200 without access_token; its errcode (40089, 60020…) is not printed, so the cause cannot be read from this line',
  },
  {
    sdk: 'node',
    words: "the console's error line 'TERMINATE SOCKET: Ping Pong does not transfer heartbeat within heartbeat intervall'",
    source: `${NODE}#L258`,
    line: 'TERMINATE SOCKET: Ping Pong does not transfer heartbeat within heartbeat intervall',
    inTrace: `${nodeDebug('CLIENT-SIDE HEARTBEAT')}\nTERMINATE SOCKET: Ping Pong does not transfer heartbeat within heartbeat intervall\n${nodeDebug('Socket closed')}\n${nodeDebug('Reconnecting in 1.2 seconds... (attempt 1)')}`,
    id: 'stream.connectionLost',
    why: 'the keepalive got no pong: the connection is dead',
  },
  {
    sdk: 'node',
    words: "Error('endpoint or ticket is null') / Error('build: get endpoint failed')",
    source: `${NODE}#L193`,
    line: 'Error: endpoint or ticket is null',
    inTrace: `${nodeDebug('get connect endpoint by config')}\n${nodeDebug('endpoint or ticket is null')}\n${nodeDebug('Connect failed: endpoint or ticket is null')}\n${nodeDebug('Reconnecting in 2.4 seconds... (attempt 1)')}`,
    id: 'stream.connectionLost',
    why: 'the gateway’s answer had no endpoint or ticket: no connection',
  },
  {
    sdk: 'node',
    words: "Error('send: messageId must be defined') / registerCallbackListener: eventId and callback must be defined",
    source: `${NODE}#L424`,
    line: 'send: messageId must be defined',
    inTrace: 'send: messageId must be defined\nError: send: messageId must be defined\n    at DWClient.send (/srv/bot/node_modules/dingtalk-stream/dist/index.cjs:390:13)\n    at /srv/bot/index.js:44:12',
    id: null,
    why: 'the program called the SDK without a required argument: its own code',
  },

  // ======================= Java (dingtalk-stream) =======================
  {
    sdk: 'java',
    words: '[DingTalk] connection establish error, please check connectionId={}',
    source: `${JAVA_WS}/NettyClientHandler.java#L52`,
    line: java('ERROR', 'c.d.o.a.s.n.ws.NettyClientHandler', '[DingTalk] connection establish error, please check connectionId=7f3a2c1d-0000-4000-8000-00000000c101'),
    inTrace: javaTrace(
      java('ERROR', 'c.d.o.a.s.n.ws.NettyClientHandler', '[DingTalk] connection establish error, please check connectionId=7f3a2c1d-0000-4000-8000-00000000c101'),
      'shade.io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException: Invalid handshake response getStatus: 403 Forbidden',
      'shade.io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker13.verify(WebSocketClientHandshaker13.java:274)',
    ),
    id: 'stream.connectionLost',
    why: 'logged only for a WebSocket handshake the server refused (ticket used or expired, a proxy)',
  },
  {
    sdk: 'java',
    words: '[DingTalk] connection operation failed, connectionId={}',
    source: `${JAVA_WS}/NettyClientHandler.java#L54`,
    line: java('ERROR', 'c.d.o.a.s.n.ws.NettyClientHandler', '[DingTalk] connection operation failed, connectionId=7f3a2c1d-0000-4000-8000-00000000c102'),
    inTrace: javaTrace(
      java('ERROR', 'c.d.o.a.s.n.ws.NettyClientHandler', '[DingTalk] connection operation failed, connectionId=7f3a2c1d-0000-4000-8000-00000000c102'),
      'java.io.IOException: Connection reset by peer',
      'shade.io.netty.channel.unix.Errors.newIOException(Errors.java:117)',
    ),
    id: 'stream.connectionLost',
    why: 'Netty’s exceptionCaught on the connection’s channel: the channel failed',
  },
  {
    sdk: 'java',
    words: '[DingTalk] websocket connection reply response failed, connectionId={}, messageId={}',
    source: `${JAVA_WS}/WebSocketContext.java#L35`,
    line: java('ERROR', 'c.d.o.a.s.n.ws.WebSocketContext', '[DingTalk] websocket connection reply response failed, connectionId=7f3a2c1d-0000-4000-8000-00000000c103, messageId=msg-0103'),
    inTrace: javaTrace(
      java('ERROR', 'c.d.o.a.s.n.ws.WebSocketContext', '[DingTalk] websocket connection reply response failed, connectionId=7f3a2c1d-0000-4000-8000-00000000c103, messageId=msg-0103'),
      'shade.io.netty.channel.StacklessClosedChannelException: null',
      'shade.io.netty.channel.AbstractChannel.close(ChannelPromise)(Unknown Source)',
    ),
    id: 'stream.connectionLost',
    why: 'the ack could not be written: the connection is gone (the SDK then closes it)',
  },
  {
    sdk: 'java',
    words: '[DingTalk] execute callback failed, topic={}',
    source: `${JAVA_API}/callback/CallbackCommandExecutor.java#L52`,
    line: java('ERROR', 'c.d.o.a.a.c.CallbackCommandExecutor', '[DingTalk] execute callback failed, topic=/v1.0/im/bot/messages/get'),
    inTrace: javaTrace(
      java('ERROR', 'c.d.o.a.a.c.CallbackCommandExecutor', '[DingTalk] execute callback failed, topic=/v1.0/im/bot/messages/get'),
      'java.lang.NullPointerException: Cannot invoke "String.trim()" because the return value of "com.example.bot.Msg.getContent()" is null',
      'com.example.bot.RobotListener.execute(RobotListener.java:27)',
      'com.dingtalk.open.app.api.callback.CallbackCommandExecutor.execute(CallbackCommandExecutor.java:50)',
    ),
    id: 'stream.handlerFailed',
    why: 'the app’s callback listener threw',
  },
  {
    sdk: 'java',
    words: '[DingTalk] consume message failed, eventId={}',
    source: `${JAVA_API}/protocol/EventCommandExecutor.java#L62`,
    line: java('ERROR', 'c.d.o.a.a.p.EventCommandExecutor', '[DingTalk] consume message failed, eventId=ev-0104'),
    inTrace: javaTrace(
      java('ERROR', 'c.d.o.a.a.p.EventCommandExecutor', '[DingTalk] consume message failed, eventId=ev-0104'),
      'java.lang.IllegalStateException: user not found: u-0001',
      'com.example.bot.EventListener.onEvent(EventListener.java:41)',
    ),
    id: 'stream.handlerFailed',
    why: 'the app’s event listener threw',
  },
  {
    sdk: 'java',
    words: '[DingTalk] dispatch command failed, {}',
    source: `${JAVA_API}/protocol/AppServiceListener.java#L32`,
    line: java('ERROR', 'c.d.o.a.a.p.AppServiceListener', '[DingTalk] dispatch command failed, {}'),
    inTrace: javaTrace(
      java('ERROR', 'c.d.o.a.a.p.AppServiceListener', '[DingTalk] dispatch command failed, {}'),
      'java.lang.ClassCastException: class java.lang.String cannot be cast to class com.example.bot.Card',
      'com.example.bot.CardListener.execute(CardListener.java:19)',
    ),
    id: 'stream.handlerFailed',
    why: 'what the executors above let through: a handler’s exception in the SDK’s dispatch',
  },
  {
    sdk: 'java',
    words: 'OpenDingTalkAppException: duplicate topic / client state error / keep alive idle can not be less than 1000 millisecond',
    source: `${JAVA_API}/DingTalkAppError.java#L38`,
    line: 'com.dingtalk.open.app.api.OpenDingTalkAppException: client state error',
    inTrace: `Exception in thread "main" com.dingtalk.open.app.api.OpenDingTalkAppException: duplicate topic${at('com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder.registerCallbackListener(OpenDingTalkStreamClientBuilder.java:169)')}${at('com.example.bot.Main.main(Main.java:22)')}`,
    id: null,
    why: 'the program built or started the client wrongly (a topic registered twice, start() twice, a keepalive under 1 s): its own code',
  },

  // ======================= Go (dingtalk-stream-sdk-go) =======================
  {
    sdk: 'go',
    words: 'connection process connect nil, maybe disconnected.',
    source: `${GO}/client/client.go#L215`,
    line: go('ERROR', 'connection process connect nil, maybe disconnected.'),
    inTrace: goAround(go('ERROR', 'connection process connect nil, maybe disconnected.')),
    id: 'stream.connectionLost',
    why: 'the connection is gone before the loop starts',
  },
  {
    sdk: 'go',
    words: 'SendDataFrameResponse error, conn nil or write failed, error=[%s] / connection processDataFrame send response error',
    source: `${GO}/client/client.go#L775`,
    line: go('ERROR', 'SendDataFrameResponse error, conn nil or write failed, error=[disconnected]'),
    inTrace: goAround(`${go('ERROR', 'SendDataFrameResponse error, conn nil or write failed, error=[disconnected]')}\n${go('ERROR', 'connection processDataFrame send response error: error=[disconnected]')}`),
    id: 'stream.connectionLost',
    why: 'the ack could not be written on the connection',
  },
  {
    sdk: 'go',
    words: 'Event handler process error. eventType=[%s], eventId=[%s], eventCorpId=[%s] err=[%s]',
    source: `${GO}/event/frame_handler.go#L38`,
    line: go('ERROR', 'Event handler process error. eventType=[user_add_org], eventId=[ev-0201], eventCorpId=[ding0000000000000000] err=[user not found]'),
    inTrace: goAround(go('ERROR', 'Event handler process error. eventType=[chat_update_title], eventId=[ev-0202], eventCorpId=[ding0000000000000000] err=[sql: no rows in result set]')),
    id: 'stream.handlerFailed',
    why: 'the app’s event handler returned an error (the SDK asks DingTalk to push it later)',
  },
  {
    sdk: 'go',
    words: 'No event handler found, drop this event. eventType=[%s], eventId=[%s], eventCorpId=[%s]',
    source: `${GO}/event/frame_handler.go#L30`,
    line: go('WARNING', 'No event handler found, drop this event. eventType=[user_add_org], eventId=[ev-0203], eventCorpId=[ding0000000000000000]'),
    inTrace: goAround(go('WARNING', 'No event handler found, drop this event. eventType=[user_leave_org], eventId=[ev-0204], eventCorpId=[ding0000000000000000]')),
    id: 'stream.noHandler',
    why: 'an event came with no handler registered; the SDK drops it',
  },
  {
    sdk: 'go',
    words: 'Start() error: subscriptionsNil / NoHandlersRegistedForType_%s / HandlerNilForTypeTopic_%s_%s',
    source: `${GO}/client/client.go#L611`,
    line: 'subscriptionsNil',
    inTrace: goPanic('NoHandlersRegistedForType_CALLBACK'),
    id: 'stream.noHandler',
    why: 'CheckConfigValid(): the program registered no handler (or a nil one) before Start()',
  },
  {
    sdk: 'go',
    words: 'Start() error: AppCredentialConfigNil / AppCredentialConfigEmpty',
    source: `${GO}/client/config.go#L27`,
    line: 'AppCredentialConfigEmpty',
    inTrace: goPanic('AppCredentialConfigEmpty'),
    id: 'app.invalidClientIdOrSecret',
    why: 'the program passed no Client ID or Client Secret',
  },
  {
    sdk: 'go',
    words: 'connection process panic due to unknown reason / connection read loop panic / reconect panic due to unknown reason',
    source: `${GO}/client/client.go#L205`,
    line: go('ERROR', 'connection process panic due to unknown reason, error=[runtime error: index out of range [3] with length 3]'),
    inTrace: goAround(go('ERROR', 'reconect panic due to unknown reason. error=[runtime error: invalid memory address or nil pointer dereference]')),
    id: null,
    why: 'a panic inside the SDK or a handler: the reason is the panic’s own words, not the connection',
  },
  {
    sdk: 'go',
    words: 'connection handler capacity reached, message is left unacknowledged for retry',
    source: `${GO}/client/client.go#L426`,
    line: go('WARNING', 'connection handler capacity reached, message is left unacknowledged for retry'),
    inTrace: goAround(go('WARNING', 'connection handler capacity reached, message is left unacknowledged for retry')),
    id: null,
    why: 'handlers slower than the messages come: DingTalk pushes the message again; no failure of its own (未确认 what the admin should change)',
  },
]
