/**
 * INVENTED pastes of HTTP callback / event-subscription failures (issue 21): each error a callback crypto
 * library documents, printed the way its language prints it (an exception line with its stack, a log
 * line, the message alone), and what DingTalk's console and server say when a callback address is saved.
 * The messages, codes, class and method names are the libraries' and DingTalk's own; every value around
 * them (paths, line numbers, times, signatures) is made up.
 *
 * Sources of the messages (what each library throws):
 * - Java `DingCallbackCrypto$DingTalkEncryptException`, its msgMap 900001–900010 (a signature that differs
 *   throws 900006 签名计算失败):
 *   https://github.com/open-dingtalk/DingTalk-Callback-Crypto/blob/bd49e62ddd052d1d506674ac1e43edaecc915093/DingCallbackCrypto.java
 *   (the same class, as `com.dingtalk.oapi.lib.aes.DingTalkEncryptException` beside `DingTalkEncryptor`, in DingTalk's
 *   https://open.dingtalk.com/document/development/configure-stream-push and develop-stream-mode-push-server);
 * - C# `Dingtalk.DingTalkEncryptException`, the same msgMap:
 *   https://github.com/open-dingtalk/DingTalk-Callback-Crypto/blob/bd49e62ddd052d1d506674ac1e43edaecc915093/DingTalkEncryptor.cs
 * - PHP `Exception('ValidateSignatureError', 900005)` and friends:
 *   https://github.com/open-dingtalk/DingTalk-Callback-Crypto/blob/bd49e62ddd052d1d506674ac1e43edaecc915093/DingCallbackCrypto.php
 * - Python `ValueError('signature check error')`, `'Input is not padded or padding is corrupt'`, `'corpId 校验错误'`:
 *   https://github.com/open-dingtalk/DingTalk-Callback-Crypto/blob/bd49e62ddd052d1d506674ac1e43edaecc915093/DingCallbackCrypto3.py
 * - Go `errors.New("ERROR: 签名不匹配")`, `"ERROR: 密文太短"`, `"ERROR: CorpID匹配不正确"`, `"ERROR: 消息体size不为16的倍数"`,
 *   `panic("不合法的EncodingAESKey")`:
 *   https://github.com/open-dingtalk/DingTalk-Callback-Crypto/blob/bd49e62ddd052d1d506674ac1e43edaecc915093/DingTalkCrypto.go
 * - Ruby `raise 'signature is invalid'`, `'from key is not equal to key'`:
 *   https://github.com/open-dingtalk/DingTalk-Callback-Crypto/blob/bd49e62ddd052d1d506674ac1e43edaecc915093/DingCallbackCrypto.rb
 * - Rust `Error::General("不合法的EncodingAESKey")`, `Error::General("签名不匹配")`:
 *   https://github.com/open-dingtalk/DingTalk-Callback-Crypto/blob/bd49e62ddd052d1d506674ac1e43edaecc915093/dingtalk_callback_crypto.rs
 * - Node dingtalk-encrypt: `DingTalkEncryptException: [code], message`, 900004 “不合法的 encodingAesKey”, a differing
 *   signature 900006: https://github.com/elixirChain/dingtalk-encrypt/blob/974812fbe9e56f7bae3ce402c14edc44aa44969e/DingTalkEncryptException.js
 * - PHP mingyoung/dingtalk (EasyDingTalk): `RuntimeException('Invalid Signature.')`, `'Invalid CorpId.'`:
 *   https://github.com/mingyoung/dingtalk/blob/22b536f707d1c3c0bd0aa9133bc8e4f4d8b76fe0/src/Kernel/Encryption/Encryptor.php
 * - Python 007gzs/dingtalk-sdk: `InvalidSignatureException` (-40001, 'Invalid signature'), `InvalidCorpIdOrSuiteKeyException`
 *   (-40005, 'Invalid CorpIdOrSuiteKey'), printed `Error code: …, message: …`:
 *   https://github.com/007gzs/dingtalk-sdk/blob/845d0b4e02c2972ae48864eaaa6aba5e95cff05e/dingtalk/core/exceptions.py
 *
 * What each means is DingTalk's code for it (https://open.dingtalk.com/document/development/server-api-error-codes-1):
 * a library without numbers is read as the code of the check that failed (a signature → 900005, the key
 * after the message → 900010).
 */

