// The article as the library keeps it. The body is the editor's own serialized document
// (Lexical JSON); everything plain (bodyText, word count, search) is derived from it.

export const ARTICLE_STATUSES = ['draft', 'editing', 'ready', 'published'] as const
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

export interface Author {
  id: number
  name: string
  /** http(s) URL of the avatar picture, or null when the author has none. */
  pictureUrl: string | null
}

export interface AuthorWithCount extends Author {
  articleCount: number
}

/** Lexical's SerializedEditorState, kept structural so the shared core needs no Lexical import. */
export interface SerializedDocument {
  root: SerializedDocNode & { type: 'root'; children: SerializedDocNode[] }
}

export interface SerializedDocNode {
  type: string
  version: number
  children?: SerializedDocNode[]
  text?: string
  [key: string]: unknown
}

export interface ArticleSummary {
  id: string
  title: string
  author: Author | null
  status: ArticleStatus
  section: string
  tags: string[]
  wordCount: number
  createdAt: string
  updatedAt: string
  publishedAt: string | null
  deletedAt: string | null
  version: number
}

export interface Article extends ArticleSummary {
  pullQuote: string
  document: SerializedDocument
  /** Paragraphs of the body as plain text, joined with "\n". */
  bodyText: string
}

/** What a caller may change; anything left out keeps its value. */
export interface ArticleChanges {
  title?: string
  authorId?: number | null
  pullQuote?: string
  document?: SerializedDocument
  status?: ArticleStatus
  section?: string
  tags?: string[]
}

export const REVISION_REASONS = ['autosave', 'manual', 'import', 'restore'] as const
export type RevisionReason = (typeof REVISION_REASONS)[number]

export interface RevisionSummary {
  id: number
  articleId: string
  /** The article version this snapshot holds. */
  version: number
  reason: RevisionReason
  createdAt: string
  title: string
  wordCount: number
}

export interface Revision extends RevisionSummary {
  pullQuote: string
  document: SerializedDocument
  bodyText: string
  authorName: string | null
}
