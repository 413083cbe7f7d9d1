// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { copyText } from './clipboard'
import { explainAuthCodeFailure } from '../logic/app/jsapi/auth-code-error'
import { provideJsapi, type Jsapi } from './jsapi-slot'
import { DINGTALK_TIMEOUT_MS, TimeoutError, withTimeout } from '../logic/app/jsapi/with-timeout'

const never = () => new Promise<never>(() => {})

function fakeJsapi(setClipboard: (text: string) => Promise<void>) {
  provideJsapi(Promise.resolve({ setClipboard } as unknown as Jsapi))
}

afterEach(() => {
  vi.useRealTimers()
  delete (globalThis as Record<string, unknown>).__gtFaqDingTalkJsapi
})

describe('withTimeout', () => {
  it('passes a result or a refusal through', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toBe(7)
    await expect(withTimeout(Promise.reject(new Error('no')), 1000)).rejects.toThrow('no')
  })

  it('gives up with a TimeoutError when there is no answer', async () => {
    vi.useFakeTimers()
    const pending = withTimeout(never(), 10_000)
    const seen = expect(pending).rejects.toBeInstanceOf(TimeoutError)
    await vi.advanceTimersByTimeAsync(10_000)
    await seen
    await expect(pending).rejects.toThrow('钉钉在 10 秒内没有回应')
  })
})

describe('copyText inside DingTalk', () => {
  it('uses DingTalk’s clipboard when it answers', async () => {
    const setClipboard = vi.fn().mockResolvedValue(undefined)
    fakeJsapi(setClipboard)
    expect(await copyText('hello')).toEqual({ ok: true, note: '' })
    expect(setClipboard).toHaveBeenCalledWith('hello')
  })

  it('falls back to the browser’s clipboard when DingTalk does not answer, and says so', async () => {
    vi.useFakeTimers()
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    fakeJsapi(never)
    const pending = copyText('hello')
    await vi.advanceTimersByTimeAsync(DINGTALK_TIMEOUT_MS.clipboard)
    const result = await pending
    expect(result.ok).toBe(true)
    expect(result.note).toBe('钉钉的剪贴板没有回应，已改用浏览器复制。')
    expect(writeText).toHaveBeenCalledWith('hello')
  })

  it('says when DingTalk refused and the browser could not copy either', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true })
    document.execCommand = () => false
    fakeJsapi(() => Promise.reject({ errorCode: '1', errorMessage: 'no such api' }))
    expect(await copyText('hello')).toEqual({ ok: false, note: '钉钉的剪贴板不可用，浏览器也没能复制。' })
  })
})

describe('explainAuthCodeFailure', () => {
  it('explains a 免登 request DingTalk never answered', () => {
    const f = explainAuthCodeFailure(new TimeoutError(DINGTALK_TIMEOUT_MS.authCode))
    expect(f.detail).toBe('')
    expect(f.explanation).toContain('钉钉在 10 秒内没有回应')
    expect(f.explanation).toContain('再试')
  })
})