/** The entry a code of the crypto libraries is diagnosed as: DingTalk's row for those no entry covers. */
export const ENTRY_OF: Readonly<Record<number, string>> = {
  900001: 'official:900001',
  900002: 'official:900002',
  900003: 'official:900003',
  900004: 'callback.decrypt',
  900005: 'callback.signature',
  900006: 'callback.signature',
  900007: 'callback.decrypt',
  900008: 'callback.decrypt',
  900009: 'callback.decrypt',
  900010: 'callback.corpidMismatch',
}

/** One error a library throws: its message and the DingTalk code it stands for. */
export interface LibraryError {
  code: number
  message: string
  /**
   * The message says nothing of callbacks by itself (签名不匹配 is also the robot's, Invalid signature
   * anyone's): only its forms that name the library are expected to find the callback entry.
   */
  generic?: boolean
}

export interface Printer {
  name: string
  /** The paste; `named`: whether it names the library (class, method or file). */
  render: (e: LibraryError) => string
  named: boolean
}

export interface Library {
  name: string
  errors: readonly LibraryError[]
  printers: readonly Printer[]
}

/** The msgMap of the Java, C# (and Node, but for 900004) DingTalkEncryptException. */
const MSG_MAP: readonly LibraryError[] = [
  { code: 900001, message: '加密明文文本非法' },
  { code: 900002, message: '加密时间戳参数非法' },
  { code: 900003, message: '加密随机字符串参数非法' },
  { code: 900004, message: '不合法的aes key' },
  { code: 900005, message: '签名不匹配', generic: true },
  { code: 900006, message: '签名计算失败' },
  { code: 900007, message: '计算加密文字错误' },
  { code: 900008, message: '计算解密文字错误' },
  { code: 900009, message: '计算解密文字长度不匹配' },
  { code: 900010, message: '计算解密文字corpid不匹配' },
]

const javaTrace = (cls: string, at: string) => (e: LibraryError) =>
  `${cls}: ${e.message}\n\tat ${at}(DingCallbackCrypto.java:118)\n\tat com.example.demo.CallbackController.callBack(CallbackController.java:42)\n\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)`

const pyTrace = (file: string, method: string, raised: string) =>
  `Traceback (most recent call last):\n  File "/srv/app/views.py", line 31, in callback\n    text = crypto.${method}(msg_signature, timestamp, nonce, encrypt)\n  File "${file}", line 63, in ${method}\n    ${raised}\n`

