import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nextTool, TOOL_IDS, toolFromHash } from './tool-hash'

describe('toolFromHash', () => {
  it.each([
    ['#robot-signer', 'robot-signer'],
    ['error-diagnosis', 'error-diagnosis'],
    ['#msg=eyJ2IjoxfQ', 'message-editor'],
    ['#msg=', 'message-editor'],
    ['', null],
    ['#', null],
    ['#工具', null],
    ['#%E0%A4%A', null],
    ['#ROBOT-SIGNER', null],
  ])('%s → %s', (hash, tool) => {
    expect(toolFromHash(hash)).toBe(tool)
  })

  it('never throws (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void toolFromHash(s)))
    expect(toolFromHash(undefined)).toBeNull()
  })

  it('accepts every tool id', () => {
    for (const id of TOOL_IDS) expect(toolFromHash(`#${id}`)).toBe(id)
  })
})

describe('nextTool', () => {
  it('moves with the arrows, wrapping, and jumps with Home/End', () => {
    const ids = ['basic-info', 'dev-info', 'robot-signer', 'error-diagnosis'] as const
    expect(nextTool('basic-info', 'ArrowRight', ids)).toBe('dev-info')
    expect(nextTool('basic-info', 'ArrowLeft', ids)).toBe('error-diagnosis')
    expect(nextTool('error-diagnosis', 'ArrowDown', ids)).toBe('basic-info')
    expect(nextTool('robot-signer', 'Home', ids)).toBe('basic-info')
    expect(nextTool('robot-signer', 'End', ids)).toBe('error-diagnosis')
    expect(nextTool('robot-signer', 'a', ids)).toBeNull()
  })

  it('walks the registry’s tools by default', () => {
    expect(nextTool(TOOL_IDS[0]!, 'ArrowLeft')).toBe(TOOL_IDS.at(-1))
    expect(nextTool(TOOL_IDS.at(-1)!, 'ArrowRight')).toBe(TOOL_IDS[0])
  })
})
