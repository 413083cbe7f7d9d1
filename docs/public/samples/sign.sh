#!/usr/bin/env bash
# 钉钉自定义机器人加签并发送一条文本消息（bash + openssl + curl）。
#
# 用法：
#   DINGTALK_SECRET='SEC…' DINGTALK_WEBHOOK='https://oapi.dingtalk.com/robot/send?access_token=…' bash sign.sh
# 只设置 DINGTALK_SECRET 时只打印签名；DINGTALK_TIMESTAMP 可指定时间戳（毫秒），用于核对示例。
# 注意：openssl 的 -hmac 参数会让密钥短暂出现在本机进程列表里，请只在自己的电脑或服务器上运行。
set -euo pipefail

# 去掉首尾的空格和换行（复制时常会带上）
secret="$(printf '%s' "${DINGTALK_SECRET:-}" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')"
if [ -z "$secret" ]; then
  echo '请先设置环境变量 DINGTALK_SECRET（机器人安全设置里以 SEC 开头的密钥）' >&2
  exit 1
fi
# 毫秒时间戳：date +%s 是秒，后面补 000（macOS 的 date 不支持 %N）
timestamp="${DINGTALK_TIMESTAMP:-$(date +%s)000}"
# printf 的 \n 就是签名字符串里的换行；-binary 取原始摘要，再做 Base64
signature="$(printf '%s\n%s' "$timestamp" "$secret" | openssl dgst -sha256 -hmac "$secret" -binary | openssl base64 -A)"
# Base64 里需要 URL 编码的只有 + / =，只编码这一次
encoded="$(printf '%s' "$signature" | sed -e 's/+/%2B/g' -e 's/\//%2F/g' -e 's/=/%3D/g')"
echo "timestamp: $timestamp"
echo "sign（Base64）: $signature"
echo "sign（URL 编码后）: $encoded"

webhook="${DINGTALK_WEBHOOK:-}"
[ -z "$webhook" ] && exit 0
result="$(curl -sS -X POST "${webhook}&timestamp=${timestamp}&sign=${encoded}" \
  -H 'Content-Type: application/json; charset=utf-8' \
  -d '{"msgtype":"text","text":{"content":"跟投系统：机器人连接测试"}}')"
# 失败时钉钉也返回 HTTP 200，只能看 errcode
case "$result" in
  *'"errcode":0,'*) echo '发送成功' ;;
  *) echo "发送失败：$result" >&2; exit 1 ;;
esac