export const LIBRARIES: readonly Library[] = [
  {
    name: 'Java DingCallbackCrypto',
    errors: MSG_MAP,
    printers: [
      { name: 'exception and stack', named: true, render: javaTrace('com.dingtalk.open.DingCallbackCrypto$DingTalkEncryptException', 'com.dingtalk.open.DingCallbackCrypto.getDecryptMsg') },
      {
        name: 'Spring log line and exception',
        named: true,
        render: (e) =>
          `2026-12-03 10:15:42.123 ERROR 4711 --- [nio-8080-exec-3] c.e.demo.CallbackController : 回调处理失败\n\ncom.dingtalk.oapi.lib.aes.DingTalkEncryptException: ${e.message}\n\tat com.dingtalk.oapi.lib.aes.DingTalkEncryptor.getDecryptMsg(DingTalkEncryptor.java:120)`,
      },
      { name: 'code and message logged', named: false, render: (e) => `2026-12-03 10:15:42 WARN 回调解密失败 code=${e.code}, message=${e.message}` },
      { name: 'message only', named: false, render: (e) => e.message },
    ],
  },
  {
    name: 'C# DingTalkEncryptor',
    errors: MSG_MAP,
    printers: [
      {
        name: 'ToString',
        named: true,
        render: (e) =>
          `Dingtalk.DingTalkEncryptException: ${e.message}\n   at Dingtalk.DingTalkEncryptor.getDecryptMsg(String msgSignature, String timeStamp, String nonce, String encryptMsg) in C:\\src\\Demo\\DingTalkEncryptor.cs:line 101`,
      },
    ],
  },
  {
    name: 'Node dingtalk-encrypt',
    errors: MSG_MAP.map((e) => (e.code === 900004 ? { ...e, message: '不合法的 encodingAesKey' } : e)),
    printers: [
      {
        name: 'the error as Node prints it',
        named: true,
        render: (e) =>
          `Error: DingTalkEncryptException: [${e.code}], ${e.message}\n    at DingTalkEncryptor.getDecryptMsg (/srv/app/node_modules/dingtalk-encrypt/DingTalkEncryptor.js:136:13)\n    at /srv/app/routes/callback.js:18:30 {\n  code: ${e.code}\n}`,
      },
      { name: 'String(err)', named: true, render: (e) => `DingTalkEncryptException: [${e.code}], ${e.message}` },
      { name: 'JSON.stringify(err)', named: false, render: (e) => JSON.stringify({ name: 'DingTalkEncryptException', code: e.code, message: e.message }) },
    ],
  },
  {
    name: 'PHP DingCallbackCrypto',
    errors: [
      { code: 900004, message: 'IllegalAesKey' },
      { code: 900005, message: 'ValidateSignatureError' },
      { code: 900006, message: 'ComputeSignatureError' },
      { code: 900007, message: 'AES加密错误' },
      { code: 900008, message: 'DecryptAESError' },
    ],
    printers: [
      {
        name: 'uncaught',
        named: true,
        render: (e) =>
          `PHP Fatal error:  Uncaught Exception: ${e.message} in /var/www/html/DingCallbackCrypto.php:103\nStack trace:\n#0 /var/www/html/callback.php(21): DingCallbackCrypto->getDecryptMsg('5a65ceeef9aab2d...', '1783610513', 'nEXhMP4r', '1a3NBxmCFwkCJvf...')\n#1 {main}\n  thrown in /var/www/html/DingCallbackCrypto.php on line 103`,
      },
      {
        name: 'Laravel log',
        named: true,
        render: (e) =>
          `[2026-12-03 10:15:42] local.ERROR: ${e.message} {"exception":"[object] (Exception(code: ${e.code}): ${e.message} at /var/www/app/Lib/DingCallbackCrypto.php:103)"}`,
      },
      { name: 'getMessage', named: false, render: (e) => `回调解密失败：${e.message}` },
    ],
  },
  {
    name: 'Python DingCallbackCrypto3',
    errors: [
      { code: 900005, message: 'signature check error', generic: true },
      { code: 900009, message: 'Input is not padded or padding is corrupt', generic: true },
      { code: 900010, message: 'corpId 校验错误' },
    ],
    printers: [
      {
        name: 'traceback',
        named: true,
        render: (e) => `${pyTrace('/srv/app/DingCallbackCrypto3.py', 'getDecryptMsg', `raise ValueError('${e.message}')`)}ValueError: ${e.message}`,
      },
      { name: 'str(e)', named: false, render: (e) => `ERROR:root:解密失败: ${e.message}` },
    ],
  },
  {
    name: 'Go DingTalkCrypto',
    errors: [
      { code: 900005, message: 'ERROR: 签名不匹配', generic: true },
      { code: 900008, message: 'ERROR: 密文太短' },
      { code: 900010, message: 'ERROR: CorpID匹配不正确' },
      { code: 900007, message: 'ERROR: 消息体size不为16的倍数' },
    ],
    printers: [
      { name: 'log.Printf with the method', named: true, render: (e) => `2026/12/03 10:15:42 GetDecryptMsg: ${e.message}` },
      { name: 'gin JSON', named: false, render: (e) => JSON.stringify({ error: e.message }) },
    ],
  },
  {
    name: 'Go DingTalkCrypto (constructor)',
    errors: [{ code: 900004, message: '不合法的EncodingAESKey' }],
    printers: [
      {
        name: 'panic',
        named: true,
        render: (e) => `panic: ${e.message}\n\ngoroutine 1 [running]:\nmain.NewDingTalkCrypto({0x1023c4e, 0x6}, {0x1023d10, 0x2a}, {0x1023c60, 0x14})\n\t/srv/app/crypto.go:30 +0x2c5`,
      },
    ],
  },
  {
    name: 'Ruby DingCallbackCrypto',
    errors: [
      { code: 900005, message: 'signature is invalid', generic: true },
      { code: 900010, message: 'from key is not equal to key' },
    ],
    printers: [
      { name: 'uncaught', named: true, render: (e) => `/srv/app/lib/DingCallbackCrypto.rb:40:in 'decrypt_message': ${e.message} (RuntimeError)\n\tfrom app.rb:12:in 'block in <main>'` },
    ],
  },
  {
    name: 'Rust dingtalk_callback_crypto',
    errors: [
      { code: 900004, message: '不合法的EncodingAESKey' },
      { code: 900005, message: '签名不匹配', generic: true },
    ],
    printers: [{ name: 'main returns Err', named: false, render: (e) => `Error: General("${e.message}")` }],
  },
  {
    name: 'PHP mingyoung/dingtalk',
    errors: [
      { code: 900005, message: 'Invalid Signature.', generic: true },
      { code: 900010, message: 'Invalid CorpId.' },
    ],
    printers: [
      {
        name: 'Laravel log',
        named: true,
        render: (e) =>
          `[2026-12-03 10:15:42] local.ERROR: ${e.message} {"exception":"[object] (RuntimeException(code: 0): ${e.message} at /var/www/vendor/mingyoung/dingtalk/src/Kernel/Encryption/Encryptor.php:87)"}`,
      },
    ],
  },
  {
    name: 'Python dingtalk-sdk',
    errors: [
      { code: 900005, message: 'InvalidSignatureException: Error code: -40001, message: Invalid signature', generic: true },
      { code: 900010, message: 'InvalidCorpIdOrSuiteKeyException: Error code: -40005, message: Invalid CorpIdOrSuiteKey' },
    ],
    printers: [
      {
        name: 'traceback',
        named: true,
        render: (e) =>
          `Traceback (most recent call last):\n  File "/srv/app/views.py", line 22, in callback\n    msg = crypto.decrypt_encrypt_str(signature, timestamp, nonce, encrypt)\n${
            e.code === 900010
              ? '  File "/usr/lib/python3/site-packages/dingtalk/crypto/base.py", line 52, in _decrypt\n    raise exception()'
              : '  File "/usr/lib/python3/site-packages/dingtalk/crypto/__init__.py", line 47, in _decrypt_encrypt_str\n    raise InvalidSignatureException()'
          }\ndingtalk.core.exceptions.${e.message}`,
      },
    ],
  },
]

