/**
 * A link that opens a page of this site inside DingTalk (DingTalk's
 * dingtalk://dingtalkclient/page/link?url=… scheme). Only the page's address goes in:
 * query and hash are dropped, so no value typed into a widget can ever end up in the link.
 */
export function openInDingTalkLink(pageUrl: string): string {
  let clean: string
  try {
    const url = new URL(pageUrl)
    clean = url.origin + url.pathname
  } catch {
    clean = pageUrl.split(/[?#]/)[0] ?? ''
  }
  return `dingtalk://dingtalkclient/page/link?url=${encodeURIComponent(clean)}`
}
