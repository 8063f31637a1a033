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
  links: [
    '{n} link(s) with an address that is not http(s) or mailto kept only their text',
    'احتفظت الروابط (عددها {n}) بنصها وحده لأن عناوينها ليست http(s) أو mailto'
  ]
}

/** One pair of quotation marks around a pull quote is decoration, as the tagged reader treats it. */
function stripQuoteMarks(text: string): string {
  return text
    .replace(/^["“”«»]\s*/u, '')
    .replace(/\s*["“”«»]$/u, '')
    .trim()
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

/**
 * What mammoth (the Word reader) says, in its own English, sorted into what a person needs to
 * hear: nothing (a style it does not know is a plain paragraph, which is what a person expects;
 * a picture of a type browsers cannot show is dropped with the others anyway), a sentence in both
 * languages for the common cases, and one summary for the rest.
 */
type ReaderNote = 'silent' | 'picture-missing' | 'symbol' | 'other'

function noteOf(message: string): ReaderNote {
  if (/^Unrecognised (paragraph|run|table) style|style with ID .* was referenced but not defined/.test(message)) return 'silent'
  if (/^Image of type .* is unlikely to display/.test(message)) return 'silent'
  if (/^Could not find image file|v:imagedata element without a relationship ID|external image/i.test(message)) return 'picture-missing'
  if (/w:sym element with an unsupported character/.test(message)) return 'symbol'
  return 'other'
}

const NOTE_MESSAGES: Record<Exclude<ReaderNote, 'silent'>, [string, string]> = {
  'picture-missing': ['{n} picture(s) the document points to are not in the file and were left out', 'أُسقطت صور يشير إليها المستند وليست في الملف (عددها {n})'],
  symbol: [
    '{n} character(s) from a symbol font (such as Wingdings) could not be read and were left out: check the text where they stood',
    'أُسقطت حروف من خط رموز (مثل Wingdings) تعذّرت قراءتها (عددها {n}): راجع النص حيث كانت'
  ],
  other: [
    '{n} other part(s) of the Word file (fields or elements Amud does not know) could not be read exactly: check the article against the original',
    'تعذّرت القراءة الدقيقة لأجزاء أخرى من ملف Word (حقول أو عناصر لا يعرفها عمود، عددها {n}): قابل المقال بالأصل'
  ]
}

function warningsFrom(dropped: Dropped, messages: { type: string; message: string }[]): ImportWarning[] {
  const out: ImportWarning[] = []
  const say = (code: string, [en, ar]: [string, string], n: number): void =>
    void out.push({ code, message: en.replace('{n}', String(n)), messageAr: ar.replace('{n}', String(n)) })
  for (const key of Object.keys(DROPPED_MESSAGES) as (keyof Dropped)[]) {
    if (dropped[key] > 0) say(`dropped-${key}`, DROPPED_MESSAGES[key], dropped[key])
  }
  const counts = new Map<Exclude<ReaderNote, 'silent'>, number>()
  for (const m of messages) {
    const note = noteOf(m.message)
    if (note !== 'silent') counts.set(note, (counts.get(note) ?? 0) + 1)
  }
  for (const [note, n] of counts) say(`docx-${note}`, NOTE_MESSAGES[note], n)
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
