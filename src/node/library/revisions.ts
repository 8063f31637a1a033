// Revisions: a full snapshot per saved version. A new revision holds the article's current
// body by reference (document and body_text NULL) instead of a second copy; before a save
// replaces the body, keepBorrowedBodies gives those revisions their own copy. So an import or
// a metadata-only save writes the text once, and history is still complete.
// Consecutive autosaves within the same clock minute coalesce: the newer snapshot replaces the
// older autosave in place (at most one autosave per minute is kept), so an editor autosaving
// every few seconds does not pile up thousands of snapshots. Manual, import and restore
// revisions are always new rows and are never thinned.
import type { Revision, RevisionReason, RevisionSummary, SerializedDocument } from '../../shared/model/article'
import { AmudError } from '../../shared/model/errors'
import { paragraphsFromDocument } from '../../shared/document/index'
import { storedDocument } from './body'
import type { Ctx } from './context'
import { autosavesToDrop } from './thinning'

export interface Snapshot {
  version: number
  title: string
  authorId: number | null
  authorName: string | null
  pullQuote: string
  wordCount: number
}

const MINUTE_MS = 60_000

interface LastRevision {
  id: number
  reason: RevisionReason
  created_at: string
}

export function recordRevision(ctx: Ctx, articlePk: number, reason: RevisionReason, s: Snapshot): void {
  const now = ctx.clock()
  const at = now.toISOString()
  if (reason === 'autosave') {
    const last = ctx.stmt<LastRevision>('SELECT id, reason, created_at FROM revisions WHERE article_pk = ? ORDER BY id DESC LIMIT 1').get(articlePk)
    const sameMinute = last && Math.floor(Date.parse(last.created_at) / MINUTE_MS) === Math.floor(now.getTime() / MINUTE_MS)
    if (last && last.reason === 'autosave' && sameMinute) {
      ctx
        .stmt(
          `UPDATE revisions SET version = ?, created_at = ?, author_id = ?, author_name = ?, title = ?,
             word_count = ?, pull_quote = ?, document = NULL, body_text = NULL WHERE id = ?`
        )
        .run(s.version, at, s.authorId, s.authorName, s.title, s.wordCount, s.pullQuote, last.id)
      return
    }
  }
  ctx
    .stmt(
      `INSERT INTO revisions (article_pk, version, reason, created_at, author_id, author_name, title, word_count, pull_quote)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(articlePk, s.version, reason, at, s.authorId, s.authorName, s.title, s.wordCount, s.pullQuote)
  if (reason === 'autosave') thinArticle(ctx, articlePk)
}

/** Copies the article's current body into the revisions that borrow it; call before changing it. */
export function keepBorrowedBodies(ctx: Ctx, articlePk: number): void {
  ctx
    .stmt(
      `UPDATE revisions SET
         document = (SELECT document FROM article_content WHERE article_pk = @pk),
         body_text = (SELECT CASE WHEN document IS NULL THEN body_text END FROM article_content WHERE article_pk = @pk)
       WHERE article_pk = @pk AND document IS NULL AND body_text IS NULL`
    )
    .run({ pk: articlePk })
}

/** Thins one article's autosaves as of now; returns how many were removed. */
export function thinArticle(ctx: Ctx, articlePk: number): number {
  const rows = ctx.stmt<{ id: number; created_at: string }>("SELECT id, created_at FROM revisions WHERE article_pk = ? AND reason = 'autosave'").all(articlePk)
  const drop = autosavesToDrop(
    rows.map((r) => ({ id: r.id, time: Date.parse(r.created_at) })),
    ctx.clock().getTime()
  )
  const del = ctx.stmt('DELETE FROM revisions WHERE id = ?')
  for (const id of drop) del.run(id)
  return drop.length
}

/** Thins every article's autosaves (maintenance: the CLI or an idle moment). */
export function thinAll(ctx: Ctx): number {
  const pks = ctx.stmt<{ article_pk: number }>("SELECT DISTINCT article_pk FROM revisions WHERE reason = 'autosave'").all()
  return ctx.write(() => pks.reduce((n, r) => n + thinArticle(ctx, r.article_pk), 0))
}

interface RevisionRow {
  id: number
  article_id: string
  version: number
  reason: RevisionReason
  created_at: string
  title: string
  word_count: number
}

function toSummary(r: RevisionRow): RevisionSummary {
  return {
    id: r.id,
    articleId: r.article_id,
    version: r.version,
    reason: r.reason,
    createdAt: r.created_at,
    title: r.title,
    wordCount: r.word_count
  }
}

const SUMMARY = `SELECT r.id, a.id AS article_id, r.version, r.reason, r.created_at, r.title, r.word_count
  FROM revisions r JOIN articles a ON a.pk = r.article_pk`

export function listRevisions(ctx: Ctx, articlePk: number): RevisionSummary[] {
  return ctx.stmt<RevisionRow>(`${SUMMARY} WHERE r.article_pk = ? ORDER BY r.id DESC`).all(articlePk).map(toSummary)
}

export interface FullRevisionRow extends RevisionRow {
  article_pk: number
  author_id: number | null
  author_name: string | null
  pull_quote: string
  document: string | null
  body_text: string | null
}

export function revisionRow(ctx: Ctx, revisionId: number): FullRevisionRow {
  const row = ctx
    .stmt<FullRevisionRow>(
      `SELECT r.id, a.id AS article_id, r.article_pk, r.version, r.reason, r.created_at, r.title, r.word_count,
              r.author_id, r.author_name, r.pull_quote,
              CASE WHEN r.document IS NULL AND r.body_text IS NULL THEN c.document ELSE r.document END AS document,
              CASE WHEN r.document IS NULL AND r.body_text IS NULL THEN c.body_text ELSE r.body_text END AS body_text
         FROM revisions r JOIN articles a ON a.pk = r.article_pk JOIN article_content c ON c.article_pk = r.article_pk
        WHERE r.id = ?`
    )
    .get(revisionId)
  if (!row) {
    throw new AmudError('not_found', `There is no revision ${revisionId}; older autosaves are thinned out over time.`)
  }
  return row
}

export function revisionDocument(r: FullRevisionRow): SerializedDocument {
  return storedDocument(r.document, r.body_text ?? '')
}

export function getRevision(ctx: Ctx, revisionId: number): Revision {
  const r = revisionRow(ctx, revisionId)
  const document = revisionDocument(r)
  return {
    ...toSummary(r),
    pullQuote: r.pull_quote,
    document,
    bodyText: r.document === null ? (r.body_text ?? '') : paragraphsFromDocument(document).join('\n'),
    authorName: r.author_name
  }
}
