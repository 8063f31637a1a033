// Comments in the library file (migration 007): adding one on the text, replying, resolving,
// and listing an article's with where each anchor is found in the saved text now (null:
// detached, its words deleted; the comment is still listed). Every change bumps the comment's
// rev, so the desk sync knows what to push. Nothing here is read by any export.
import { randomUUID } from 'node:crypto'
import type { ArticleComment, NewComment, NewReply } from '../../shared/api/comments'
import { MAX_COMMENT_BODY } from '../../shared/api/comments'
import { findAnchor, type CommentAnchor } from '../../shared/comments/anchor'
import { paragraphsFromDocument } from '../../shared/document/index'
import { AmudError } from '../../shared/model/errors'
import type { Library } from '../library/index'
import { readLink } from '../desk/local'
import { msg } from '../../shared/messages/catalog'

export interface CommentRow {
  id: string
  article_pk: number
  article_id: string
  parent_id: string | null
  anchor: string | null
  body: string
  author: string
  created_at: string
  resolved_at: string | null
  resolved_by: string | null
  rev: number
  synced_rev: number
}

export const COMMENT_SELECT = `SELECT c.id, c.article_pk, a.id AS article_id, c.parent_id, c.anchor, c.body, c.author, c.created_at, c.resolved_at,
  c.resolved_by, c.rev, c.synced_rev FROM comments c JOIN articles a ON a.pk = c.article_pk`

function articlePk(library: Library, articleId: string): number {
  const r = library.statement('SELECT pk FROM articles WHERE id = ?').get(articleId) as { pk: number } | undefined
  if (!r) throw AmudError.saying('not_found', msg('err.no-article', { id: articleId }))
  return r.pk
}

function checkBody(body: string): string {
  const text = body.trim()
  if (text === '') throw AmudError.saying('invalid', msg('err.comment-empty'))
  if (text.length > MAX_COMMENT_BODY) {
    throw AmudError.saying('invalid', msg('err.comment-too-long', { max: MAX_COMMENT_BODY, length: text.length }))
  }
  return text
}

function toComment(r: CommentRow, paragraphs: readonly string[], onDesk: boolean): ArticleComment {
  const anchor = r.anchor === null ? null : (JSON.parse(r.anchor) as CommentAnchor)
  return {
    id: r.id,
    articleId: r.article_id,
    parentId: r.parent_id,
    anchor,
    place: anchor ? findAnchor(paragraphs, anchor) : null,
    body: r.body,
    author: r.author,
    createdAt: r.created_at,
    resolved: r.resolved_at !== null,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at,
    pending: onDesk && r.synced_rev !== r.rev
  }
}

/** True when the article is linked to a desk (its comments go there with each sync). */
function onDesk(library: Library, articlePk: number): boolean {
  return library.statement('SELECT 1 FROM desk_articles WHERE article_pk = ?').get(articlePk) !== undefined
}

function paragraphsOf(library: Library, articleId: string): string[] {
  return paragraphsFromDocument(library.getArticle(articleId).document)
}

export function listComments(library: Library, articleId: string): ArticleComment[] {
  const pk = articlePk(library, articleId)
  const paragraphs = paragraphsOf(library, articleId)
  const rows = library.statement(`${COMMENT_SELECT} WHERE c.article_pk = ? ORDER BY c.created_at, c.rowid`).all(pk) as CommentRow[]
  const linked = onDesk(library, pk)
  return rows.map((r) => toComment(r, paragraphs, linked))
}

export function getComment(library: Library, id: string): ArticleComment {
  const r = library.statement(`${COMMENT_SELECT} WHERE c.id = ?`).get(id) as CommentRow | undefined
  if (!r) throw AmudError.saying('not_found', msg('err.comment-missing'))
  return toComment(r, paragraphsOf(library, r.article_id), onDesk(library, r.article_pk))
}

const me = (library: Library): string => readLink(library)?.userName ?? ''

export function addComment(library: Library, c: NewComment, now: string): ArticleComment {
  const body = checkBody(c.body)
  library.transaction(() => {
    const pk = articlePk(library, c.articleId)
    // The same id again (a repeated call) adds nothing.
    library
      .statement('INSERT INTO comments (id, article_pk, anchor, body, author, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING')
      .run(c.id, pk, JSON.stringify(c.anchor), body, me(library), now)
  })
  return getComment(library, c.id)
}

export function replyToComment(library: Library, r: NewReply, now: string): ArticleComment {
  const body = checkBody(r.body)
  library.transaction(() => {
    const parent = library.statement('SELECT article_pk, parent_id FROM comments WHERE id = ?').get(r.parentId) as
      { article_pk: number; parent_id: string | null } | undefined
    if (!parent) throw AmudError.saying('not_found', msg('err.reply-parent-missing'))
    // A reply to a reply joins the same thread.
    const thread = parent.parent_id ?? r.parentId
    library
      .statement('INSERT INTO comments (id, article_pk, parent_id, body, author, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING')
      .run(r.id, parent.article_pk, thread, body, me(library), now)
  })
  return getComment(library, r.id)
}

export function resolveComment(library: Library, id: string, resolved: boolean, now: string): ArticleComment {
  library.transaction(() => {
    const row = library.statement('SELECT resolved_at FROM comments WHERE id = ?').get(id) as { resolved_at: string | null } | undefined
    if (!row) throw AmudError.saying('not_found', msg('err.comment-missing'))
    if ((row.resolved_at !== null) === resolved) return
    library
      .statement('UPDATE comments SET resolved_at = ?, resolved_by = ?, rev = rev + 1 WHERE id = ?')
      .run(resolved ? now : null, resolved ? me(library) : null, id)
  })
  return getComment(library, id)
}

/** A fresh comment id, for callers that do not make their own. */
export const newCommentId = (): string => randomUUID()
