// An article as a Word document: title, author, framed pull quote, then the body with its
// headings, lists, quotes, bold/italic/underline and links. Paragraphs are laid out right to
// left (w:bidi) unless the block reads left to right, and runs holding Arabic, or only neutral
// characters inside an Arabic paragraph, are marked right-to-left (w:rtl) so Word shapes them
// with the complex-script font and size. The author's picture is not embedded: fetching it
// would make an export depend on the network.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, UnderlineType, type ParagraphChild } from 'docx'
import {
  authorNameOf,
  blocksFromDocument,
  BOLD,
  detectDirection,
  hasLtr,
  hasRtl,
  ITALIC,
  STRIKETHROUGH,
  UNDERLINE,
  type Block,
  type Direction,
  type ExportSource,
  type Inline,
  type ListBlock
} from '../../shared/export/index'
import { AUTHOR_STYLE, BULLET_LIST, documentStyles, numberedList, numberingConfig, PULL_QUOTE_STYLE, QUOTE_STYLE, type DocxOptions } from './docx-styles'

export type { DocxOptions } from './docx-styles'

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]

function isRtl(dir: Direction, text: string): boolean {
  return dir === 'rtl' || (dir === 'auto' && !hasLtr(text))
}

function runRtl(text: string, paragraphRtl: boolean): boolean {
  // Digits and punctuation take the paragraph's side; Latin words stay left-to-right runs.
  return hasRtl(text) || (paragraphRtl && !hasLtr(text))
}

function runs(inlines: readonly Inline[], paragraphRtl: boolean, style?: string): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const x of inlines) {
    if (x.kind === 'break') out.push(new TextRun({ break: 1, rightToLeft: paragraphRtl }))
    else if (x.kind === 'link') out.push(new ExternalHyperlink({ link: x.url, children: runs(x.children, paragraphRtl, 'Hyperlink') as TextRun[] }))
    else {
      out.push(
        new TextRun({
          text: x.text,
          rightToLeft: runRtl(x.text, paragraphRtl),
          ...(x.format & BOLD ? { bold: true, boldComplexScript: true } : {}),
          ...(x.format & ITALIC ? { italics: true, italicsComplexScript: true } : {}),
          ...(x.format & UNDERLINE ? { underline: { type: UnderlineType.SINGLE } } : {}),
          ...(x.format & STRIKETHROUGH ? { strike: true } : {}),
          ...(style ? { style } : {})
        })
      )
    }
  }
  return out
}

function plainParagraph(text: string, options: { style?: string; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] }): Paragraph {
  const rtl = isRtl(detectDirection(text), text)
  return new Paragraph({ ...options, bidirectional: rtl, children: runs([{ kind: 'text', text, format: 0 }], rtl) })
}

/** Lists as numbered paragraphs; `instance` gives each list of the body its own count. */
function listParagraphs(list: ListBlock, level: number, instance: number): Paragraph[] {
  // Only a top-level list keeps its own start; nested ones count from 1 (see collectStarts).
  const reference = list.ordered ? numberedList(level === 0 ? list.start : 1) : BULLET_LIST
  return list.items.flatMap((item) => {
    const text = item.inlines.map((x) => (x.kind === 'text' ? x.text : '')).join('')
    const rtl = isRtl(item.dir, text)
    const own = new Paragraph({ bidirectional: rtl, numbering: { reference, level: Math.min(level, 5), instance }, children: runs(item.inlines, rtl) })
    return [own, ...item.lists.flatMap((nested) => listParagraphs(nested, level + 1, instance))]
  })
}

function blockParagraphs(block: Block, index: number): Paragraph[] {
  if (block.kind === 'list') return listParagraphs(block, 0, index + 1)
  const text = block.inlines.map((x) => (x.kind === 'text' ? x.text : '')).join('')
  const rtl = isRtl(block.dir, text)
  const children = runs(block.inlines, rtl)
  if (block.kind === 'heading') return [new Paragraph({ heading: HEADINGS[block.level - 2] ?? HeadingLevel.HEADING_2, bidirectional: rtl, children })]
  if (block.kind === 'quote') return [new Paragraph({ style: QUOTE_STYLE.id, bidirectional: rtl, children })]
  return [new Paragraph({ bidirectional: rtl, children })]
}

function collectStarts(blocks: readonly Block[], into: Set<number>): Set<number> {
  const visit = (list: ListBlock): void => {
    if (list.ordered) into.add(list.start)
    // Nested numbered lists count from 1.
    for (const item of list.items) for (const nested of item.lists) visit({ ...nested, start: 1 })
  }
  for (const b of blocks) if (b.kind === 'list') visit(b)
  return into
}

export function buildDocx(source: ExportSource, options: DocxOptions = {}): Document {
  const blocks = blocksFromDocument(source.document)
  const title = source.title.replace(/\s+/g, ' ').trim()
  const name = authorNameOf(source)
  const quote = source.pullQuote.replace(/\s+/g, ' ').trim()
  const children: Paragraph[] = []
  if (title) children.push(plainParagraph(title, { heading: HeadingLevel.TITLE }))
  if (name) children.push(plainParagraph(name, { style: AUTHOR_STYLE.id }))
  if (quote) children.push(plainParagraph(quote, { style: PULL_QUOTE_STYLE.id }))
  blocks.forEach((block, i) => children.push(...blockParagraphs(block, i)))
  return new Document({
    creator: name || 'Amud',
    title,
    description: quote,
    styles: documentStyles(options),
    numbering: numberingConfig(collectStarts(blocks, new Set([1]))),
    sections: [{ children }]
  })
}

export async function toDocx(source: ExportSource, options: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(source, options))
}
