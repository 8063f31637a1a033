// The library service: one interface, implemented on the Node side (src/node/library),
// served by the Electron main process over IPC and by the browser host over HTTP.
// Every method is synchronous here; transports make them asynchronous (see AmudApi).
import type {
  Article,
  ArticleChanges,
  ArticleStatus,
  ArticleSummary,
  Author,
  AuthorWithCount,
  Revision,
  RevisionReason,
  RevisionSummary
} from '../model/article'
import type { Said } from '../messages/catalog'

export type ListSort = 'updated' | 'created' | 'title' | 'words' | 'published'

export interface ListQuery {
  status?: ArticleStatus
  authorId?: number
  section?: string
  tag?: string
  /** true: only the trash; false or absent: only articles not in the trash. */
  trashed?: boolean
  sort?: ListSort
  order?: 'asc' | 'desc'
  /** Opaque cursor from a previous page's nextCursor. */
  cursor?: string
  /** Default 50, at most 500. */
  limit?: number
}

export interface ListPage {
  items: ArticleSummary[]
  nextCursor: string | null
}

export interface SearchQuery {
  query: string
  status?: ArticleStatus
  authorId?: number
  /** Default 20, at most 200. */
  limit?: number
  /** Also count every matching article (SearchResult.total); costs a pass over all matches. */
  countAll?: boolean
}

/** [start, end) offsets into the original (unnormalized) text. */
export type Range = [number, number]

export interface SearchHit {
  article: ArticleSummary
  /** bm25 score; lower is better, as SQLite reports it. */
  score: number
  /** Highlight ranges inside article.title. */
  titleHighlights: Range[]
  /** A passage of the body (or pull quote) around the first hit, with its highlights. */
  snippet: { text: string; highlights: Range[] }
}

export interface SearchResult {
  hits: SearchHit[]
  /** The query as it was understood, for display ("words ANDed", phrases, prefixes). */
  terms: string[]
  /** How many articles match in all (not only the hits returned), when countAll was asked. */
  total?: number
}

export interface SaveRequest {
  id: string
  /** The version the caller last saw; a different current version is a conflict. */
  baseVersion: number
  changes: ArticleChanges
  reason?: Extract<RevisionReason, 'autosave' | 'manual'>
}

export type RevisionRef = number | 'current'

export interface WordDiffPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

export interface ParagraphDiff {
  op: 'equal' | 'insert' | 'delete' | 'change'
  /** For 'change', word-level parts; otherwise one part holding the whole paragraph. */
  parts: WordDiffPart[]
}

export interface RevisionDiff {
  from: RevisionRef
  to: RevisionRef
  title: WordDiffPart[]
  pullQuote: WordDiffPart[]
  paragraphs: ParagraphDiff[]
  stats: { wordsInserted: number; wordsDeleted: number }
}

export interface ImportFile {
  /** A name to report (the file's path or name). */
  name: string
  /** The file's raw bytes as text would lose the UTF-8 check: send base64 of the bytes. */
  base64: string
}

export interface ImportOptions {
  /** Import an article even if the same author and body are already in the library. */
  allowDuplicates?: boolean
  status?: ArticleStatus
}

export interface ImportFileReport {
  name: string
  outcome: 'imported' | 'skipped' | 'failed'
  articleId?: string
  /** For failures: "line 3, column 1: …"; for skips: why. A message ({ code, params }): render with t(). */
  said?: Said
  line?: number
  column?: number
  warnings: { line: number; column: number; said: Said }[]
}

export interface ImportReport {
  files: ImportFileReport[]
  imported: number
  skipped: number
  failed: number
}

export interface ImportProgress {
  done: number
  total: number
  name: string
}

export interface ExportedArticle {
  articleId: string
  /** Suggested file name: date, author and title, safe on every file system. */
  fileName: string
  /** The canonical tagged text, exactly the bytes a file would hold. */
  text: string
  warnings: { code: string; message: string }[]
}

/** The picture types the library keeps; anything else (SVG, HTML, ...) is refused when fetched. */
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const
export type PictureType = (typeof PICTURE_TYPES)[number]

/** An author's picture as the library keeps it: fetched once by the host, shown from here. */
export interface AuthorPicture {
  authorId: number
  type: PictureType
  /** The picture's bytes, base64. */
  base64: string
  fetchedAt: string
}

export interface PictureSettings {
  /** true: the host never fetches a picture; authors without a kept picture show their initial. */
  neverFromNetwork: boolean
}

export type StatusCounts = Record<ArticleStatus, number> & { trash: number; total: number }

export interface LibraryService {
  createArticle(init?: ArticleChanges): Article
  getArticle(id: string): Article
  saveArticle(req: SaveRequest): Article
  listArticles(query?: ListQuery): ListPage
  search(query: SearchQuery): SearchResult
  trashArticle(id: string): ArticleSummary
  restoreArticle(id: string): ArticleSummary
  purgeArticle(id: string): void
  emptyTrash(): number

  listRevisions(articleId: string): RevisionSummary[]
  getRevision(revisionId: number): Revision
  /** Restores a snapshot as a new version (itself recorded as a 'restore' revision). */
  restoreRevision(articleId: string, revisionId: number, baseVersion: number): Article
  diffRevisions(articleId: string, from: RevisionRef, to: RevisionRef): RevisionDiff

  listAuthors(): AuthorWithCount[]
  createAuthor(name: string, pictureUrl: string | null): Author
  renameAuthor(id: number, name: string): Author
  setAuthorPicture(id: number, pictureUrl: string | null): Author
  /** Moves every article of `fromId` to `intoId` and removes `fromId`. */
  mergeAuthors(fromId: number, intoId: number): Author
  /** The picture kept for the author's current address; null while none is (not yet fetched, refused, turned off). */
  authorPicture(authorId: number): AuthorPicture | null
  pictureSettings(): PictureSettings
  setPictureSettings(settings: PictureSettings): PictureSettings

  countByStatus(): StatusCounts

  importFiles(files: ImportFile[], options?: ImportOptions): ImportReport
  exportArticle(id: string): ExportedArticle
}
