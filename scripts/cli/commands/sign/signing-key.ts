/**
 * The key of `sign` and `verify`. DingTalk uses one HMAC-SHA256 recipe with two kinds of key:
 * the group robot's 加签 secret (`SEC…`) for webhooks, and the app's AppSecret for what it sends
 * to an enterprise robot's message callback and to HTTP event callbacks
 * (https://open.dingtalk.com/document/development/receive-message). So any non-empty key is
 * signed; the site's robot-secret checks still run, but only as warnings, except where the value
 * certainly is no key at all (empty, or a webhook URL).
 */
import { error, type ValidationResult, warning } from '../../../../playground/logic/core/findings'
import { robotSecretProblem, validateRobotSecret } from '../../../../playground/logic/robot/security/secret'

export function checkSigningKey(raw: string): ValidationResult {
  const robot = validateRobotSecret(raw)
  const fatal = robot.findings.find((f) => f.code === 'robotSecret.empty' || f.code === 'robotSecret.isWebhook')
  if (fatal) return { value: robot.value, findings: [error(fatal.code, fatal.message)] }
  const problem = robotSecretProblem(robot.value)
  if (!problem) return robot
  return {
    value: robot.value,
    findings: [
      ...robot.findings.filter((f) => f.level === 'warning'),
      warning(
        'cli.key.notRobotSecret',
        `这不是群机器人的加签密钥（SEC 开头）：${problem.what}。` +
          '若是为企业内部机器人的消息回调签名，密钥就是应用的 AppSecret，这样用没有问题；照样签名。',
      ),
    ],
  }
}
