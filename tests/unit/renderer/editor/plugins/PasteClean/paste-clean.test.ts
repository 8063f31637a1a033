// @vitest-environment jsdom
import { $generateNodesFromDOM } from '@lexical/html'
import { $getRoot, createEditor, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { ARTICLE_NODES } from '../../../../../../src/renderer/src/editor/nodes'
import { cleanPastedHtml } from '../../../../../../src/renderer/src/editor/plugins/PasteClean/cleanHtml'
import { $cleanPastedNodes } from '../../../../../../src/renderer/src/editor/plugins/PasteClean/cleanNodes'

type J = {
  type: string
  children?: J[]
  text?: string
  format?: number | string
  style?: string
  tag?: string
  listType?: string
  url?: string
  direction?: string | null
}

function paste(html: string): { editor: LexicalEditor; root: J } {
  const editor = createEditor({
    namespace: 'test',
    nodes: ARTICLE_NODES,
    onError: (e) => {
      throw e
    }
  })
  const dom = cleanPastedHtml(html)
  editor.update(
    () => {
      const nodes = $cleanPastedNodes($generateNodesFromDOM(editor, dom))
      $getRoot()
        .clear()
        .append(...nodes)
    },
    { discrete: true }
  )
  return { editor, root: editor.getEditorState().toJSON().root as unknown as J }
}

function walk(node: J, visit: (n: J) => void): void {
  visit(node)
  node.children?.forEach((c) => walk(c, visit))
}

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Arial}</style></head><body>
<p class=MsoNormal dir=RTL style="font-family:Arial;color:red;font-size:14pt;text-align:right"><b><span style="font-family:'Simplified Arabic';color:#FF0000">عنوان عريض</span></b><span> ونص عادي</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>البند الأول</p>
<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>البند الثاني</p>
<ul><li>بند <i>مائل</i></li></ul>
<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>
<p><a href="javascript:window.__pwned=3">رابط خبيث</a> و <a href="https://example.com" target="_blank" style="color:blue">رابط سليم</a></p>
</body></html>`

describe('paste cleaning', () => {
  it('keeps paragraphs, bold, italic, lists and safe links; drops style, images, scripts and bad links', () => {
    const { root } = paste(WORD)
    const types: string[] = []
    const styles: string[] = []
    const urls: string[] = []
    const texts: string[] = []
    walk(root, (n) => {
      types.push(n.type)
      if (n.style) styles.push(n.style)
      if (n.url) urls.push(n.url)
      if (n.text) texts.push(n.text)
      if (n.type !== 'root') expect(n.direction ?? null).toBeNull()
    })
    expect(styles).toEqual([])
    expect(urls).toEqual(['https://example.com'])
    expect(types).not.toContain('image')
    const all = texts.join('|')
    expect(all).toContain('عنوان عريض')
    expect(all).toContain('رابط خبيث')
    expect(all).not.toContain('·')
    expect(all).not.toContain('__pwned')

    const bold = [] as J[]
    walk(root, (n) => n.type === 'text' && typeof n.format === 'number' && n.format & 1 && bold.push(n))
    expect(bold.map((b) => b.text)).toEqual(['عنوان عريض'])
    const italic = [] as J[]
    walk(root, (n) => n.type === 'text' && typeof n.format === 'number' && n.format & 2 && italic.push(n))
    expect(italic.map((b) => b.text)).toEqual(['مائل'])

    const lists = root.children!.filter((c) => c.type === 'list')
    expect(lists.length).toBeGreaterThanOrEqual(1)
    const items: string[] = []
    for (const l of lists)
      for (const li of l.children ?? []) {
        const t: string[] = []
        walk(li, (n) => n.text && t.push(n.text))
        items.push(t.join('').trim())
      }
    expect(items).toEqual(expect.arrayContaining(['البند الأول', 'البند الثاني', 'بند مائل']))
  })

  it('does not execute or load anything while cleaning', () => {
    const w = window as unknown as { __pwned?: number }
    paste('<img src=x onerror="window.__pwned=1"><p>نص</p><script>window.__pwned=2</script><svg onload="window.__pwned=3"></svg>')
    expect(w.__pwned).toBeUndefined()
  })

  it('maps h1 to h2 and h4–h6 to h3', () => {
    const { root } = paste('<h1>أ</h1><h2>ب</h2><h4>ج</h4><h6>د</h6>')
    expect(root.children!.map((c) => c.tag)).toEqual(['h2', 'h2', 'h3', 'h3'])
  })

  it('drops colours, fonts and sizes from Google Docs spans but keeps their bold/italic', () => {
    const { root } = paste(
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-family:Arial;color:#ff0000;font-weight:700">غامق</span><span style="font-style:italic;color:#00f">مائل</span></p></b>'
    )
    const texts: J[] = []
    walk(root, (n) => n.type === 'text' && texts.push(n))
    expect(texts.map((t) => [t.text, t.format, t.style])).toEqual([
      ['غامق', 1, ''],
      ['مائل', 2, '']
    ])
  })

  it('removes strikethrough, code and other formats it cannot keep', () => {
    const { root } = paste('<p><s>مشطوب</s><code>رمز</code><sup>علوي</sup><u>تحته خط</u></p>')
    const formats: number[] = []
    walk(root, (n) => n.type === 'text' && formats.push(n.format as number))
    expect(formats.every((f) => (f & ~(1 | 2 | 8)) === 0)).toBe(true)
    expect(formats).toContain(8)
  })
})

/** Word list paragraphs as different Word versions put them on the clipboard: the marker inside a
 *  conditional block, in the newer comment form and the older bare form (Word 97–2003). */
const WORD_LIST_FORMS = {
  'newer <!--[if !supportLists]--> form': (marker: string, text: string) =>
    `<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-family:Symbol">${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;</span></span><!--[endif]-->${text}</p>`,
  'older <![if !supportLists]> form': (marker: string, text: string) =>
    `<p class=MsoNormal style="margin-left:.5in;text-indent:-.25in;mso-list:l0 level1 lfo1"><![if !supportLists]>${marker}&nbsp;&nbsp;&nbsp;&nbsp;<![endif]>${text}</p>`,
  'older form with the marker in a span': (marker: string, text: string) =>
    `<p class=MsoNormal style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]><span dir=RTL>${text}</span></p>`
}

