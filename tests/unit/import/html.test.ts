import { describe, expect, it } from 'vitest'
import { decodeEntities, parseHtml } from '../../../src/node/import/html-tree'
import { piecesFromHtml } from '../../../src/node/import/html-to-document'

function body(html: string): unknown[] {
  return piecesFromHtml(html).pieces.map((p) => p.node)
}

describe('parseHtml', () => {
  it('reads elements, attributes in any quoting and void elements', () => {
    expect(parseHtml('<p class="a" id=\'b\' data-x=c>x<br />y<img src=""></p>z')).toEqual([
      {
        tag: 'p',
        attrs: { class: 'a', id: 'b', 'data-x': 'c' },
        children: ['x', { tag: 'br', attrs: {}, children: [] }, 'y', { tag: 'img', attrs: { src: '' }, children: [] }]
      },
      'z'
    ])
  })

  it('decodes entities once, into text, and keeps what it does not know', () => {
    expect(decodeEntities('&lt;b&gt; &amp;lt; &quot;&#39;&#x41;&#1575; &copy; &#0; &#xD800; &#x110000;')).toBe('<b> &lt; "\'Aا &copy; \ufffd \ufffd \ufffd')
  })

  it('survives broken markup: stray closers are ignored, unclosed elements close at the end, a lone < is text', () => {
    expect(parseHtml('</p><p>a <b>b</p>c < d')).toEqual([{ tag: 'p', attrs: {}, children: ['a ', { tag: 'b', attrs: {}, children: ['b'] }] }, 'c < d'])
  })
})

describe('piecesFromHtml', () => {
  it('keeps markup in the text as text', () => {
    const [para] = body('<p>&lt;img src=x onerror=alert(1)&gt;<script>alert(2)</script></p>') as { children: { text: string }[] }[]
    expect(para!.children).toEqual([expect.objectContaining({ type: 'text', text: '<img src=x onerror=alert(1)>alert(2)', format: 0 })])
  })

  it('keeps http(s) and mailto links and turns any other into its text', () => {
    const [para] = body(
      '<p><a href="https://x.com/?a=1&amp;b=2">ويب</a> <a href="mailto:a@b.org">بريد</a> <a href="javascript:alert(1)">خبيث</a> <a href="#_Toc1">داخلي</a> <a id="anchor"></a></p>'
    ) as { children: Record<string, unknown>[] }[]
    const kids = para!.children
    expect(kids.filter((k) => k.type === 'link').map((k) => k.url)).toEqual(['https://x.com/?a=1&b=2', 'mailto:a@b.org'])
    expect(kids.filter((k) => k.type === 'text').map((k) => k.text)).toEqual([' ', ' خبيث داخلي'])
    expect(piecesFromHtml('<p><a href="javascript:x">a</a></p>').dropped.links).toBe(1)
  })

  it('maps bold, italic and underline to Lexical format bits, nested', () => {
    const [para] = body('<p><strong>غ<em>غم<u>غمس</u></em></strong></p>') as { children: { text: string; format: number }[] }[]
    expect(para!.children.map((c) => [c.text, c.format])).toEqual([
      ['غ', 1],
      ['غم', 3],
      ['غمس', 11]
    ])
  })

  it('lowers h1 to h2 and h4–h6 to h3, and sets direction from the text', () => {
    const nodes = body('<h1>أ</h1><h2>ب</h2><h3>ج</h3><h5>English</h5><p>123</p>') as Record<string, unknown>[]
    expect(nodes.map((n) => [n.type, n.tag, n.direction])).toEqual([
      ['heading', 'h2', 'rtl'],
      ['heading', 'h2', 'rtl'],
      ['heading', 'h3', 'rtl'],
      ['heading', 'h3', 'ltr'],
      ['paragraph', undefined, 'rtl']
    ])
  })

  it('drops pictures and footnotes, flattens tables, and trims paragraphs', () => {
    const { pieces, dropped } = piecesFromHtml(
      '<p>  نص<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> <img src="" /> </p><table><tr><td><p>خلية</p></td></tr></table><ol><li id="footnote-1"><p>حاشية <a href="#footnote-ref-1">↑</a></p></li></ol>'
    )
    expect(pieces.map((p) => p.text)).toEqual(['نص', 'خلية'])
    expect(dropped).toEqual({ images: 1, footnotes: 1, tables: 1, links: 0 })
  })
})
