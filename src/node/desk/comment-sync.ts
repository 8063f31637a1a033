// Comments in a desk sync, after the articles (so every comment's article is on the desk):
// push each comment whose local rev the desk has not acknowledged, under a change id saved
// BEFORE sending (a retry after a lost answer sends the same id; the desk applies it once),
// then pull every comment changed on the desk since the comment cursor. A pulled comment
// with a local change not yet acknowledged keeps the local state; the next push sends it.
import { randomUUID } from 'node:crypto'
import { MAX_COMMENT_CHANGES, type CommentChange, type DeskComment } from '../../shared/desk/comments'
import type { Library } from '../library/index'
import type { CommentsClient } from './comment-client'

interface Waiting {
  id: string
  desk_id: string
  parent_id: string | null
  anchor: string | null
  body: string
  created_at: string
  resolved_at: string | null
  rev: number
  pending_change_id: string | null
  pending_rev: number | null
}

export interface CommentSyncReport {
  commentsSent: number
  commentsReceived: number
}

export async function syncComments(library: Library, client: CommentsClient): Promise<CommentSyncReport> {
  const report: CommentSyncReport = { commentsSent: 0, commentsReceived: 0 }
  await pushComments(library, client, report)
  await pullComments(library, client, report)
  return report
}

async function pushComments(library: Library, client: CommentsClient, report: CommentSyncReport): Promise<void> {
  // Comments on articles the desk has (base_version > 0), comments before replies.
  const waiting = library
    .statement(
      `SELECT c.id, d.desk_id, c.parent_id, c.anchor, c.body, c.created_at, c.resolved_at, c.rev, c.pending_change_id, c.pending_rev
         FROM comments c JOIN desk_articles d ON d.article_pk = c.article_pk
        WHERE c.rev <> c.synced_rev AND d.base_version > 0 ORDER BY c.parent_id IS NOT NULL, c.created_at, c.rowid`
    )
    .all() as Waiting[]
  for (let i = 0; i < waiting.length; i += MAX_COMMENT_CHANGES) {
    const batch = library.transaction(() =>
      waiting.slice(i, i + MAX_COMMENT_CHANGES).map((w): CommentChange => {
        let changeId = w.pending_change_id
        if (changeId === null || w.pending_rev !== w.rev) {
          changeId = randomUUID()
          library.statement('UPDATE comments SET pending_change_id = ?, pending_rev = ? WHERE id = ?').run(changeId, w.rev, w.id)
        }
        return {
          changeId,
          commentId: w.id,
          articleId: w.desk_id,
          parentId: w.parent_id,
          anchor: w.anchor === null ? null : (JSON.parse(w.anchor) as CommentChange['anchor']),
          body: w.body,
          createdAt: w.created_at,
          resolved: w.resolved_at !== null
        }
      })
    )
    const { results } = await client.pushComments(batch)
    library.transaction(() => {
      results.forEach((r, k) => {
        const sent = batch[k]
        if (!sent || sent.changeId !== r.changeId) return
        const row = library.statement('SELECT rev, pending_rev FROM comments WHERE id = ?').get(sent.commentId) as
          { rev: number; pending_rev: number | null } | undefined
        if (!row || row.pending_rev === null) return
        report.commentsSent++
        if (row.rev === row.pending_rev) {
          library
            .statement(
              'UPDATE comments SET synced_rev = rev, pending_change_id = NULL, pending_rev = NULL, author = ?, resolved_at = ?, resolved_by = ? WHERE id = ?'
            )
            .run(r.comment.author, r.comment.resolvedAt, r.comment.resolvedBy, sent.commentId)
        } else {
          // Changed again while the push was out: the desk has the pushed rev, the next sync sends the rest.
          library
            .statement('UPDATE comments SET synced_rev = pending_rev, pending_change_id = NULL, pending_rev = NULL, author = ? WHERE id = ?')
            .run(r.comment.author, sent.commentId)
        }
      })
    })
  }
}

async function pullComments(library: Library, client: CommentsClient, report: CommentSyncReport): Promise<void> {
  let since = (library.statement('SELECT comment_cursor FROM desk_link WHERE one = 1').get() as { comment_cursor: number }).comment_cursor
  for (;;) {
    const page = await client.pullComments(since)
    // Threads first: a reply's comment may come later in the page (resolved after the reply was written).
    const ordered = [...page.comments].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null))
    library.transaction(() => {
      for (const c of ordered) if (applyPulled(library, c)) report.commentsReceived++
      library.statement('UPDATE desk_link SET comment_cursor = max(comment_cursor, ?) WHERE one = 1').run(page.next)
    })
    since = page.next
    if (!page.more) return
  }
}

function applyPulled(library: Library, c: DeskComment): boolean {
  const article = library.statement('SELECT article_pk FROM desk_articles WHERE desk_id = ?').get(c.articleId) as { article_pk: number } | undefined
  if (!article) return false
  const local = library.statement('SELECT rev, synced_rev FROM comments WHERE id = ?').get(c.commentId) as { rev: number; synced_rev: number } | undefined
  if (c.parentId !== null && !library.statement('SELECT 1 FROM comments WHERE id = ?').get(c.parentId)) return false
  if (!local) {
    library
      .statement(
        `INSERT INTO comments (id, article_pk, parent_id, anchor, body, author, created_at, resolved_at, resolved_by, rev, synced_rev)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`
      )
      .run(
        c.commentId,
        article.article_pk,
        c.parentId,
        c.anchor === null ? null : JSON.stringify(c.anchor),
        c.body,
        c.author,
        c.createdAt,
        c.resolvedAt,
        c.resolvedBy
      )
    return true
  }
  if (local.rev !== local.synced_rev) {
    library.statement('UPDATE comments SET author = ? WHERE id = ?').run(c.author, c.commentId)
    return false
  }
  library.statement('UPDATE comments SET author = ?, resolved_at = ?, resolved_by = ? WHERE id = ?').run(c.author, c.resolvedAt, c.resolvedBy, c.commentId)
  return true
}
