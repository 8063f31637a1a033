// Everything derived from a document, computed once per write: the plain body, its word count,
// its normalized form (for the index) and a hash of that (to spot re-imports).
import { createHash } from 'node:crypto'
import { countWords, normalizeArabic } from '../../shared/arabic/index'
import { documentFromParagraphs, paragraphsFromDocument } from '../../shared/document/index'
import type { SerializedDocument } from '../../shared/model/article'

export interface DerivedBody {
  /** The JSON to store, or null for a plain document (rebuilt from bodyText when read). */
  documentJson: string | null
  bodyText: string
  normalizedBody: string
  wordCount: number
  bodyHash: string
}

/** Same author + same hash = the same column, whatever its spelling of hamza or tashkeel. */
export function bodyHash(normalizedBody: string): string {
  const canonical = normalizedBody.replace(/\s+/g, ' ').trim()
  return createHash('sha1').update(canonical).digest('base64url')
}

function derive(bodyText: string, documentJson: string | null): DerivedBody {
  const normalizedBody = normalizeArabic(bodyText)
  return { documentJson, bodyText, normalizedBody, wordCount: countWords(bodyText), bodyHash: bodyHash(normalizedBody) }
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
