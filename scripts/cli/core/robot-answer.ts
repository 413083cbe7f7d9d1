/**
 * What the robot webhook answered. DingTalk says no with HTTP 200 and a non-zero errcode
 * (github.com/develop202/kgcheckin/pull/29; https://open.dingtalk.com/document/development/custom-robots-send-group-messages),
 * so success is errcode 0, never the status alone.
 */
import { asRecord, type HttpAnswer } from './http'

export type RobotVerdict =
  | { kind: 'sent' }
  | { kind: 'refused'; body: Record<string, unknown> }
  | { kind: 'unclear'; detail: string }

/**
 * A proxy's or gateway's HTML error page often echoes the requested URL, whose query carries the
 * robot's access_token and sign: those values are masked before the page is quoted.
 */
export const maskUrlSecrets = (text: string): string => text.replace(/\b(access_token|sign)(=|%3D)[^&\s"'<>]+/gi, '$1$2******')

export function readRobotAnswer(answer: HttpAnswer): RobotVerdict {
  const body = asRecord(answer.json)
  if (!body || body.errcode === undefined)
    return {
      kind: 'unclear',
      detail: `HTTP ${answer.status}，${body ? '回应里没有 errcode' : '回应不是 JSON'}：${maskUrlSecrets(answer.text.slice(0, 200))}`,
    }
  if ((body.errcode === 0 || body.errcode === '0') && answer.status === 200) return { kind: 'sent' }
  return { kind: 'refused', body }
}
