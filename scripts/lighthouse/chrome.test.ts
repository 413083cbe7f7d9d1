import { describe, expect, it } from 'vitest'
import { devtoolsPort } from './chrome'

describe('devtoolsPort', () => {
  it("reads the port from Chromium's DevTools line", () => {
    expect(devtoolsPort('[1124/142000.1:WARNING] x\n\nDevTools listening on ws://127.0.0.1:39261/devtools/browser/ab-cd\n')).toBe(39261)
  })

  it('gives null before the line has arrived', () => {
    expect(devtoolsPort('DevTools listening on ws://127.0.0.1:392')).toBeNull()
    expect(devtoolsPort('')).toBeNull()
  })
})
