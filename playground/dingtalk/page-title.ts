/**
 * Inside DingTalk the native navigation bar shows its own title, not the page's <title>.
 * Keep it in step: set it now and whenever VitePress changes document.title (SPA navigation).
 * Loaded by the theme's tiny hook only after inDingTalk() said yes.
 */
import { setPageTitle } from './jsapi'
import { shortTitle } from './short-title'

export function syncDingTalkTitle(): void {
  let last = ''
  const update = () => {
    const title = shortTitle(document.title)
    if (title === last) return
    last = title
    setPageTitle(title).catch(() => {
      // an old client without setTitle: the bar keeps DingTalk's own title, nothing breaks
    })
  }
  update()
  new MutationObserver(update).observe(document.head, { subtree: true, childList: true, characterData: true })
}
