/**
 * The navigation bar of DingTalk's web view is narrow: show the page's own title, without
 * VitePress's " | site title" suffix. The home page's title is the site title itself.
 */
export function shortTitle(documentTitle: string): string {
  const [page] = documentTitle.split(' | ')
  return (page ?? '').trim() || documentTitle.trim()
}
