// The desk's comment routes, token- and role-checked like the article routes (a columnist
// reaches only comments on their own desk articles, an editor every one), bodies size-limited
// and checked against the zod contract by the server before they get here:
//   POST /v1/comments              each comment's state under a change id (a repeat writes nothing)
//   GET  /v1/comments?since=N      comments changed after cursor N, oldest first
//   GET  /v1/articles/ID/versions?after=N   the article's versions after N: who made each, when
// A comment's writer is the token's user; its body is kept as first written; resolving takes
// the latest push's state and who sent it.
import type { z } from 'zod'
import { DESK_ARTICLE_ID } from '../../shared/desk/contract'
import {
  commentPullQuery,
  commentPushRequest,
  versionsQuery,
  MAX_PULL_COMMENTS,
  type CommentChange,
  type DeskComment,
  type VersionsResponse
} from '../../shared/desk/comments'
import { DESK_WRITE_LOCK, type DeskDb, type Queryable } from './db'
import { DeskFailure } from './errors'
import type { DeskUser } from './users'

const canSeeAll = (u: DeskUser): boolean => u.role !== 'columnist'

interface CommentRow {
  id: string
  article_id: string
  parent_id: string | null
  anchor: unknown
  body: string
  author: string
  created_at: unknown
  resolved_at: unknown
  resolved_by: string | null
  seq: string
}

const iso = (v: unknown): string => new Date(v as string | Date).toISOString()

function toComment(r: CommentRow): DeskComment {
  const anchor = typeof r.anchor === 'string' ? (JSON.parse(r.anchor) as unknown) : r.anchor
  return {
    commentId: r.id,
    articleId: r.article_id,
    parentId: r.parent_id,
    anchor: (anchor ?? null) as DeskComment['anchor'],
    body: r.body,
    author: r.author,
    createdAt: iso(r.created_at),
    resolvedAt: r.resolved_at === null ? null : iso(r.resolved_at),
    resolvedBy: r.resolved_by,
    seq: Number(r.seq)
  }
}

const COMMENT_COLUMNS = `c.id, c.article_id, c.parent_id, c.anchor, c.body, a.name AS author, c.created_at, c.resolved_at, r.name AS resolved_by, c.seq
  FROM desk_comments c JOIN desk_users a ON a.id = c.author_id LEFT JOIN desk_users r ON r.id = c.resolved_by`

async function articleOwner(q: Queryable, user: DeskUser, articleId: string): Promise<void> {
  const { rows } = await q.query<{ owner_id: string }>('SELECT owner_id FROM desk_articles WHERE id = $1', [articleId])
  if (!rows[0]) throw new DeskFailure('not_found', `Article ${articleId} is not on this desk; send it before commenting on it.`)
  if (!canSeeAll(user) && Number(rows[0].owner_id) !== user.id) {
    throw new DeskFailure('forbidden', `Article ${articleId} belongs to another columnist; a columnist sees only their own desk articles.`)
  }
}

async function commentById(q: Queryable, id: string): Promise<DeskComment> {
  const { rows } = await q.query<CommentRow>(`SELECT ${COMMENT_COLUMNS} WHERE c.id = $1`, [id])
  return toComment(rows[0]!)
}

