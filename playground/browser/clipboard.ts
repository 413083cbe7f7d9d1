/**
 * Copy text: inside DingTalk through DingTalk's own clipboard (its web view may refuse
 * navigator.clipboard), elsewhere through navigator.clipboard, with the old
 * textarea + execCommand('copy') as the last resort (http pages, old browsers).
 * DingTalk gets DINGTALK_TIMEOUT_MS.clipboard to answer (./clipboard-dingtalk.ts, loaded only
 * there); after that, or when it refuses, the browser's clipboard is tried. Never throws; says how it went.
 */
import { loadedJsapi } from './jsapi-slot'

export interface CopyResult {
  ok: boolean
  /** What the reader should know besides 已复制 / 复制失败: why DingTalk's clipboard was not used ('' when it was, or outside DingTalk). */
  note: string
}

export async function copyText(text: string): Promise<CopyResult> {
  const loading = loadedJsapi()
  let note = ''
  if (loading) {
    try {
      const { copyInDingTalk } = await import('./clipboard-dingtalk')
      note = await copyInDingTalk(loading, text)
      if (!note) return { ok: true, note: '' }
    } catch {
      note = '钉钉的剪贴板不可用，' // the part itself did not load
    }
  }
  let ok: boolean
  try {
    await navigator.clipboard.writeText(text)
    ok = true
  } catch {
    // http pages, old browsers: the old way, loaded only when needed
    ok = await import('./clipboard-textarea').then((m) => m.copyWithTextarea(text), () => false)
  }
  return { ok, note: note && (ok ? `${note}已改用浏览器复制。` : `${note}浏览器也没能复制。`) }
}
