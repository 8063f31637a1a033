import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  SymbolRun,
  Table,
  TableCell,
  TableRow,
  TextRun
} from 'docx'
import JSZip from 'jszip'
import { createEditor } from 'lexical'
import { LinkNode } from '@lexical/link'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { describe, expect, it } from 'vitest'
import { toDocx } from '../../../src/node/export/docx'
import { docxToArticleInput, DocxImportError } from '../../../src/node/import/docx'
import { blocksFromDocument, exportChecklist, toHtml } from '../../../src/shared/export/index'
import { paragraphsFromDocument } from '../../../src/shared/document/index'
import type { SerializedDocNode } from '../../../src/shared/model/article'
import { article, br, doc, h, li, link, ol, p, quote, t, ul } from '../export/fixtures'
import { ar as arabic, en } from '../messages/render'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const ar = (text: string, extra: Record<string, unknown> = {}): TextRun => new TextRun({ text, rightToLeft: true, ...extra })

/** A column as a columnist's Word would hold it: heading first, byline, mixed formatting, a list, a link. */
async function wordColumn(): Promise<Buffer> {
  const bullet = (text: string, level = 0): Paragraph => new Paragraph({ bidirectional: true, numbering: { reference: 'b', level }, children: [ar(text)] })
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('مصدر الرقم')] } },
    numbering: {
      config: [
        { reference: 'b', levels: [0, 1].map((level) => ({ level, format: LevelFormat.BULLET, text: '•' })) },
        { reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }
      ]
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: true, children: [ar('الماء نعمة')] }),
          new Paragraph({ bidirectional: true, children: [ar('بقلم: سارة الأحمد')] }),
          new Paragraph({
            bidirectional: true,
            children: [ar('تعلمنا منذ الصغر أن '), ar('الماء نعمة', { bold: true }), ar('، لكننا لم نتعلم إدارتها.'), new FootnoteReferenceRun(1)]
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, bidirectional: true, children: [ar('ما العمل؟')] }),
          bullet('ترشيد الاستهلاك'),
          bullet('في البيت', 1),
          bullet('إصلاح الأنابيب'),
          new Paragraph({ bidirectional: true, numbering: { reference: 'n', level: 0 }, children: [ar('أولا')] }),
          new Paragraph({
            bidirectional: true,
            children: [
              ar('انظر '),
              new ExternalHyperlink({ link: 'https://example.org/water', children: [ar('التقرير', { style: 'Hyperlink' })] }),
              ar(' و'),
              ar('المائل', { italics: true }),
              ar(' و'),
              ar('المسطر', { underline: {} })
            ]
          }),
          new Paragraph({ children: [new TextRun('Water is a blessing.')] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph({ bidirectional: true, children: [ar('خلية')] })] })] })] })
        ]
      }
    ]
  })
  return Packer.toBuffer(doc)
}

function summary(nodes: SerializedDocNode[]): unknown[] {
  return nodes.map((n) => {
    if (n.type === 'text') return [n.text, n.format]
    if (n.type === 'linebreak') return 'br'
    const head =
      n.type === 'heading'
        ? `${n.type}:${String(n.tag)}`
        : n.type === 'link'
          ? `link:${String(n.url)}`
          : n.type === 'list'
            ? `list:${String(n.listType)}`
            : n.type
    return [head, ...summary(n.children ?? [])]
  })
}

