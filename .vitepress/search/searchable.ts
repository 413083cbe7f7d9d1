/**
 * What of a page the search indexes. The console drawings (today's, docs/parts/console, and the
 * FAQ's old console and the group's robot dialog drawn on the pages) and the console switch repeat
 * labels the text around them already explains, the 资料来源 lists are titles and dates of
 * DingTalk pages, and code samples (fenced blocks, imported sample files) are JSON, shell and
 * program text no admin types: indexed, they make the index a first search downloads bigger (the
 * reader waits for it, tests/e2e/search-speed.e2e.ts) and put captions and field names above
 * answers. Measured with npm run search:eval (issue 22): the same answers without them.
 */
const DRAWING = /<figure class="mock[^"]*"[\s\S]*?<\/figure>/g
const SWITCH = /<fieldset class="console-switch">[\s\S]*?<\/fieldset>/g
// From the heading to the next h1/h2 or the end of the page.
const SOURCES = /^## 资料来源[^\n]*\n[\s\S]*?(?=^#{1,2} |(?![\s\S]))/gm
// A fenced block, from its opening fence to the same fence closing it (or the page's end), and
// a sample file imported with <<<. Inline `code` stays: it is how pages name fields and codes.
const FENCED = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm
const IMPORTED = /^<<< [^\n]*$/gm

export function searchableMarkdown(src: string): string {
  return src.replace(FENCED, '').replace(IMPORTED, '').replace(DRAWING, '').replace(SWITCH, '').replace(SOURCES, '')
}
