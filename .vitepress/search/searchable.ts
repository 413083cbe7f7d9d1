/**
 * What of a page the search indexes. The drawings of today's console (docs/parts/console) and
 * the console switch repeat labels the text already explains, and the 资料来源 lists are
 * titles and dates of DingTalk pages: indexed, they fill the index a first search downloads
 * (60 KB budget) and put drawing captions above answers. The FAQ's own console mock-ups stay:
 * they carry the seed's field names.
 */
const DRAWING = /<figure class="mock console-new"[\s\S]*?<\/figure>/g
const SWITCH = /<fieldset class="console-switch">[\s\S]*?<\/fieldset>/g
// From the heading to the next h1/h2 or the end of the page.
const SOURCES = /^## 资料来源[^\n]*\n[\s\S]*?(?=^#{1,2} |(?![\s\S]))/gm

export function searchableMarkdown(src: string): string {
  return src.replace(DRAWING, '').replace(SWITCH, '').replace(SOURCES, '')
}