describe('docxToArticleInput: a Word column', () => {
  it('takes the opening heading as the title and the byline as the author', async () => {
    const r = await docxToArticleInput(await wordColumn())
    expect(r.title).toBe('الماء نعمة')
    expect(r.authorName).toBe('سارة الأحمد')
    expect(r.pullQuote).toBeUndefined()
  })

  it('keeps paragraphs, headings, lists, bold/italic/underline and links, with their direction', async () => {
    const r = await docxToArticleInput(await wordColumn())
    expect(summary(r.document.root.children)).toEqual([
      ['paragraph', ['تعلمنا منذ الصغر أن ', 0], ['الماء نعمة', 1], ['، لكننا لم نتعلم إدارتها.', 0]],
      ['heading:h2', ['ما العمل؟', 0]],
      ['list:bullet', ['listitem', ['ترشيد الاستهلاك', 0]], ['listitem', ['list:bullet', ['listitem', ['في البيت', 0]]]], ['listitem', ['إصلاح الأنابيب', 0]]],
      ['list:number', ['listitem', ['أولا', 0]]],
      ['paragraph', ['انظر ', 0], ['link:https://example.org/water', ['التقرير', 0]], [' و', 0], ['المائل', 2], [' و', 0], ['المسطر', 8]],
      ['paragraph', ['Water is a blessing.', 0]],
      ['paragraph', ['خلية', 0]]
    ])
    expect(r.document.root.children.map((n) => n.direction)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'rtl'])
  })

  it('says what it left out', async () => {
    const r = await docxToArticleInput(await wordColumn())
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['dropped-footnotes', 'dropped-images', 'dropped-tables'])
    for (const w of r.warnings) expect(arabic(w.said)).toMatch(/[\u0600-\u06ff]/)
  })

  it("says what the Word reader noticed in the person's language, never in its own English", async () => {
    // A picture Word keeps as EMF, a Wingdings-like symbol it cannot map, a field end with no start
    // and an element it does not know: what columnists' files hold.
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ bidirectional: true, children: [ar('الماء نعمة'), new SymbolRun({ char: 'E001', symbolfont: 'Nothing' })] }),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] })
          ]
        }
      ]
    })
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc))
    const types = await zip.file('[Content_Types].xml')!.async('string')
    zip.file('[Content_Types].xml', types.replace('ContentType="image/png"', 'ContentType="image/x-emf"'))
    const body = await zip.file('word/document.xml')!.async('string')
    zip.file('word/document.xml', body.replace('الماء نعمة</w:t>', 'الماء نعمة</w:t><w:fldChar w:fldCharType="end"/><w:madeUp/>'))
    const r = await docxToArticleInput(await zip.generateAsync({ type: 'nodebuffer' }))
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['docx-other', 'docx-symbol', 'dropped-images'])
    expect(arabic(r.warnings.find((w) => w.code === 'docx-other')?.said)).toMatch(/عددها 2/)
    for (const w of r.warnings) {
      expect(arabic(w.said)).toMatch(/^[^a-z]*[\u0600-\u06ff]/)
      for (const text of [en(w.said), arabic(w.said)]) expect(text).not.toMatch(/x-emf|unlikely|w:sym|w:madeUp|complex field|unrecognised|ignored/i)
    }
  })

  it('keeps struck-through words struck through, and warns before a tagged export flattens them', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ bidirectional: true, children: [ar('السلمون '), ar('نفد', { strike: true }), ar(' والتونة متوفرة.')] })] }]
    })
    const r = await docxToArticleInput(await Packer.toBuffer(doc))
    expect(summary(r.document.root.children)).toEqual([['paragraph', ['السلمون ', 0], ['نفد', 4], [' والتونة متوفرة.', 0]]])
    const struck = article({ document: r.document })
    const tagged = exportChecklist(struck).find((i) => i.id === 'flattened-strikethrough')
    expect(tagged).toMatchObject({ severity: 'warning' })
    expect(en(tagged?.said)).toMatch(/^1 struck-through passage/)
    expect(arabic(tagged?.said)).toMatch(/المشطوبة \(عددها 1\)/)
    // The rich formats keep it: HTML and a .docx that reads back struck through.
    expect(exportChecklist(struck, { format: 'html' }).some((i) => i.id === 'flattened-strikethrough')).toBe(false)
    expect(exportChecklist(struck, { format: 'md' }).some((i) => i.id === 'flattened-strikethrough')).toBe(true)
    expect(toHtml(struck)).toContain('<s>نفد</s>')
    const back = await docxToArticleInput(await toDocx(struck))
    expect(summary(back.document.root.children)).toContainEqual(['paragraph', ['السلمون ', 0], ['نفد', 4], [' والتونة متوفرة.', 0]])
  })

  it('produces JSON that Lexical loads and exports back unchanged', async () => {
    const r = await docxToArticleInput(await wordColumn())
    const editor = createEditor({
      nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
      onError: (e) => {
        throw e
      }
    })
    editor.setEditorState(editor.parseEditorState(JSON.stringify(r.document)))
    expect(JSON.parse(JSON.stringify(editor.getEditorState().toJSON()))).toEqual(r.document)
  })
})

describe('docxToArticleInput: an exported article comes back', () => {
  it('with its title, author, pull quote, paragraphs and formatting', async () => {
    const document = doc(
      h('h2', 'فرعي'),
      p('نص ', t('غامق', 1), br, link('https://x.com/a', 'رابط')),
      ul(li('أ'), li('ب')),
      ol(li('واحد')),
      quote('قول'),
      p('English.')
    )
    const source = article({ document })
    const back = await docxToArticleInput(await toDocx(source))
    expect(back).toMatchObject({ title: source.title, authorName: source.author!.name, pullQuote: source.pullQuote, warnings: [] })
    expect(paragraphsFromDocument(back.document)).toEqual(paragraphsFromDocument(document))
    expect(blocksFromDocument(back.document)).toEqual(blocksFromDocument(document))
  })
})

describe('docxToArticleInput: refusals', () => {
  async function refusal(bytes: Buffer): Promise<DocxImportError> {
    const err = await docxToArticleInput(bytes).then(
      () => null,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(DocxImportError)
    return err as DocxImportError
  }

  it('refuses a file that is not a zip, or a zip that is not a Word document', async () => {
    expect((await refusal(Buffer.from('[author image=""]x[/author]'))).code).toBe('not-docx')
    const zip = new JSZip()
    zip.file('content.xml', '<office:document/>')
    expect((await refusal(await zip.generateAsync({ type: 'nodebuffer' }))).message).toMatch(/no word\/document\.xml/)
  })

  it('refuses a damaged document and one with no text', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('word/document.xml', '<w:document><w:body><w:p>')
    expect((await refusal(await zip.generateAsync({ type: 'nodebuffer' }))).code).toBe('unreadable')
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }))
    expect((await refusal(empty)).code).toBe('no-body')
  })

  it('refuses, without unpacking, a part that claims to unpack to more than 64 MB', async () => {
    const bytes = Buffer.from(await wordColumn())
    // Rewrite word/document.xml's uncompressed size in the central directory.
    const name = Buffer.from('word/document.xml')
    for (let i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i !== -1; i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) {
      if (bytes.subarray(i + 46, i + 46 + name.length).equals(name)) bytes.writeUInt32LE(200 * 1024 * 1024, i + 24)
    }
    const err = await refusal(bytes)
    expect(err.code).toBe('too-large')
    expect(err.message).toContain('word/document.xml unpacks to 200 MB')
  })
})
