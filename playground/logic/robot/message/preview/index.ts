export { escapeHtml } from './escape-html'
export { safeUrl } from './safe-url'
export { imagePlaceholder, renderInline, renderPlain, type InlineOptions } from './render-inline'
export { renderDingTalkMarkdown } from './render-markdown'
