/**
 * Which editor input a message finding is shown under (and marks aria-invalid). The builders in
 * ../build set `finding.field` to a path in the MessageDraft; the editor names two of those inputs
 * differently (a text message's `content` is the editor's `text`, `at.atMobiles` its `atMobiles`
 * list). No field, or a button / link the editor no longer has → null (listed with the general checks).
 */
import type { Finding } from '../../../core/findings'
import type { MessageState } from './message-state'

const EDITOR_NAME: Readonly<Record<string, string>> = { content: 'text', 'at.atMobiles': 'atMobiles', 'at.atUserIds': 'atUserIds' }

export function fieldOfFinding(finding: Finding, state: MessageState): string | null {
  if (!finding.field) return null
  const field = EDITOR_NAME[finding.field] ?? finding.field
  const item = /^(btns|links)\.(\d+)\./.exec(field)
  if (item && Number(item[2]) >= state[item[1] as 'btns' | 'links'].length) return null
  return field
}
