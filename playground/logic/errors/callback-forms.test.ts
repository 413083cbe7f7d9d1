/**
 * HTTP callbacks and event subscription (issue 21): every error the callback crypto libraries document,
 * in each form its language prints it, and DingTalk's console and server messages about a callback
 * address, find their entry and DingTalk's code (testdata/callback-forms.ts: INVENTED pastes around the
 * libraries' and DingTalk's own words; sources there).
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { officialTable } from './official-shards'
import { CONSOLE_CASES, ENTRY_OF, FAILED_PUSHES, LIBRARIES, NO_FAILED_PUSHES, RUNTIME_UNDER_LIBRARIES } from './testdata/callback-forms'

const read = async (text: string) => {
  const d = await diagnose(text, officialTable)
  return `${d.id} (errcode ${String(d.errcode)})`
}

describe('callback crypto libraries, as each language prints their errors', () => {
  it('finds the entry and DingTalk’s code of each error in each printed form', async () => {
    const misses: string[] = []
    let checked = 0
    for (const lib of [...LIBRARIES, RUNTIME_UNDER_LIBRARIES]) {
      for (const error of lib.errors) {
        for (const printer of lib.printers) {
          // 签名不匹配 alone is also the robot's: only a paste that names the library says it is a callback's.
          if (error.generic && !printer.named) continue
          const text = printer.render(error)
          const want = `${ENTRY_OF[error.code]} (errcode ${error.code})`
          const got = await read(text)
          checked++
          if (got !== want) misses.push(`${lib.name} / ${printer.name}: want ${want}, got ${got}\n      ${text.slice(0, 140).replace(/\n/g, '⏎')}`)
        }
      }
    }
    expect(misses, misses.join('\n')).toEqual([])
    expect(checked).toBeGreaterThan(60)
  })

  it('keeps a bare 签名不匹配 the robot’s: without the library named, nothing says it is a callback', async () => {
    expect(await read('签名不匹配')).toBe('robot.310000.sign (errcode 310000)')
    expect(await read('{"errcode":310000,"errmsg":"sign not match"}')).toBe('robot.310000.sign (errcode 310000)')
  })

  it('reads what DingTalk says when a callback address is saved or registered', async () => {
    const misses: string[] = []
    for (const c of CONSOLE_CASES) {
      const want = `${c.id} (errcode ${String(c.errcode)})`
      const got = await read(c.text)
      if (got !== want) misses.push(`want ${want}, got ${got}: ${c.text}`)
    }
    expect(misses, misses.join('\n')).toEqual([])
  })

  it('never calls a list of failed pushes a success: errcode 0, but events DingTalk could not deliver', async () => {
    for (const text of FAILED_PUSHES) expect(await read(text)).toBe('callback.pushFailed (errcode null)')
    expect(await read(NO_FAILED_PUSHES)).toBe('success (errcode 0)')
  })

  it('stays linear: 200 KB of a callback log is read well under 100 ms', async () => {
    const line = '2026-12-03 10:15:42 INFO callback msg_signature=5a65ceeef9aab2d1 timestamp=1783610513 nonce=nEXhMP4r decrypt_message ok\n'
    const text = 'com.dingtalk.oapi.lib.aes.DingTalkEncryptException: 签名不匹配\n' + line.repeat(Math.ceil(200_000 / line.length))
    await read(text)
    const start = performance.now()
    const got = await read(text)
    expect(performance.now() - start).toBeLessThan(100)
    expect(got).toBe('callback.signature (errcode 900005)')
  })
})
