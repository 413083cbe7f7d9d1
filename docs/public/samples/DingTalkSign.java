// 钉钉自定义机器人加签并发送一条文本消息（Java 11 及以上，只用 JDK）。
//
// 用法（Java 11+ 可以直接运行源文件；-Dfile.encoding=UTF-8 让 Java 按 UTF-8 读取本文件里的中文）：
//   DINGTALK_SECRET='SEC…' DINGTALK_WEBHOOK='https://oapi.dingtalk.com/robot/send?access_token=…' java -Dfile.encoding=UTF-8 DingTalkSign.java
// 只设置 DINGTALK_SECRET 时只打印签名；DINGTALK_TIMESTAMP 可指定时间戳（毫秒），用于核对示例。
// 密钥和 Webhook 从环境变量读取，不写进代码，也不打印出来。
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class DingTalkSign {
    /** Base64(HmacSHA256(key=密钥, msg=时间戳 + "\n" + 密钥))，尚未做 URL 编码。 */
    static String sign(String secret, String timestamp) throws Exception {
        String stringToSign = timestamp + "\n" + secret;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }

    static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value.trim(); // 去掉复制时带上的空格和换行
    }

    public static void main(String[] args) throws Exception {
        // 按 UTF-8 输出中文，不受服务器语言环境影响
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        String secret = env("DINGTALK_SECRET");
        if (secret.isEmpty()) {
            System.err.println("请先设置环境变量 DINGTALK_SECRET（机器人安全设置里以 SEC 开头的密钥）");
            System.exit(1);
        }
        // 毫秒时间戳，每次发送都重新计算：签名一小时后失效
        String timestamp = env("DINGTALK_TIMESTAMP");
        if (timestamp.isEmpty()) timestamp = String.valueOf(System.currentTimeMillis());
        String signature = sign(secret, timestamp);
        String encoded = URLEncoder.encode(signature, StandardCharsets.UTF_8); // 只编码这一次
        System.out.println("timestamp: " + timestamp);
        System.out.println("sign（Base64）: " + signature);
        System.out.println("sign（URL 编码后）: " + encoded);

        String webhook = env("DINGTALK_WEBHOOK");
        if (webhook.isEmpty()) return;
        String body = "{\"msgtype\":\"text\",\"text\":{\"content\":\"跟投系统：机器人连接测试\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook + "&timestamp=" + timestamp + "&sign=" + encoded))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        String result = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        // 失败时钉钉也返回 HTTP 200，只能看 errcode
        if (!result.replace(" ", "").contains("\"errcode\":0,")) {
            System.err.println("发送失败：" + result);
            System.exit(1);
        }
        System.out.println("发送成功");
    }
}
