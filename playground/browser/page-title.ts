/**
 * Inside DingTalk the native navigation bar shows its own title, not the page's <title>.
 * Keep it in step: set it now and whenever VitePress changes document.title (SPA navigation).
 * `setTitle` is DingTalk's (see jsapi.ts, which the theme loads only inside DingTalk).
 */
import { shortTitle } from '../logic/app/jsapi/short-title'

export function syncTitle(setTitle: (title: string) => Promise<unknown>): void {
  let last = ''
  const update = () => {
    const title = shortTitle(document.title)
    if (title === last) return
    last = title
    setTitle(title).catch(() => {
      // an old client without setTitle: the bar keeps DingTalk's own title, nothing breaks
    })
  }
  update()
  new MutationObserver(update).observe(document.head, { subtree: true, childList: true, characterData: true })
}