describe.each(Object.entries(WORD_LIST_FORMS))('Word list markers, %s', (_name, item) => {
  function lists(html: string): { listType: string | undefined; items: string[] }[] {
    const { root } = paste(`<html><body>${html}</body></html>`)
    return root.children!.map((l) => ({
      listType: l.listType,
      items: (l.children ?? []).map((li) => {
        const t: string[] = []
        walk(li, (n) => n.text && t.push(n.text))
        return t.join('')
      })
    }))
  }

  it('a bulleted list keeps only the words of each item, no second bullet', () => {
    expect(lists(item('·', 'البند الأول') + item('·', 'البند الثاني'))).toEqual([{ listType: 'bullet', items: ['البند الأول', 'البند الثاني'] }])
  })

  it('a numbered list stays numbered, without the typed numbers', () => {
    expect(lists(item('1.', 'الأول') + item('2.', 'الثاني'))).toEqual([{ listType: 'number', items: ['الأول', 'الثاني'] }])
  })
})

describe('event handler attributes', () => {
  it('are renamed before parsing, however they are spelled', async () => {
    const { neutralizeEventHandlers } = await import('../../../../../../src/renderer/src/editor/plugins/PasteClean/cleanHtml')
    const out = neutralizeEventHandlers('<img src=x onerror="a>b"><P ONCLICK=x>one onion=3</P><svg/onload=alert(1)><a href="https://e.com"onmouseover=y>')
    for (const handler of ['onerror', 'ONCLICK', 'onload', 'onmouseover']) expect(out).not.toContain(handler)
    expect(out).toContain('one onion=3')
    expect(out).toContain('href="https://e.com"')
  })
})

function textOf(root: J): string {
  const texts: string[] = []
  walk(root, (n) => n.text && texts.push(n.text))
  return texts.join('|')
}

