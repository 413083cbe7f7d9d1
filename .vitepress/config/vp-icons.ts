/**
 * VitePress 1.6 links `vp-icons.css` from every page as a render-blocking stylesheet and writes
 * it after rendering, holding the CSS of the social-link icons used. This site shows no social
 * links, so the file is empty and each first visit waits one round trip for nothing. Without
 * social links we drop the link from the HTML and the empty file from the build; should the
 * file ever have content anyway, the build fails instead of shipping pages without their icons.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'

const ICONS_LINK = /[ \t]*<link rel="preload stylesheet" href="[^"]*vp-icons\.css" as="style">\n?/

/** Whether this theme config can show icons (VitePress draws its social links with them). */
export function usesIcons(themeConfig: { socialLinks?: readonly unknown[] } | undefined): boolean {
  return Boolean(themeConfig?.socialLinks?.length)
}

export function withoutIconsLink(html: string): string {
  return html.replace(ICONS_LINK, '')
}

/** buildEnd: remove the empty file; fail when it is not empty, as the pages no longer link it. */
export function removeEmptyIconsCss(outDir: string): void {
  const file = join(outDir, 'vp-icons.css')
  if (!existsSync(file)) return
  if (readFileSync(file, 'utf8').trim() !== '') {
    throw new Error(`${file} is not empty, but the pages do not link it (see .vitepress/config/vp-icons.ts)`)
  }
  unlinkSync(file)
}
