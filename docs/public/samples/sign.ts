/**
 * 钉钉自定义机器人加签并发送一条文本消息（TypeScript，Node.js 18 及以上，只用内置模块）。
 *
 * 用法：
 *   DINGTALK_SECRET='SEC…' DINGTALK_WEBHOOK='https://oapi.dingtalk.com/robot/send?access_token=…' npx tsx sign.ts
 * 只设置 DINGTALK_SECRET 时只打印签名；DINGTALK_TIMESTAMP 可指定时间戳（毫秒），用于核对示例。
 * 密钥和 Webhook 从环境变量读取，不写进代码，也不打印出来。
 */
import { createHmac } from 'node:crypto'

/** Base64(HmacSHA256(key=密钥, msg=时间戳 + "\n" + 密钥))，尚未做 URL 编码。 */
export function sign(secret: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64')
}

async function main(): Promise<void> {
  const secret = (process.env.DINGTALK_SECRET ?? '').trim() // 去掉复制时带上的空格和换行
  if (!secret) throw new Error('请先设置环境变量 DINGTALK_SECRET（机器人安全设置里以 SEC 开头的密钥）')
  // 毫秒时间戳，每次发送都重新计算：签名一小时后失效
  const timestamp = process.env.DINGTALK_TIMESTAMP || String(Date.now())
  const signature = sign(secret, timestamp)
  const encoded = encodeURIComponent(signature) // 只编码这一次
  console.log('timestamp:', timestamp)
  console.log('sign（Base64）:', signature)
  console.log('sign（URL 编码后）:', encoded)

  const webhook = (process.env.DINGTALK_WEBHOOK ?? '').trim()
  if (!webhook) return
  const response = await fetch(`${webhook}&timestamp=${timestamp}&sign=${encoded}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ msgtype: 'text', text: { content: '跟投系统：机器人连接测试' } }),
  })
  // 失败时钉钉也返回 HTTP 200，只能看 errcode
  const result = (await response.json()) as { errcode?: number; errmsg?: string }
  if (result.errcode !== 0) throw new Error(`发送失败：errcode=${result.errcode} errmsg=${result.errmsg}`)
  console.log('发送成功')
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
