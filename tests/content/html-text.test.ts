import { describe, expect, it } from 'vitest'
import { decodeEntities, docContent, htmlToText, tableRows } from './html-text'

describe('htmlToText', () => {
  it('drops tags, scripts and comments and decodes entities', () => {
    expect(htmlToText('<p>A&amp;B &lt;x&gt; &#20013;&#x6587;</p><script>var s="隐藏"</script><!-- widget: X -->').trim()).toBe('A&B <x> 中文')
  })
  it('keeps block boundaries as line breaks', () => {
    expect(htmlToText('<li>一</li><li>二</li>').trim().split('\n')).toEqual(['一', '二'])
  })
})

describe('decodeEntities', () => {
  it('leaves unknown entities alone', () => {
    expect(decodeEntities('&unknown; &quot;')).toBe('&unknown; "')
  })
})

describe('tableRows', () => {
  it('returns each row as the text of its cells', () => {
    const html = '<table><tr><th>权限</th><th>描述</th></tr><tr><td><strong>身份验证</strong></td><td>获取员工的基本信息</td></tr></table>'
    expect(tableRows(html)).toEqual([['权限', '描述'], ['身份验证', '获取员工的基本信息']])
  })
})

describe('docContent', () => {
  it('cuts the document out of the page', () => {
    expect(docContent('<nav>菜单</nav><div class="vp-doc _app"><p>正文</p></div><footer>页脚</footer>')).toBe('<div class="vp-doc _app"><p>正文</p></div>')
  })
})