/**
 * The runtime failing under the libraries, each under a library's frame. Refusing the key decoded from an
 * aes_key that is not DingTalk's 43 characters: pycryptodome's ValueError
 * (https://github.com/Legrandin/pycryptodome/blob/e79cc3ba2b100f326885dc3aff9e4c41776c6bab/lib/Crypto/Cipher/AES.py),
 * Python's base64 “Incorrect padding”, Go's KeySizeError
 * (https://github.com/golang/go/blob/f083f65594e89d8511ea330384ce230e28ed061f/src/crypto/aes/cipher.go). Decrypting
 * with a wrong aes_key: the Python library decodes the bytes after the message as UTF-8 (…/DingCallbackCrypto3.py above).
 */
export const RUNTIME_UNDER_LIBRARIES: Library = {
  name: 'the runtime under the libraries',
  errors: [
    { code: 900004, message: 'ValueError: Incorrect AES key length (31 bytes)', generic: true },
    { code: 900004, message: 'binascii.Error: Incorrect padding', generic: true },
    { code: 900004, message: 'crypto/aes: invalid key size 33', generic: true },
    { code: 900008, message: "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 3: invalid continuation byte", generic: true },
  ],
  printers: [
    {
      name: 'under the library',
      named: true,
      render: (e) =>
        e.message.startsWith('crypto/')
          ? `panic: ${e.message}\n\ngoroutine 1 [running]:\nmain.NewDingTalkCrypto({0x1023c4e, 0x6}, {0x1023d10, 0x2c}, {0x1023c60, 0x14})\n\t/srv/app/crypto.go:38 +0x2c5`
          : `${pyTrace('/srv/app/DingCallbackCrypto3.py', 'getDecryptMsg', 'aesDecode = AES.new(self.aesKey, AES.MODE_CBC, iv)')}${e.message}`,
    },
  ],
}

