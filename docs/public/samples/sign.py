"""钉钉自定义机器人加签并发送一条文本消息（Python 3，只用标准库）。

用法：
  DINGTALK_SECRET='SEC…' DINGTALK_WEBHOOK='https://oapi.dingtalk.com/robot/send?access_token=…' python3 sign.py
只设置 DINGTALK_SECRET 时只打印签名；DINGTALK_TIMESTAMP 可指定时间戳（毫秒），用于核对示例。
密钥和 Webhook 从环境变量读取，不写进代码，也不打印出来。
"""
import base64
import hashlib
import hmac
import json
import os
import time
import urllib.parse
import urllib.request


def sign(secret: str, timestamp: str) -> str:
    """Base64(HmacSHA256(key=密钥, msg=时间戳 + "\\n" + 密钥))，尚未做 URL 编码。"""
    string_to_sign = f"{timestamp}\n{secret}"
    digest = hmac.new(secret.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def main() -> None:
    secret = os.environ.get("DINGTALK_SECRET", "").strip()  # 去掉复制时带上的空格和换行
    if not secret:
        raise SystemExit("请先设置环境变量 DINGTALK_SECRET（机器人安全设置里以 SEC 开头的密钥）")
    # 毫秒时间戳，每次发送都重新计算：签名一小时后失效
    timestamp = os.environ.get("DINGTALK_TIMESTAMP") or str(round(time.time() * 1000))
    signature = sign(secret, timestamp)
    encoded = urllib.parse.quote(signature, safe="")  # 只编码这一次
    print("timestamp:", timestamp)
    print("sign（Base64）:", signature)
    print("sign（URL 编码后）:", encoded)

    webhook = os.environ.get("DINGTALK_WEBHOOK", "").strip()
    if not webhook:
        return
    url = f"{webhook}&timestamp={timestamp}&sign={encoded}"
    body = {"msgtype": "text", "text": {"content": "跟投系统：机器人连接测试"}}
    request = urllib.request.Request(
        url,
        data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        result = json.load(response)
    # 失败时钉钉也返回 HTTP 200，只能看 errcode
    if result.get("errcode") != 0:
        raise SystemExit(f"发送失败：errcode={result.get('errcode')} errmsg={result.get('errmsg')}")
    print("发送成功")


if __name__ == "__main__":
    main()
