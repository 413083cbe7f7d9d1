/** DingTalk accepts a robot signature (and a callback's) whose timestamp is within one hour of its own time
 * (https://open.dingtalk.com/document/dingstart/customize-robot-security-settings). The one constant for it. */
export const SIGNATURE_WINDOW_MS = 3_600_000
