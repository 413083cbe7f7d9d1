// @vitest-environment happy-dom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderDingTalkMarkdown, renderPlain, safeUrl } from './index'

const md = (s: string, mentions?: string[]) => renderDingTalkMarkdown(s, { mentions })

describe('the DingTalk subset is rendered', () => {
  it('headings 1–6', () => {
    expect(md('# 一级')).toBe('<h1>一级</h1>')
    expect(md('###### 六级')).toBe('<h6>六级</h6>')
    expect(md('####### 七个井号')).toBe('<p>####### 七个井号</p>')
    expect(md('#没有空格')).toBe('<p>#没有空格</p>')
  })

  it('quotes, joined over lines', () => {
    expect(md('> 第一行\n> 第二行')).toBe('<blockquote>第一行\n第二行</blockquote>')
  })

  it('bold and italic, nested', () => {
    expect(md('**粗体** 与 *斜体*')).toBe('<p><strong>粗体</strong> 与 <em>斜体</em></p>')
    expect(md('**粗 *斜* 粗**')).toBe('<p><strong>粗 <em>斜</em> 粗</strong></p>')
    expect(md('a * b * c')).toBe('<p>a * b * c</p>')
  })

  it('links (http, https, dingtalk) with safe attributes', () => {
    expect(md('[详情](https://gt.example.com/a?b=1&c=2)')).toBe(
      '<p><a href="https://gt.example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow">详情</a></p>',
    )
    expect(md('[钉钉内打开](dingtalk://dingtalkclient/page/link?url=x)')).toContain('href="dingtalk://')
  })

  it('images as placeholders that load nothing', () => {
    const html = md('![截图](https://gt.example.com/p.png)')
    expect(html).toContain('class="dt-img"')
    expect(html).toContain('图片：截图')
    expect(html).not.toContain('<img')
  })

  it('unordered and ordered lists, keeping the start number', () => {
    expect(md('- 一\n- 二')).toBe('<ul><li>一</li><li>二</li></ul>')
    expect(md('* 一\n+ 二')).toBe('<ul><li>一</li><li>二</li></ul>')
    expect(md('1. 一\n2. 二')).toBe('<ol><li>一</li><li>二</li></ol>')
    expect(md('3. 三\n4. 四')).toBe('<ol start="3"><li>三</li><li>四</li></ol>')
  })

  it('line breaks: soft by default, hard with two trailing spaces, paragraphs on blank lines', () => {
    expect(md('甲\n乙')).toBe('<p>甲\n乙</p>')
    expect(md('甲  \n乙')).toBe('<p>甲<br>乙</p>')
    expect(md('甲\n\n乙')).toBe('<p>甲</p><p>乙</p>')
  })

  it('highlights @mentions that are listed', () => {
    expect(md('请 @13800000000 查看', ['13800000000'])).toBe('<p>请 <span class="dt-at">@13800000000</span> 查看</p>')
    expect(md('请 @13800000000 查看')).toBe('<p>请 @13800000000 查看</p>')
  })

  it('is empty for empty input', () => {
    expect(md('')).toBe('')
    expect(md('   \n  ')).toBe('')
  })
})

describe('everything else stays literal', () => {
  it.each([
    ['a table', '| a | b |\n|---|---|\n| 1 | 2 |', '<p>| a | b |\n|---|---|\n| 1 | 2 |</p>'],
    ['strikethrough', '~~删除~~', '<p>~~删除~~</p>'],
    ['a code span', '`code`', '<p>`code`</p>'],
    ['a fenced code block', '```\nx\n```', '<p>```\nx\n```</p>'],
    ['a horizontal rule', '---', '<p>---</p>'],
    ['a font tag without a colour', '<font size=8>大</font>', '<p>&lt;font size=8&gt;大&lt;/font&gt;</p>'],
    ['a font colour that is not a plain value', '<font color="red;background:url(x)">红</font>', '<p>&lt;font color=&quot;red;background:url(x)&quot;&gt;红&lt;/font&gt;</p>'],
    ['an escaped star', '\\*不是斜体\\*', '<p>*不是斜体*</p>'],
  ])('%s', (_name, source, html) => {
    expect(md(source)).toBe(html)
  })

  it('colours <font color> as DingTalk does (observed, issue 13)', () => {
    expect(md('<font color=#FF0000 size=8 face="黑体">触发规则</font> 与 <FONT COLOR="green">**恢复**</FONT>')).toBe(
      '<p><span class="dt-font" style="color: #FF0000">触发规则</span> 与 <span class="dt-font" style="color: green"><strong>恢复</strong></span></p>',
    )
  })

  it('renders a table on the PC client and leaves it as text on the phone (reported, issue 13)', () => {
    const table = '| 项目 | 状态 |\n| --- | :-: |\n| 跟投 | **开放** |\n\n后文'
    expect(renderDingTalkMarkdown(table, { client: 'pc' })).toBe(
      '<table><thead><tr><th>项目</th><th>状态</th></tr></thead><tbody><tr><td>跟投</td><td><strong>开放</strong></td></tr></tbody></table><p>后文</p>',
    )
    expect(renderDingTalkMarkdown(table)).toContain('<p>| 项目 | 状态 |')
  })

  it('a link with an unsafe scheme is shown as text', () => {
    expect(md('[点我](javascript:alert(1))')).toBe('<p>[点我](javascript:alert(1))</p>')
    expect(md('[点我](data:text/html,<script>)')).not.toContain('<a')
  })
})

