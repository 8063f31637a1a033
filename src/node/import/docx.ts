// A Word document → what an article is made of: title, author name, pull quote and the body as
// the editor's document. Mammoth reads the .docx into simple HTML under a style map of ours;
// html-to-document.ts turns that into Lexical JSON. Which paragraph is the title, the author
// or the pull quote is decided here (see docs/import-export.md).
import mammoth from 'mammoth'
import type { SerializedDocument } from '../../shared/model/article'
import { piecesFromHtml, type Dropped, type Piece } from './html-to-document'
import { documentOf } from './lexical-json'
import { checkDocxPackage, DocxImportError } from './zip-guard'

export { DocxImportError } from './zip-guard'

export interface ImportWarning {
  code: string
  message: string
  messageAr: string
}

export interface DocxArticleInput {
  title?: string
  authorName?: string
  pullQuote?: string
  document: SerializedDocument
  warnings: ImportWarning[]
}

// Word keeps built-in style names in English whatever the interface language, so these match
// Arabic Word too. "Author" and "Pull Quote" are the styles the DOCX export writes.
const STYLE_MAP = [
  "p[style-name='Title'] => h1.amud-title:fresh",
  "p[style-name='Author'] => p.amud-author:fresh",
  "p[style-name='Pull Quote'] => p.amud-pull-quote:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  // Mammoth drops underline unless asked: the editor has it.
  'u => u'
]

/** "بقلم: فلان" or "By Name" on a short line near the top is a byline. */
const BYLINE = /^(?:بقلم|by)\s*[:：\-–—]?\s*(\S.*)$/iu
const BYLINE_MAX_WORDS = 6
const BYLINE_WITHIN = 3

const DROPPED_MESSAGES: Record<keyof Dropped, [string, string]> = {
  images: ['{n} picture(s) were left out: an article holds text only', 'أُسقطت الصور (عددها {n})، فالمقال نص فقط'],
  footnotes: ['{n} footnote(s) or endnote(s) were left out', 'أُسقطت الحواشي (عددها {n})'],
  tables: ['{n} table(s) became plain paragraphs, one per cell', 'صارت الجداول (عددها {n}) فقرات عادية، فقرة لكل خلية'],
  links: ['{n} link(s) with an address that is not http(s) or mailto kept only their text', 'احتفظت الروابط (عددها {n}) بنصها وحده لأن عناوينها ليست http(s) أو mailto']
}

/** One pair of quotation marks around a pull quote is decoration, as the tagged reader treats it. */
function stripQuoteMarks(text: string): string {
  return text.replace(/^["“”«»]\s*/u, '').replace(/\s*["“”«»]$/u, '').trim()
}

function takeRole(pieces: Piece[], role: Piece['role']): string | undefined {
  const i = pieces.findIndex((p) => p.role === role)
  if (i === -1) return undefined
  return pieces.splice(i, 1)[0]?.text
}

function takeFirstHeading(pieces: Piece[]): string | undefined {
  // Only when something follows: a document that is one heading is all body.
  if (pieces[0]?.heading && pieces.length > 1) return pieces.shift()?.text
  return undefined
}

function takeByline(pieces: Piece[]): string | undefined {
  for (let i = 0; i < Math.min(BYLINE_WITHIN, pieces.length - 1); i++) {
    const p = pieces[i] as Piece
    if (p.node?.type !== 'paragraph') continue
    const name = BYLINE.exec(p.text)?.[1]?.trim()
    if (name && name.split(/\s+/).length <= BYLINE_MAX_WORDS) {
      pieces.splice(i, 1)
      return name
    }
  }
  return undefined
}

function warningsFrom(dropped: Dropped, messages: { type: string; message: string }[]): ImportWarning[] {
  const out: ImportWarning[] = []
  for (const key of Object.keys(DROPPED_MESSAGES) as (keyof Dropped)[]) {
    const n = dropped[key]
    if (n === 0) continue
    const [en, ar] = DROPPED_MESSAGES[key]
    out.push({ code: `dropped-${key}`, message: en.replace('{n}', String(n)), messageAr: ar.replace('{n}', String(n)) })
  }
  // Unknown styles are read as plain paragraphs, which is what a person expects: no need to say so.
  const seen = new Set<string>()
  for (const m of messages) {
    if (/^Unrecognised (paragraph|run) style/.test(m.message) || seen.has(m.message)) continue
    seen.add(m.message)
    out.push({ code: 'docx-reader', message: m.message, messageAr: `ملاحظة من قارئ المستند: ${m.message}` })
  }
  return out
}

/** Reads a .docx. Throws a DocxImportError (code, message, messageAr) when it cannot. */
export async function docxToArticleInput(buffer: Buffer | Uint8Array): Promise<DocxArticleInput> {
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  checkDocxPackage(bytes)
  let result: { value: string; messages: { type: string; message: string }[] }
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        // A style map embedded in the file could map paragraphs to any element; ours is the only one.
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // Pictures are dropped, so never read or base64-encode them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' }))
      }
    )
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new DocxImportError('unreadable', `the document cannot be read: ${reason}`, `تعذّرت قراءة المستند: ${reason}`)
  }
  const { pieces, dropped } = piecesFromHtml(result.value)
  const title = takeRole(pieces, 'title') ?? takeFirstHeading(pieces)
  const authorName = takeRole(pieces, 'author') ?? takeByline(pieces)
  const quote = takeRole(pieces, 'pull-quote')
  const pullQuote = quote === undefined ? undefined : stripQuoteMarks(quote) || undefined
  const body = pieces.flatMap((p) => (p.node ? [p.node] : []))
  if (body.length === 0) throw new DocxImportError('no-body', 'the document has no body text', 'لا يحتوي المستند على نص للمتن')
  return {
    ...(title ? { title } : {}),
    ...(authorName ? { authorName } : {}),
    ...(pullQuote ? { pullQuote } : {}),
    document: documentOf(body),
    warnings: warningsFrom(dropped, result.messages)
  }
}
