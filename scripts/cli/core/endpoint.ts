/**
 * `--endpoint URL`: another server for the requests (the tests' fake DingTalk, a relay). Only
 * http(s) URLs; anything else is an input error naming the option.
 */
import { InputError } from './input-error'

/** DingTalk's two server API hosts: the new API (v1.0, api.dingtalk.com) and the old one (oapi). */
export const NEW_API_ORIGIN = 'https://api.dingtalk.com'
export const OLD_API_ORIGIN = 'https://oapi.dingtalk.com'

export function parseEndpoint(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new InputError(`--endpoint 不是有效的网址：${raw}。例如 http://127.0.0.1:8080`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError('--endpoint 要以 http:// 或 https:// 开头。')
  return url
}
