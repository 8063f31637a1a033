// Creating, reading and saving articles. Every save is checked against the version the caller
// last saw (optimistic concurrency: a stale save is a conflict, never a silent overwrite), bumps
// the version, and records a revision, all in one transaction with the search index.
import { randomUUID } from 'node:crypto'
import type { SaveRequest } from '../../shared/api/library'
import type { Article, ArticleChanges, ArticleStatus, RevisionReason, SerializedDocument } from '../../shared/model/article'
import { AmudError } from '../../shared/model/errors'
import { documentFromParagraphs } from '../../shared/document/index'
import { deriveBody, storedDocument, type DerivedBody } from './body'
import { checkDocument, checkLimits, checkStatus, lookupAuthor, normalizeTags, resolveChanges } from './changes'
import type { Ctx } from './context'
import { indexArticle, type PendingIndex } from './fts'
import { keepBorrowedBodies, recordRevision } from './revisions'
import { articleRow, toSummary, type ArticleRow } from './rows'

export function toArticle(row: ArticleRow, document?: SerializedDocument): Article {
  return {
    ...toSummary(row),
    pullQuote: row.pull_quote,
    document: document ?? storedDocument(row.document, row.body_text),
    bodyText: row.body_text
  }
}

export function getArticle(ctx: Ctx, id: string): Article {
  return toArticle(articleRow(ctx, id))
}

export interface NewArticle {
  title: string
  authorId: number | null
  authorName: string | null
  pullQuote: string
  body: DerivedBody
  status: ArticleStatus
  section: string
  tags: string[]
}

function replaceTags(ctx: Ctx, pk: number, tags: readonly string[], fresh: boolean): void {
  if (!fresh) ctx.stmt('DELETE FROM article_tags WHERE article_pk = ?').run(pk)
  const ins = ctx.stmt('INSERT INTO article_tags (tag, article_pk) VALUES (?, ?)')
  for (const t of tags) ins.run(t, pk)
}

/**
 * Inserts a new article with its first revision; the caller holds the transaction. With
 * `pendingIndex`, the search entry is queued for the caller to write (see indexPending).
 */
export function insertArticle(ctx: Ctx, a: NewArticle, reason: RevisionReason, pendingIndex?: PendingIndex[]): { pk: number; id: string } {
  checkLimits(a)
  const id = randomUUID()
  const now = ctx.now()
  const publishedAt = a.status === 'published' ? now : null
  const { pk } = ctx
    .stmt<{ pk: number }>(
      `INSERT INTO articles (id, title, author_id, status, section, tags, word_count, created_at, updated_at,
                             published_at, version, body_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING pk`
    )
    .get(id, a.title, a.authorId, a.status, a.section, JSON.stringify(a.tags), a.body.wordCount, now, now, publishedAt, a.body.bodyHash)!
  ctx
    .stmt('INSERT INTO article_content (article_pk, pull_quote, body_text, document) VALUES (?, ?, ?, ?)')
    .run(pk, a.pullQuote, a.body.bodyText, a.body.documentJson)
  replaceTags(ctx, pk, a.tags, true)
  const searchable = {
    title: a.title,
    authorName: a.authorName,
    pullQuote: a.pullQuote,
    bodyText: a.body.bodyText,
    indexedBody: a.body.indexedBody,
    bodyStemKeys: a.body.bodyStemKeys
  }
  recordRevision(ctx, pk, reason, {
    version: 1,
    title: a.title,
    authorId: a.authorId,
    authorName: a.authorName,
    pullQuote: a.pullQuote,
    wordCount: a.body.wordCount
  })
  if (pendingIndex) pendingIndex.push({ pk, text: searchable })
  else indexArticle(ctx, pk, searchable, true)
  return { pk, id }
}

