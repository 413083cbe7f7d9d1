/**
 * Words about HTTP callbacks (event subscription) that carry no code, read as the DingTalk code they
 * stand for: the exceptions of the callback crypto libraries and the console's “timedout”. Its own chunk,
 * loaded by diagnose() only for a paste without a code, or with one no list knows (the SDK's -40001).
 *
 * What the libraries throw (https://open.dingtalk.com/document/development/server-api-error-codes-1 numbers them 900001–900010):
 * - Java and C# DingTalkEncryptException, Node dingtalk-encrypt: their msgMap; a signature that differs is 900006
 *   “签名计算失败”, the Node port's 900004 “不合法的 encodingAesKey”
 *   (https://github.com/open-dingtalk/DingTalk-Callback-Crypto/blob/bd49e62ddd052d1d506674ac1e43edaecc915093/DingCallbackCrypto.java,
 *   https://github.com/elixirChain/dingtalk-encrypt/blob/974812fbe9e56f7bae3ce402c14edc44aa44969e/DingTalkEncryptException.js);
 * - PHP: Exception('IllegalAesKey' 900004, 'ValidateSignatureError' 900005, 'ComputeSignatureError' 900006, 'AES加密错误'
 *   900007, 'DecryptAESError' 900008) (…/DingCallbackCrypto.php);
 * - Python: ValueError('signature check error' / 'Input is not padded or padding is corrupt' / 'corpId 校验错误')
 *   (…/DingCallbackCrypto3.py); Go: “ERROR: 签名不匹配 / 密文太短 / CorpID匹配不正确 / 消息体size不为16的倍数”,
 *   panic “不合法的EncodingAESKey” (…/DingTalkCrypto.go); Ruby: 'signature is invalid', 'from key is not equal to
 *   key' (…/DingCallbackCrypto.rb), all in the same repository and commit;
 * - mingyoung/dingtalk: RuntimeException('Invalid Signature.' / 'Invalid CorpId.')
 *   (https://github.com/mingyoung/dingtalk/blob/22b536f707d1c3c0bd0aa9133bc8e4f4d8b76fe0/src/Kernel/Encryption/Encryptor.php);
 * - 007gzs/dingtalk-sdk: InvalidSignatureException (-40001, 'Invalid signature'), InvalidCorpIdOrSuiteKeyException
 *   (https://github.com/007gzs/dingtalk-sdk/blob/845d0b4e02c2972ae48864eaaa6aba5e95cff05e/dingtalk/core/exceptions.py).
 * A library without numbers is read as the code of the check that failed.
 * The console's “timedout” when a callback address is saved: the address did not answer
 * (https://open.dingtalk.com/document/development/event-subscription-and-data-push), DingTalk's 71012 url地址访问异常.
 */

/** The paste names a callback crypto library: its class, method, file or the callback's own parameter. */
const LIBRARY = /DingTalkEncrypt|DingCallbackCrypto|DingTalkCrypt|get_?Decrypt_?Msg|decrypt_?(?:message|msg|encrypt_str)|Encryption[\\/]Encryptor|dingtalk[\\/.](?:core[\\/.]exceptions|crypto)|msg_signature/i

/**
 * [words, DingTalk's code, said by these libraries only]: words also said elsewhere (签名不匹配 is the robot's
 * too, Invalid signature anyone's) count only when the paste names a library. The first that matches decides.
 */
const WORDS: readonly (readonly [RegExp, number, boolean])[] = [
  [/签名计算失败|ComputeSignatureError/i, 900006, true],
  [/ValidateSignatureError/i, 900005, true],
  [/IllegalAesKey|不合法的\s*(?:encoding\s*)?aes\s*_?key/i, 900004, true],
  [/EncryptAESError|AES加密错误|消息体size不为16的倍数/i, 900007, true],
  [/DecryptAESError|密文太短/i, 900008, true],
  [/corp_?id\s*(?:匹配不正确|校验错误)|Invalid\s?CorpId|from key is not equal to key/i, 900010, true],
  [/签名不匹配|signature (?:check error|is invalid)|Invalid\s?Signature/i, 900005, false],
  [/padding is corrupt/i, 900009, false],
  // The runtime refusing the key decoded from aes_key (not 43 characters): pycryptodome's “Incorrect AES key length”
  // (https://github.com/Legrandin/pycryptodome/blob/e79cc3ba2b100f326885dc3aff9e4c41776c6bab/lib/Crypto/Cipher/AES.py),
  // Python's base64 “Incorrect padding”, Go's “crypto/aes: invalid key size”
  // (https://github.com/golang/go/blob/f083f65594e89d8511ea330384ce230e28ed061f/src/crypto/aes/cipher.go).
  [/Incorrect AES key length|binascii\.Error: Incorrect padding|crypto\/aes: invalid key size/i, 900004, false],
  // A wrong aes_key decrypts to bytes that are not UTF-8: Python's DingCallbackCrypto3 decodes the key after the message.
  [/UnicodeDecodeError/, 900008, false],
  // DingTalk's 71009 返回文本非success retold (返回值非success, 非“success”): “非 success” is its own wording.
  [/非\s*["'“”]?success/i, 71009, true],
  // The console, saving a callback address (事件订阅 / 事件与回调 / 回调地址) that did not answer in time.
  [/(?:回调|事件订阅)[^\r\n]{0,40}?timed\s?out/i, 71012, true],
]

/** The DingTalk code the callback words of a text stand for, or null. Linear: each rule is one scan. */
export function callbackCode(text: string): number | null {
  const named = LIBRARY.test(text)
  for (const [words, code, own] of WORDS) if ((own || named) && words.test(text)) return code
  return null
}
