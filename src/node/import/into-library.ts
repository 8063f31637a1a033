// A .docx into the library through its public service: the converter, then the same rules the
// tagged import follows (author matched by name, or created; a duplicate of an article by the
// same author is skipped; title from the document, an exported file name or the first words).
// The library has no entry point for an already-parsed rich document yet, so this composes
// listAuthors/createAuthor/createArticle; see docs/import-export.md for the hook it wants.
import type { ImportFileReport, LibraryService } from '../../shared/api/library'
import { normalizeArabic } from '../../shared/arabic/index'
import { paragraphsFromDocument } from '../../shared/document/index'
import type { ArticleStatus } from '../../shared/model/article'
import { AmudError, errorSaid } from '../../shared/model/errors'
import { msg } from '../../shared/messages/catalog'
import { bodyHash, deriveBody } from '../library/body'
import { ARTICLE_LIMITS, capAtWord } from '../../shared/model/limits'
import { capGivenTitle, titleFromBody, titleFromFileName } from '../library/titles'
import { docxToArticleInput, DocxImportError, type ImportWarning } from './docx'

export type DocxLibrary = Pick<LibraryService, 'createArticle' | 'createAuthor' | 'listAuthors' | 'listArticles' | 'getArticle'>

export interface DocxImportOptions {
  allowDuplicates?: boolean
  status?: ArticleStatus
  /** The author when the document names none (no "Author" paragraph, no byline). */
  authorName?: string
}

/** Import reports carry a place for tagged files; a Word document's warnings have none (0:0). */
function reportWarnings(warnings: ImportWarning[]): ImportFileReport['warnings'] {
  return warnings.map((w) => ({ line: 0, column: 0, said: w.said }))
}

function existingAuthor(library: DocxLibrary, name: string): number | null {
  // Authors are told apart by name and picture; a document has no picture, so the name decides,
  // and among namesakes the one with the most articles is the likeliest.
  const same = library.listAuthors().filter((a) => a.name === name)
  same.sort((a, b) => b.articleCount - a.articleCount || a.id - b.id)
  return same[0]?.id ?? null
}

/** The same test as the tagged import: same author, same body once normalized. */
function duplicateOf(library: DocxLibrary, authorId: number, hash: string, wordCount: number): string | null {
  let cursor: string | undefined
  do {
    const page = library.listArticles({ authorId, limit: 500, ...(cursor ? { cursor } : {}) })
    for (const a of page.items) {
      if (a.wordCount === wordCount && bodyHash(normalizeArabic(library.getArticle(a.id).bodyText)) === hash) return a.id
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return null
}

export async function importDocxFile(library: DocxLibrary, name: string, bytes: Buffer, options: DocxImportOptions = {}): Promise<ImportFileReport> {
  let input
  try {
    input = await docxToArticleInput(bytes)
  } catch (err) {
    if (err instanceof DocxImportError) return { name, outcome: 'failed', said: err.said, warnings: [] }
    throw err
  }
  const warnings = [...input.warnings]
  const authorName = (input.authorName ?? options.authorName ?? '').replace(/\s+/g, ' ').trim()
  if (authorName === '') {
    warnings.push({ code: 'no-author', said: msg('docx.no-author') })
  }
  try {
    let authorId = authorName ? existingAuthor(library, authorName) : null
    const body = deriveBody(input.document)
    if (authorId !== null && !options.allowDuplicates) {
      const dup = duplicateOf(library, authorId, body.bodyHash, body.wordCount)
      if (dup)
        return {
          name,
          outcome: 'skipped',
          articleId: dup,
          said: msg('report.duplicate', { articleId: dup }),
          warnings: []
        }
    }
    if (authorId === null && authorName) authorId = library.createAuthor(authorName, null).id
    const title =
      (input.title !== undefined ? capGivenTitle(input.title) : null) ?? titleFromFileName(name) ?? titleFromBody(paragraphsFromDocument(input.document))
    const article = library.createArticle({
      title,
      authorId,
      pullQuote: capAtWord(input.pullQuote ?? '', ARTICLE_LIMITS.pullQuote),
      document: input.document,
      ...(options.status ? { status: options.status } : {})
    })
    return { name, outcome: 'imported', articleId: article.id, warnings: reportWarnings(warnings) }
  } catch (err) {
    if (err instanceof AmudError) return { name, outcome: 'failed', said: errorSaid(err), warnings: reportWarnings(warnings) }
    throw err
  }
}
