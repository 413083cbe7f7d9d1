// Only these two crypto-js modules: the whole 'crypto-js' package would add every cipher to the page.
import hmacSHA256 from 'crypto-js/hmac-sha256'
import Base64 from 'crypto-js/enc-base64'
import { toWellFormed } from '../../core/text'

/**
 * DingTalk's 加签 (https://open.dingtalk.com/document/dingstart/customize-robot-security-settings):
 * HMAC-SHA256 keyed by the whole secret,
 * including its `SEC` prefix, over `timestamp + "\n" + secret`, both UTF-8; then Base64.
 * crypto-js reads strings as UTF-8 but throws on lone surrogates, so they become U+FFFD first,
 * exactly as Node's crypto and TextEncoder do.
 */
export function signBase64(secret: string, timestamp: string | number): string {
  const key = toWellFormed(String(secret ?? ''))
  const message = `${toWellFormed(String(timestamp ?? ''))}\n${key}`
  return Base64.stringify(hmacSHA256(message, key))
}

/** The signature as it goes into the URL: Base64's `+`, `/`, `=` percent-encoded exactly once. */
export function sign(secret: string, timestamp: string | number): string {
  return encodeURIComponent(signBase64(secret, timestamp))
}