describe('an element the cleaner drops, left unclosed in the paste', () => {
  // Each: the element as a page might leave it, and words of its own content, which must stay out.
  const CASES: [string, string, string[]][] = [
    ['audio', '<audio controls src="https://example.com/a.mp3"><source src="https://example.com/a.ogg" type="audio/ogg">', []],
    ['video', '<video width="320" src="https://example.com/v.mp4"><track kind="captions" src="https://example.com/v.vtt">', []],
    ['svg', '<svg viewBox="0 0 10 10"><g><path d="M0 0h10"/><text x="1">شعار الموقع</text></g>', ['شعار الموقع']],
    ['object', '<object data="https://example.com/x.swf"><param name="quality" value="high"><embed src="https://example.com/x.swf">', []],
    ['iframe', '<iframe src="https://example.com/embed" width="560">', []],
    ['template', '<template><p>قالب مخفي</p>', ['قالب مخفي']],
    ['title', '<title>عنوان الصفحة في المتصفح', ['عنوان الصفحة في المتصفح']],
    ['style', '<style>p.lead { color: red; font-family: Tahoma }', ['color', 'Tahoma']],
    ['noscript', '<noscript>فعّل جافاسكربت لترى الصفحة', ['فعّل جافاسكربت']]
  ]

  it.each(CASES)('<%s>: the text after it is kept, its own content stays out', (_, element, own) => {
    const { root } = paste(`<p>الفقرة الأولى</p>${element}<p>الفقرة التي تليه</p><p>والفقرة <b>الأخيرة</b></p>`)
    const text = textOf(root)
    expect(text).toContain('الفقرة الأولى')
    expect(text).toContain('الفقرة التي تليه')
    expect(text).toContain('الأخيرة')
    for (const words of own) expect(text).not.toContain(words)
    expect(root.children!.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it.each(CASES)('<%s> inside a paragraph: the rest of the paragraph and the next one are kept', (_, element, own) => {
    const { root } = paste(`<div><p>استمع إلى ${element}</p><p>ثم اقرأ المقال</p></div><p>وفي الختام</p>`)
    const text = textOf(root)
    for (const words of ['استمع إلى', 'ثم اقرأ المقال', 'وفي الختام']) expect(text).toContain(words)
    for (const words of own) expect(text).not.toContain(words)
  })

  // Raw text (title, style) and an inline run of noscript cannot be told from the text after
  // them when no tag comes between; the others hold only markup, so the text is kept.
  it.each(CASES.filter(([name]) => !['title', 'style', 'noscript'].includes(name)))(
    '<%s> with text right after it, no markup between: the text is kept',
    (_, element, own) => {
      const text = textOf(paste(`<p>قبل ${element} وبعده مباشرة</p><p>بقية النص</p>`).root)
      for (const words of ['قبل', 'وبعده مباشرة', 'بقية النص']) expect(text).toContain(words)
      for (const words of own) expect(text).not.toContain(words)
    }
  )

  it('all of them in one paste, one after the other: every paragraph between them is kept', () => {
    const after = CASES.map(([name]) => `بعد ${name}`)
    const text = textOf(paste(CASES.map(([, element], i) => `${element}<p>${after[i]}</p>`).join('')).root)
    for (const words of after) expect(text).toContain(words)
    for (const words of CASES.flatMap(([, , own]) => own)) expect(text).not.toContain(words)
  })

  it('closed ones, and names in comments or attributes, are left as they were: content dropped, nothing else touched', () => {
    const text = textOf(
      paste(
        '<p title="<audio>">أول</p><!-- <video> --><video>نص بديل</video><style>b{color:red}</style><svg><text>رسم</text></svg><p>ثان</p><noscript><p>بديل</p></noscript><p>ثالث</p>'
      ).root
    )
    expect(text).toBe('أول|ثان|ثالث')
  })

  it('an unclosed script keeps its code out and the text after it in', () => {
    const text = textOf(paste('<p>أول</p><script>if (a < b) { window.__pwned = 4 }<p>بعد النص البرمجي</p>').root)
    expect(text).toContain('بعد النص البرمجي')
    expect(text).not.toContain('pwned')
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })
})
