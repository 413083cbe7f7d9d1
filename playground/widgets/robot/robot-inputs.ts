import { ref } from 'vue'

/**
 * The robot's Webhook and 加签 secret as typed, shared in memory by the tools of one page (机器人签名
 * and the message editor's 发送设置 in the 工具箱), so they are typed once. Memory only: never stored,
 * put into a URL or a share link; gone when the tab closes or reloads.
 */
export const robotWebhook = ref('')
export const robotSecret = ref('')
