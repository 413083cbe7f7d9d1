/**
 * The 工具箱's address scheme: `#<tool-id>` chooses a tool (e.g. `#robot-signer`); the message
 * editor's share link `#msg=…` chooses the message editor (which then reads the link itself).
 * Only ids ever go into the URL, never values. Pure, so it is tested without a browser.
 * The ids are the registry's (./tools.ts).
 */
import { TOOLS, type ToolId } from './tools'

export const TOOL_IDS: readonly ToolId[] = TOOLS.map((t) => t.id)
export type { ToolId }

export function isToolId(value: string): value is ToolId {
  return (TOOL_IDS as readonly string[]).includes(value)
}

/** The tool a URL hash asks for, or null (no hash, a heading anchor, anything unknown). */
export function toolFromHash(hash: unknown): ToolId | null {
  if (typeof hash !== 'string') return null
  let raw = hash.replace(/^#/, '')
  if (raw.startsWith('msg=')) return 'message-editor'
  try {
    raw = decodeURIComponent(raw)
  } catch {
    return null
  }
  return isToolId(raw) ? raw : null
}

/** Next tab for a key press in a tab list (WAI-ARIA tabs: arrows wrap, Home/End jump). */
export function nextTool(current: ToolId, key: string, ids: readonly ToolId[] = TOOL_IDS): ToolId | null {
  const i = Math.max(0, ids.indexOf(current))
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return ids[(i + 1) % ids.length]!
    case 'ArrowLeft':
    case 'ArrowUp':
      return ids[(i - 1 + ids.length) % ids.length]!
    case 'Home':
      return ids[0]!
    case 'End':
      return ids[ids.length - 1]!
    default:
      return null
  }
}
