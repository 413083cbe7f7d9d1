/**
 * A guide page's sections below the first screen, laid out when the reader comes near them
 * (issue 24, third pass): each `##` section after the first is wrapped at build time in
 * `<section class="deferred-section" style="contain-intrinsic-size: auto Npx">`, and
 * `content-visibility: auto` (custom.css; below 1280 px, where VitePress shows no outline beside
 * the page) lets the browser skip their style and layout until they come near the screen. The
 * text stays in the DOM: find-in-page, anchors and the search see it; print lays everything out
 * (print.css).
 *
 * A section that holds a Vue component (a widget: `<DevInfoForm />`) is not wrapped: a lazy
 * widget mounts when its place comes within a screen of the view, which an unrendered section
 * would delay. N is an estimate of the section's height on a phone; `auto` makes the browser
 * keep the real height once it has laid the section out.
 */
import type { MarkdownRenderer } from 'vitepress'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

/** How many `##` sections, from the top, are laid out at once (on or near the first screen). */
export const NOT_DEFERRED = 1

/** Rough height on a 412 px phone: 22 CJK characters a line of 27 px, blocks 16 px apart. */
export function estimateHeight(tokens: readonly Token[]): number {
  let px = 0
  for (const t of tokens) {
    if (t.type === 'inline') px += Math.ceil(Math.max(1, t.content.length) / 22) * 27
    else if (t.type === 'fence' || t.type === 'code_block') px += (t.content.split('\n').length + 1) * 22 + 32
    else if (t.type === 'html_block') px += t.content.split('\n').length * 24
    else if (t.nesting === 1 && t.level === 0) px += 16
  }
  return Math.max(100, Math.round(px / 10) * 10)
}

const holdsComponent = (t: Token) => (t.type === 'html_block' || t.type === 'html_inline') && /<[A-Z]/.test(t.content)

export function deferredSectionsPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push('deferred_sections', (state) => {
    const tokens = state.tokens
    const starts: number[] = []
    tokens.forEach((t, i) => t.type === 'heading_open' && t.tag === 'h2' && t.level === 0 && starts.push(i))
    if (starts.length <= NOT_DEFERRED) return
    const out: Token[] = tokens.slice(0, starts[NOT_DEFERRED])
    for (let s = NOT_DEFERRED; s < starts.length; s++) {
      const body = tokens.slice(starts[s], starts[s + 1] ?? tokens.length)
      if (body.some(holdsComponent) || body.some((t) => t.children?.some(holdsComponent))) {
        out.push(...body)
        continue
      }
      const open = new state.Token('html_block', '', 0)
      open.content = `<section class="deferred-section" style="contain-intrinsic-size:auto ${estimateHeight(body)}px">\n`
      const close = new state.Token('html_block', '', 0)
      close.content = '</section>\n'
      out.push(open, ...body, close)
    }
    state.tokens = out
  })
}