/** A paste and what it is: what DingTalk's console or server says about a callback address, around DingTalk's own words. */
export interface ConsoleCase {
  text: string
  id: string
  errcode: number | null
  /** Where DingTalk says it. */
  source: string
}

const FAQ = 'https://open.dingtalk.com/document/development/event-subscription-and-data-push'
const CODES = 'https://open.dingtalk.com/document/development/server-api-error-codes-1'

export const CONSOLE_CASES: readonly ConsoleCase[] = [
  { text: '事件订阅点保存，页面报错：HTTP请求结果校验返回字段值失败', id: 'callback.71009', errcode: 71009, source: FAQ },
  { text: '{"errcode":71009,"errmsg":"返回文本非success"}', id: 'callback.71009', errcode: 71009, source: CODES },
  { text: '注册回调时钉钉说返回值非“success”，可我返回的就是 success', id: 'callback.71009', errcode: 71009, source: CODES },
  { text: '设置回调地址报错提示：url地址访问异常,错误原因为:http statusCode is:400', id: 'app.71012', errcode: 71012, source: FAQ },
  { text: '在事件与回调中单击保存，报错提示“timedout”', id: 'app.71012', errcode: 71012, source: FAQ },
  { text: '保存回调地址时一直 timedout，服务是通的', id: 'app.71012', errcode: 71012, source: FAQ },
  { text: '{"errcode":71013,"errmsg":"此域名或IP不能注册或者接收回调事件"}', id: 'official:71013', errcode: 71013, source: CODES },
  { text: '{"errcode":71006,"errmsg":"回调地址已经存在"}', id: 'official:71006', errcode: 71006, source: CODES },
  { text: '{"errcode":71007,"errmsg":"回调地址已不存在"}', id: 'official:71007', errcode: 71007, source: CODES },
  { text: '{"errcode":71011,"errmsg":"传入的url参数不是合法的url格式"}', id: 'official:71011', errcode: 71011, source: CODES },
  { text: '{"errcode":40057,"errmsg":"不合法的callbackurl"}', id: 'official:40057', errcode: 40057, source: CODES },
]

/**
 * The failed pushes as get_call_back_failed_result lists them (its answer's shape, DingTalk's example at
 * https://open.dingtalk.com/document/development/obtain-the-event-list-of-failed-push-messages; values made up):
 * errcode 0, yet the paste names events DingTalk could not deliver, in JSON and as a Python SDK prints it.
 */
export const FAILED_PUSHES: readonly string[] = [
  JSON.stringify({
    errcode: 0,
    errmsg: 'ok',
    failed_list: [{ user_add_org: { userid: ['user0001'], corpid: 'dingexample0000000000' }, call_back_tag: 'user_add_org', event_time: 1780000000000 }],
    has_more: false,
  }),
  `{'errcode': 0, 'errmsg': 'ok', 'failed_list': [{'call_back_tag': 'bpms_instance_change', 'event_time': 1780000000000, 'bpms_instance_change': {'bpmsCallBackData': {}, 'corpid': 'dingexample0000000000'}}], 'has_more': False}`,
]

/** The same call with nothing failed: a success. */
export const NO_FAILED_PUSHES = '{"errcode":0,"errmsg":"ok","failed_list":[],"has_more":false}'
