import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { toDocx } from '../../../src/node/export/docx'
import { article, BODY_1, br, doc, h, li, link, ol, p, quote, QUOTE, t, ul } from './fixtures'

async function part(buffer: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer)
  const file = zip.file(name)
  if (!file) throw new Error(`no ${name} in the package`)
  return file.async('string')
}

/** The <w:p> elements of the body, in order. */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []
}

const rich = doc(
  h('h2', 'عنوان فرعي'),
  p('نص ', t('غامق', 1), ' و', t('مائل', 2), ' و', t('مسطّر', 8), br, link('https://example.com/?a=1&b=2', 'رابط'), link('javascript:alert(1)', ' خبيث')),
  ul(li('بند أول'), li('بند ثان')),
  ol(li('واحد'), li(ol(li('فرعي'))), li('اثنان')),
  quote('قول مأثور'),
  p('An English paragraph with 3 numbers.')
)

describe('toDocx', () => {
  it('lays paragraphs out right to left and marks Arabic runs right-to-left', async () => {
    const xml = await part(await toDocx(article()), 'word/document.xml')
    const ps = paragraphs(xml)
    // Title, author, pull quote, two paragraphs.
    expect(ps).toHaveLength(5)
    for (const para of ps) {
      expect(para).toContain('<w:bidi/>')
      expect(para).toMatch(/<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<w:rtl\/>/)
    }
    expect(xml).toContain(`<w:t xml:space="preserve">${BODY_1}</w:t>`)
  })

  it('uses a complex-script font and size, and styles the title, author and pull quote', async () => {
    const buffer = await toDocx(article())
    const styles = await part(buffer, 'word/styles.xml')
    expect(styles).toMatch(/<w:rFonts [^>]*w:cs="Noto Naskh Arabic"/)
    expect(styles).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/)
    expect(styles).toMatch(/<w:szCs w:val="28"\/>/)
    expect(styles).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/)
    const pullQuote = styles.match(/<w:style [^>]*w:styleId="PullQuote"[\s\S]*?<\/w:style>/)?.[0] ?? ''
    expect(pullQuote).toContain('<w:name w:val="Pull Quote"/>')
    expect(pullQuote).toContain('<w:pBdr>')
    expect(pullQuote).toMatch(/<w:shd [^>]*w:fill="F2F2F2"/)
    expect(pullQuote).toMatch(/<w:szCs w:val="36"\/>/)
    const xml = await part(buffer, 'word/document.xml')
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    expect(xml).toContain('<w:pStyle w:val="Author"/>')
    expect(xml).toContain('<w:pStyle w:val="PullQuote"/>')
    const core = await part(buffer, 'docProps/core.xml')
    expect(core).toContain('<dc:creator>سارة الأحمد</dc:creator>')
  })

  it('keeps headings, lists, bold, italic, underline, line breaks and safe links', async () => {
    const buffer = await toDocx(article({ document: rich }))
    const xml = await part(buffer, 'word/document.xml')
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>')
    expect(xml).toMatch(/<w:b\/><w:bCs\/>(?:(?!<\/w:rPr>)[\s\S])*<w:rtl\/>/)
    expect(xml).toMatch(/<w:i\/><w:iCs\/>/)
    expect(xml).toContain('<w:u w:val="single"/>')
    expect(xml).toContain('<w:br/>')
    expect(xml).toContain('<w:numPr>')
    expect(xml).toContain('<w:hyperlink')
    const rels = await part(buffer, 'word/_rels/document.xml.rels')
    expect(rels).toContain('Target="https://example.com/?a=1&amp;b=2"')
    expect(rels).not.toContain('javascript')
    // A Latin paragraph is laid out left to right, its words in left-to-right runs.
    const english = paragraphs(xml).find((x) => x.includes('An English paragraph')) ?? ''
    expect(english).not.toContain('<w:bidi/>')
    expect(english).not.toContain('<w:rtl/>')
  })

  it('opens in mammoth with its paragraphs, headings, lists, bold text and links', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await toDocx(article({ document: rich })) }, { styleMap: ['u => u'] })
    expect(html).toContain(`<p>${QUOTE}</p>`)
    expect(html).toContain('<h2>عنوان فرعي</h2>')
    expect(html).toContain('<strong>غامق</strong>')
    expect(html).toContain('<em>مائل</em>')
    expect(html).toContain('<u>مسطّر</u>')
    expect(html).toContain('<br /><a href="https://example.com/?a=1&amp;b=2">رابط</a> خبيث')
    expect(html).toContain('<ul><li>بند أول</li><li>بند ثان</li></ul>')
    expect(html).toContain('<ol><li>واحد<ol><li>فرعي</li></ol></li><li>اثنان</li></ol>')
    expect(html).toContain('<p>قول مأثور</p>')
  })

  it('writes an article without author, title or pull quote, and numbered lists that start elsewhere', async () => {
    const numbered = { ...ol(li('ثالثا'), li('رابعا')), start: 3 }
    const buffer = await toDocx(article({ author: null, title: '', pullQuote: '', document: doc(numbered) }))
    const xml = await part(buffer, 'word/document.xml')
    expect(paragraphs(xml)).toHaveLength(2)
    const numbering = await part(buffer, 'word/numbering.xml')
    expect(numbering).toContain('<w:start w:val="3"/>')
  })
})
