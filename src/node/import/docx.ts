// A Word document → what an article is made of: title, author name, pull quote and the body as
// the editor's document. Mammoth reads the .docx into simple HTML under a style map of ours;
// html-to-document.ts turns that into Lexical JSON. Which paragraph is the title, the author
// or the pull quote is decided here (see docs/import-export.md).
import mammoth from 'mammoth'
import type { SerializedDocument } from '../../shared/model/article'
import { piecesFromHtml, type Dropped, type Piece } from './html-to-document'
import { documentOf } from './lexical-json'
import { checkDocxPackage, DocxImportError } from './zip-guard'
import { msg, type Message } from '../../shared/messages/catalog'

export { DocxImportError } from './zip-guard'

export interface ImportWarning {
  code: string
  /** What to say: render with t(). */
  said: Message
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

/** What a Word document loses on the way in, in the order the warnings are given. */
const DROPPED_KINDS: readonly (keyof Dropped)[] = ['images', 'footnotes', 'tables', 'links']

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

function warningsFrom(dropped: Dropped, messages: { type: string; message: string }[]): ImportWarning[] {
  const out: ImportWarning[] = []
  for (const key of DROPPED_KINDS) {
    if (dropped[key] > 0) out.push({ code: `dropped-${key}`, said: msg(`docx.dropped-${key}`, { n: dropped[key] }) })
  }
  const counts = new Map<Exclude<ReaderNote, 'silent'>, number>()
  for (const m of messages) {
    const note = noteOf(m.message)
    if (note !== 'silent') counts.set(note, (counts.get(note) ?? 0) + 1)
  }
  for (const [note, n] of counts) out.push({ code: `docx-${note}`, said: msg(`docx.${note}`, { n }) })
  return out
}

/** Reads a .docx. Throws a DocxImportError (code, said) when it cannot. */
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
    throw new DocxImportError('unreadable', msg('docx.unreadable', { why: err instanceof Error ? err.message : String(err) }))
  }
  const { pieces, dropped } = piecesFromHtml(result.value)
  const title = takeRole(pieces, 'title') ?? takeFirstHeading(pieces)
  const authorName = takeRole(pieces, 'author') ?? takeByline(pieces)
  const quote = takeRole(pieces, 'pull-quote')
  const pullQuote = quote === undefined ? undefined : stripQuoteMarks(quote) || undefined
  const body = pieces.flatMap((p) => (p.node ? [p.node] : []))
  if (body.length === 0) throw new DocxImportError('no-body', msg('docx.no-body'))
  return {
    ...(title ? { title } : {}),
    ...(authorName ? { authorName } : {}),
    ...(pullQuote ? { pullQuote } : {}),
    document: documentOf(body),
    warnings: warningsFrom(dropped, result.messages)
  }
}
