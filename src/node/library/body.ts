// Everything derived from a document, computed once per write: the plain body, its word count,
// its normalized form and stem keys (for the index, from one pass) and a hash of the normalized
// form (to spot re-imports).
import { createHash } from 'node:crypto'
import { countWords } from '../../shared/arabic/index'
import { normalizeAndStem } from '../../shared/arabic/stem-index'
import { documentFromParagraphs, paragraphsFromDocument } from '../../shared/document/index'
import type { SerializedDocument } from '../../shared/model/article'

export interface DerivedBody {
  /** The JSON to store, or null for a plain document (rebuilt from bodyText when read). */
  documentJson: string | null
  bodyText: string
  normalizedBody: string
  /** indexText(normalizedBody), for the index's body column. */
  indexedBody: string
  /** The body's stem keys (see stem-index.ts), for the index's stems column. */
  bodyStemKeys: readonly string[]
  wordCount: number
  bodyHash: string
}

/** The text hashed: runs of white space (as /\s/ sees it) made one space, ends trimmed. */
export function canonicalBody(normalizedBody: string): string {
  return isCanonical(normalizedBody) ? normalizedBody.replaceAll('\n', ' ') : normalizedBody.replace(/\s+/g, ' ').trim()
}

let whiteSpace: Uint8Array | null = null

/** 1 for each UTF-16 unit /\s/ matches (all of them are in the BMP), built from the regex itself. */
function whiteSpaceTable(): Uint8Array {
  if (whiteSpace) return whiteSpace
  const table = new Uint8Array(0x10000)
  const ws = /\s/
  for (let c = 0; c < 0x10000; c++) if (ws.test(String.fromCharCode(c))) table[c] = 1
  whiteSpace = table
  return table
}

/**
 * True when the regex pass could only turn line feeds into spaces: every white space is a lone
 * space or line feed, and none starts or ends the text. An imported body (trimmed, one line a
 * paragraph) nearly always is, and one scan costs far less than the regex replace.
 */
function isCanonical(text: string): boolean {
  const ws = whiteSpaceTable()
  let previousWhite = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (ws[c] === 0) {
      previousWhite = false
      continue
    }
    if (previousWhite || (c !== 0x20 && c !== 0x0a)) return false
    previousWhite = true
  }
  return !previousWhite || text.length === 0
}

/** Same author + same hash = the same column, whatever its spelling of hamza or tashkeel. */
export function bodyHash(normalizedBody: string): string {
  return createHash('sha1').update(canonicalBody(normalizedBody)).digest('base64url')
}

function derive(bodyText: string, documentJson: string | null): DerivedBody {
  const { normalized: normalizedBody, indexed: indexedBody, keys: bodyStemKeys } = normalizeAndStem(bodyText)
  return { documentJson, bodyText, normalizedBody, indexedBody, bodyStemKeys, wordCount: countWords(bodyText), bodyHash: bodyHash(normalizedBody) }
}

export function deriveBody(document: SerializedDocument): DerivedBody {
  return derive(paragraphsFromDocument(document).join('\n'), JSON.stringify(document))
}

/** Paragraphs that survive the document round trip unchanged: one line each, not blank. */
function isPlain(paragraphs: readonly string[]): boolean {
  return paragraphs.length > 0 && paragraphs.every((p) => p.trim() !== '' && !/[\t\n\r]/.test(p))
}

/** An imported body: stored as plain text (no JSON) whenever the paragraphs allow it. */
export function deriveFromParagraphs(paragraphs: readonly string[]): DerivedBody {
  if (!isPlain(paragraphs)) return deriveBody(documentFromParagraphs(paragraphs))
  return derive(paragraphs.join('\n'), null)
}

export function splitBody(bodyText: string): string[] {
  return bodyText === '' ? [] : bodyText.split('\n')
}

/** The document as stored: its JSON, or the plain document of the body's paragraphs. */
export function storedDocument(documentJson: string | null, bodyText: string): SerializedDocument {
  return documentJson !== null ? (JSON.parse(documentJson) as SerializedDocument) : documentFromParagraphs(splitBody(bodyText))
}

export function storedDocumentJson(documentJson: string | null, bodyText: string): string {
  return documentJson ?? JSON.stringify(documentFromParagraphs(splitBody(bodyText)))
}