async function pushOne(q: Queryable, user: DeskUser, ch: CommentChange): Promise<{ changeId: string; comment: DeskComment }> {
  await q.query('SELECT pg_advisory_xact_lock($1)', [DESK_WRITE_LOCK])
  const seen = await q.query<{ user_id: string; comment_id: string }>('SELECT user_id, comment_id FROM desk_comment_changes WHERE change_id = $1', [
    ch.changeId
  ])
  if (seen.rows[0]) {
    if (Number(seen.rows[0].user_id) !== user.id || seen.rows[0].comment_id !== ch.commentId) {
      throw new DeskFailure('conflict', `The change id ${ch.changeId} was already used for another change; a client makes a new id for each change.`)
    }
    return { changeId: ch.changeId, comment: await commentById(q, ch.commentId) }
  }
  await articleOwner(q, user, ch.articleId)
  const { rows } = await q.query<{ article_id: string; resolved: boolean }>(
    'SELECT article_id, resolved_at IS NOT NULL AS resolved FROM desk_comments WHERE id = $1 FOR UPDATE',
    [ch.commentId]
  )
  const existing = rows[0]
  const seq = Number((await q.query<{ s: string }>(`SELECT nextval('desk_change_seq') AS s`)).rows[0]!.s)
  if (!existing) {
    if (ch.parentId !== null) {
      const parent = await q.query<{ article_id: string }>('SELECT article_id FROM desk_comments WHERE id = $1', [ch.parentId])
      if (parent.rows[0]?.article_id !== ch.articleId) throw new DeskFailure('invalid', `A reply's comment ${ch.parentId} is not on article ${ch.articleId}.`)
    }
    const created = Number.isNaN(Date.parse(ch.createdAt)) ? new Date() : new Date(ch.createdAt)
    await q.query(
      `INSERT INTO desk_comments (id, article_id, parent_id, anchor, body, author_id, created_at, resolved_at, resolved_by, seq)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, CASE WHEN $8 THEN now() END, CASE WHEN $8 THEN $6::bigint END, $9)`,
      [
        ch.commentId,
        ch.articleId,
        ch.parentId,
        ch.anchor === null ? null : JSON.stringify(ch.anchor),
        ch.body,
        user.id,
        created.toISOString(),
        ch.resolved,
        seq
      ]
    )
  } else {
    if (existing.article_id !== ch.articleId) throw new DeskFailure('invalid', `Comment ${ch.commentId} is on another article.`)
    await q.query(
      `UPDATE desk_comments SET seq = $2,
         resolved_at = CASE WHEN $3 THEN coalesce(resolved_at, now()) END,
         resolved_by = CASE WHEN $3 THEN CASE WHEN resolved_at IS NULL THEN $4::bigint ELSE resolved_by END END
       WHERE id = $1`,
      [ch.commentId, seq, ch.resolved, user.id]
    )
  }
  await q.query('INSERT INTO desk_comment_changes (change_id, user_id, comment_id, seq) VALUES ($1, $2, $3, $4)', [ch.changeId, user.id, ch.commentId, seq])
  return { changeId: ch.changeId, comment: await commentById(q, ch.commentId) }
}

async function pullComments(db: DeskDb, user: DeskUser, since: number): Promise<{ comments: DeskComment[]; next: number; more: boolean }> {
  const { rows } = await db.query<CommentRow>(
    `SELECT ${COMMENT_COLUMNS} JOIN desk_articles art ON art.id = c.article_id
      WHERE c.seq > $1 AND ($2 OR art.owner_id = $3) ORDER BY c.seq LIMIT $4`,
    [since, canSeeAll(user), user.id, MAX_PULL_COMMENTS + 1]
  )
  const more = rows.length > MAX_PULL_COMMENTS
  const comments = rows.slice(0, MAX_PULL_COMMENTS).map(toComment)
  return { comments, next: comments.length > 0 ? comments[comments.length - 1]!.seq : since, more }
}

async function versions(db: DeskDb, user: DeskUser, id: string, after: number): Promise<VersionsResponse> {
  if (!DESK_ARTICLE_ID.safeParse(id).success) throw new DeskFailure('invalid', 'That is not an article id.')
  await articleOwner(db, user, id)
  const { rows } = await db.query<{ version: number; kind: 'edit' | 'merge'; by: string; at: unknown }>(
    `SELECT r.version, r.kind, u.name AS by, r.created_at AS at FROM desk_revisions r JOIN desk_users u ON u.id = r.created_by
      WHERE r.article_id = $1 AND r.kind <> 'conflict' AND r.version > $2 ORDER BY r.version`,
    [id, after]
  )
  return { articleId: id, versions: rows.map((r) => ({ version: r.version, kind: r.kind, by: r.by, at: iso(r.at) })) }
}

/**
 * Answers the comment routes; undefined for any other route (the server then says it has none).
 * `body` reads and checks the request body against a schema.
 */
export async function commentRoute(
  db: DeskDb,
  user: DeskUser,
  method: string,
  url: URL,
  body: <S extends z.ZodType>(schema: S) => Promise<z.infer<S>>
): Promise<unknown> {
  const path = url.pathname
  if (method === 'POST' && path === '/v1/comments') {
    const { changes } = await body(commentPushRequest)
    const results = []
    for (const ch of changes) results.push(await db.transaction((q) => pushOne(q, user, ch)))
    return { results }
  }
  if (method === 'GET' && path === '/v1/comments') {
    const q = commentPullQuery.safeParse(Object.fromEntries(url.searchParams))
    if (!q.success) throw new DeskFailure('invalid', 'A comment pull needs ?since=N (a change number, 0 for everything).')
    return pullComments(db, user, q.data.since)
  }
  const m = /^\/v1\/articles\/([^/]+)\/versions$/.exec(path)
  if (method === 'GET' && m) {
    const q = versionsQuery.safeParse(Object.fromEntries(url.searchParams))
    if (!q.success) throw new DeskFailure('invalid', 'The versions of an article need ?after=N (a version, 0 for all).')
    return versions(db, user, decodeURIComponent(m[1]!), q.data.after)
  }
  return undefined
}
