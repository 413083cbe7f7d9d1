import { ref } from 'vue'
import type { MeasuredOffset } from '../../logic/robot/clock/signature-validity'

/**
 * The last clock measurement of this page, in memory only: the robot signer's clock check writes
 * it, and every signature status on the page (the signer's and 发送设置's) reads it, so they agree.
 */
export const measuredClock = ref<MeasuredOffset | null>(null)