describe('no XSS', () => {
  const ALLOWED_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'A', 'SPAN', 'BR'])
  const ALLOWED_ATTRS = new Set(['href', 'target', 'rel', 'class', 'role', 'aria-label', 'title', 'start', 'aria-hidden'])

  function assertSafe(html: string) {
    const root = document.createElement('div')
    root.innerHTML = html
    for (const el of root.querySelectorAll('*')) {
      expect(ALLOWED_TAGS, el.tagName).toContain(el.tagName)
      for (const attr of el.getAttributeNames()) {
        expect(ALLOWED_ATTRS, attr).toContain(attr)
      }
      const href = el.getAttribute('href')
      if (href !== null) expect(href).toMatch(/^(https?|dingtalk):\/\//i)
    }
  }

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](https://a.example/"onmouseover="alert(1))',
    '![x" onerror="alert(1)](https://a.example/p.png)',
    '[<img src=x onerror=alert(1)>](https://a.example/)',
    '[x](JAVASCRIPT:alert(1))',
    '[x](  javascript:alert(1))',
    '[x](https://a.example/\'><script>alert(1)</script>)',
    '**<svg onload=alert(1)>**',
    '> <iframe src=javascript:alert(1)>',
    '# <a href="javascript:alert(1)">x</a>',
  ])('%s', (source) => {
    const html = md(source, ['<b>'])
    assertSafe(html)
    expect(html).not.toMatch(/<(script|img|svg|iframe)/i)
  })

  it('any string renders to allowed tags and attributes only (property)', () => {
    const piece = fc.constantFrom('<', '>', '"', "'", '&', '*', '**', '[', ']', '(', ')', '!', '#', '> ', '- ', '1. ', '\n', '  \n',
      'javascript:', 'https://a.example/', 'onerror=', '<script>', 'x', '中', '🤖', '\\')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.string(), { maxLength: 3 }), (parts, mentions) => {
        assertSafe(md(parts.join(''), mentions))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on odd or huge input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => void md(s)))
    const huge = '**[x](https://a.example/) '.repeat(4000)
    expect(typeof md(huge)).toBe('string')
  })
})

describe('helpers', () => {
  it('renderPlain escapes and highlights', () => {
    expect(renderPlain('<b>@张三', { mentions: ['张三'] })).toBe('&lt;b&gt;<span class="dt-at">@张三</span>')
  })
  it('safeUrl accepts web and dingtalk links only', () => {
    expect(safeUrl('https://gt.example.com/')).toBe('https://gt.example.com/')
    expect(safeUrl('ftp://x')).toBeNull()
    expect(safeUrl('/relative')).toBeNull()
    expect(safeUrl('https://a.example/ b')).toBeNull()
  })
})

// Issue 13: a 200 KB line of `[]` froze the page for 25 s (each `[` scanned the rest of the text
// for `](`): minutes in Node. Hostile shapes of 200 KB must render in about linear time.
describe('rendering time on hostile 200 KB input', () => {
  it.each([
    ['[]', '[]'],
    ['[a](', '[a]('],
    ['![', '!['],
    ['[[a](b)', '[[a](b)'],
    ['*a', '*a'],
  ])('%s repeated', (_, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length))
    const start = performance.now()
    const html = renderDingTalkMarkdown(text)
    expect(performance.now() - start).toBeLessThan(5000)
    expect(html.length).toBeGreaterThan(text.length / 2)
  })
})
