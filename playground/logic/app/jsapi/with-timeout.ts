/**
 * A DingTalk JS-API call that never answers (an old or odd client, a page opened outside the
 * workbench, a bridge that never got ready) must not leave a button spinning: every call the
 * widgets make goes through withTimeout, which gives up after a while with a TimeoutError.
 */
export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`钉钉在 ${Math.round(ms / 1000)} 秒内没有回应`)
    this.name = 'TimeoutError'
  }
}

/** How long the widgets wait for DingTalk. Copying is instant when it works; 免登 asks DingTalk's server. */
export const DINGTALK_TIMEOUT_MS = { clipboard: 2_000, authCode: 10_000 } as const

/** `work`'s result, or a TimeoutError after `ms`. A late answer is ignored. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(ms)), ms)
    work.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (reason: unknown) => {
        clearTimeout(timer)
        reject(reason)
      },
    )
  })
}

export function isTimeout(reason: unknown): reason is TimeoutError {
  return reason instanceof TimeoutError
}
