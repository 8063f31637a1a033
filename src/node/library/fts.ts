// Keeps the search index in step with the articles, always inside the caller's transaction:
// the index can never disagree with what was saved. Each article is indexed twice over: its
// fields as search-folded words, and its words' stem keys (the stems column, see stem-index.ts).
// Order matters for speed: FTS5 writes its in-memory pending index to disk as a new segment
// whenever a later statement in the transaction opens a statement savepoint (most INSERTs
// into tables with constraints do). So a batch writes every other row first and the index
// entries last (PendingIndex), leaving FTS5 one flush per transaction instead of one per row.
import { searchRow } from '../../shared/arabic/search-row'
import { INSERT_SEARCH_ROW } from '../db/migrations/article-slices'
import type { Ctx } from './context'

export interface SearchableText {
  title: string
  authorName: string | null
  pullQuote: string
  bodyText: string
  /** indexText(normalizeArabic(bodyText)) and the body's stem keys, when the caller already has them (DerivedBody). */
  indexedBody?: string
  bodyStemKeys?: readonly string[]
}

export interface PendingIndex {
  pk: number
  text: SearchableText
}

/** Writes queued entries of just-inserted articles; call it last in the transaction. */
export function indexPending(ctx: Ctx, pending: readonly PendingIndex[]): void {
  for (const p of pending) indexArticle(ctx, p.pk, p.text, true)
}

const DELETE = 'DELETE FROM article_search WHERE rowid = ?'

/** Indexes article `pk`; `fresh` skips removing an old entry (a just-inserted article has none). */
export function indexArticle(ctx: Ctx, pk: number, t: SearchableText, fresh = false): void {
  if (!fresh) ctx.stmt(DELETE).run(pk)
  // Each field is normalized and stemmed in one pass; the stems column is every field's keys.
  const body = t.indexedBody !== undefined && t.bodyStemKeys !== undefined ? { indexed: t.indexedBody, keys: t.bodyStemKeys } : undefined
  ctx.stmt(INSERT_SEARCH_ROW).run(pk, ...searchRow(t.title, t.authorName ?? '', t.pullQuote, t.bodyText, body))
}

export function unindexArticle(ctx: Ctx, pk: number): void {
  ctx.stmt(DELETE).run(pk)
}

interface StoredText {
  pk: number
  title: string
  author_name: string | null
  pull_quote: string
  body_text: string
}

/** Re-indexes the listed articles from their stored text (after a restore from trash, a rename…). */
export function reindexWhere(ctx: Ctx, where: string, ...params: unknown[]): number {
  const rows = ctx
    .stmt<StoredText>(
      `SELECT a.pk, a.title, au.name AS author_name, c.pull_quote, c.body_text
         FROM articles a JOIN article_content c ON c.article_pk = a.pk
         LEFT JOIN authors au ON au.id = a.author_id
        WHERE a.deleted_at IS NULL AND (${where})`
    )
    .all(...params)
  for (const r of rows) {
    indexArticle(ctx, r.pk, { title: r.title, authorName: r.author_name, pullQuote: r.pull_quote, bodyText: r.body_text })
  }
  return rows.length
}
