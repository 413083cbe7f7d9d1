import { error, type Finding } from '../../core/findings'
import { identifyShape, type KnownShape, SHAPE_NAMES } from './shapes'

/**
 * When a value has the exact shape of a different identifier, say which one: pasting the
 * CorpId into the AppKey field (and the reverse) is the most common hand-over mistake.
 */
export function mixUpFinding(field: string, fieldLabel: string, value: string, allowed: KnownShape[]): Finding | null {
  const shape = identifyShape(value)
  if (shape === null || allowed.includes(shape)) return null
  return error(
    `${field}.looksLike${shape.charAt(0).toUpperCase()}${shape.slice(1)}`,
    `这看起来是${SHAPE_NAMES[shape]}，不是 ${fieldLabel}。请确认没有粘贴到错误的输入框。`,
  )
}
