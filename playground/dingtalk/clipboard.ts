/**
 * Copy text: inside DingTalk through DingTalk's own clipboard (its web view may refuse
 * navigator.clipboard), elsewhere through navigator.clipboard, with the old
 * textarea + execCommand('copy') as the last resort (http pages, old browsers).
 * Resolves to whether the copy worked; never throws.
 */
import { loadedJsapi } from './jsapi-slot'

export async function copyText(text: string): Promise<boolean> {
  const loading = loadedJsapi()
  if (loading) {
    try {
      await (await loading).setClipboard(text)
      return true
    } catch {
      // an old client or a refused call: fall back to the browser's clipboard
    }
  }
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return copyWithTextarea(text)
  }
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0'
  document.body.appendChild(area)
  area.select()
  let ok = false
  try {
    ok = document.execCommand('copy')
  } catch {
    ok = false
  }
  area.remove()
  return ok
}
