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
    expect(nextTool('basic-info', 'ArrowRight')).toBe('dev-info')
    expect(nextTool('basic-info', 'ArrowLeft')).toBe('error-diagnosis')
    expect(nextTool('error-diagnosis', 'ArrowDown')).toBe('basic-info')
    expect(nextTool('robot-signer', 'Home')).toBe('basic-info')
    expect(nextTool('robot-signer', 'End')).toBe('error-diagnosis')
    expect(nextTool('robot-signer', 'a')).toBeNull()
  })
})