export function createArticle(ctx: Ctx, init: ArticleChanges = {}): Article {
  return ctx.write(() => {
    const author = init.authorId != null ? lookupAuthor(ctx, init.authorId) : null
    const document = init.document !== undefined ? checkDocument(init.document) : documentFromParagraphs([''])
    const { id } = insertArticle(
      ctx,
      {
        title: (init.title ?? '').trim(),
        authorId: author ? init.authorId! : null,
        authorName: author?.name ?? null,
        pullQuote: (init.pullQuote ?? '').trim(),
        body: deriveBody(document),
        status: checkStatus(init.status ?? 'draft'),
        section: (init.section ?? '').replace(/\s+/g, ' ').trim(),
        tags: normalizeTags(init.tags ?? [])
      },
      'manual'
    )
    return toArticle(articleRow(ctx, id), document)
  })
}

/** Refuses a write on an article in the trash or one changed since `baseVersion`. */
export function assertWritable(row: ArticleRow, baseVersion: number): void {
  if (row.deleted_at !== null) {
    throw new AmudError('invalid', `The article "${row.title || row.id}" is in the trash; restore it before editing it.`)
  }
  if (row.version !== baseVersion) {
    throw new AmudError(
      'conflict',
      `The article "${row.title || row.id}" was changed elsewhere (it is now at version ${row.version}, this copy was at version ${baseVersion}). Reload it, or keep this text as a new article.`,
      { currentVersion: row.version }
    )
  }
}

/** Applies `changes` to a writable row as a new version; a no-op change writes nothing. */
export function commitChanges(ctx: Ctx, row: ArticleRow, changes: ArticleChanges, reason: RevisionReason): Article {
  const now = ctx.now()
  const next = resolveChanges(ctx, row, changes, now)
  if (!next.changed.any) return toArticle(row)
  const version = row.version + 1
  const body = next.body
  ctx
    .stmt(
      `UPDATE articles SET title = ?, author_id = ?, status = ?, section = ?, tags = ?, word_count = ?, updated_at = ?,
              published_at = ?, version = ?, body_hash = coalesce(?, body_hash) WHERE pk = ?`
    )
    .run(
      next.title,
      next.authorId,
      next.status,
      next.section,
      JSON.stringify(next.tags),
      body?.wordCount ?? row.word_count,
      now,
      next.publishedAt,
      version,
      body?.bodyHash ?? null,
      row.pk
    )
  const bodyText = body?.bodyText ?? row.body_text
  const documentJson = body ? body.documentJson : row.document
  // Revisions borrowing the old body get their own copy before it is replaced.
  if (body) keepBorrowedBodies(ctx, row.pk)
  if (next.changed.content) {
    ctx.stmt('UPDATE article_content SET pull_quote = ?, body_text = ?, document = ? WHERE article_pk = ?').run(next.pullQuote, bodyText, documentJson, row.pk)
  }
  if (next.changed.tags) replaceTags(ctx, row.pk, next.tags, false)
  recordRevision(ctx, row.pk, reason, {
    version,
    title: next.title,
    authorId: next.authorId,
    authorName: next.authorName,
    pullQuote: next.pullQuote,
    wordCount: body?.wordCount ?? row.word_count
  })
  // Last: FTS5 flushes its pending index at every later statement savepoint.
  if (next.changed.searchable) {
    indexArticle(ctx, row.pk, {
      title: next.title,
      authorName: next.authorName,
      pullQuote: next.pullQuote,
      bodyText,
      indexedBody: body?.indexedBody,
      bodyStemKeys: body?.bodyStemKeys
    })
  }
  const saved: ArticleRow = {
    ...row,
    title: next.title,
    author_id: next.authorId,
    author_name: next.authorName,
    author_picture: next.authorPicture,
    status: next.status,
    section: next.section,
    tags: JSON.stringify(next.tags),
    word_count: body?.wordCount ?? row.word_count,
    updated_at: now,
    published_at: next.publishedAt,
    version,
    pull_quote: next.pullQuote,
    body_text: bodyText,
    document: documentJson
  }
  return toArticle(saved, next.document ?? undefined)
}

export function saveArticle(ctx: Ctx, req: SaveRequest): Article {
  return ctx.write(() => {
    const row = articleRow(ctx, req.id)
    assertWritable(row, req.baseVersion)
    return commitChanges(ctx, row, req.changes, req.reason ?? 'manual')
  })
}
